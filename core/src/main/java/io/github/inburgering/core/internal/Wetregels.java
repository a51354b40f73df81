package io.github.inburgering.core.internal;

import io.github.inburgering.core.model.Verlengingsgrond;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Dates and limits of the law that both the rule catalogue (on a dossier) and the lifecycle (on a
 * traject) apply, so that the two cannot drift apart. Not part of the API.
 */
public final class Wetregels {
  /** The term to adopt the PIP after the kennisgeving or registration (art. 5.3(1), (3) BI). */
  public static final Period TIEN_WEKEN = Period.ofWeeks(10);

  /** The term to change the leerroute, from the start of the termijn (art. 5.4(1) BI). */
  public static final Period ANDERHALF_JAAR = Period.of(1, 6, 0);

  /** How long before the end of the termijn an extension may be applied for (art. 4.5(1) BI). */
  public static final Period ZES_MAANDEN = Period.ofMonths(6);

  /** The NT2 course hours needed before afschalen to A2 (art. 5.5(1) BI). */
  public static final int AFSCHALEN_NT2_UREN = 600;

  private static final Set<Verlengingsgrond> AFRONDINGSNORM = EnumSet.of(
      Verlengingsgrond.ZIEKTE,
      Verlengingsgrond.OPVANG,
      Verlengingsgrond.ALFABETISERING,
      Verlengingsgrond.DAKLOOSHEID,
      Verlengingsgrond.INSTELLING,
      Verlengingsgrond.BIJZONDERE_OMSTANDIGHEID,
      Verlengingsgrond.COMBINATIE);

  private Wetregels() {}

  /** Returns the last day on which the leerroute may change (art. 5.4(1) BI). */
  public static LocalDate uitersteSchakeldatum(LocalDate termijnStart) {
    return termijnStart.plus(ANDERHALF_JAAR);
  }

  /**
   * Returns the first day on which an extension may be applied for, given the last day of the
   * termijn (art. 4.5(1) BI).
   */
  public static LocalDate vroegsteAanvraag(LocalDate laatsteDagTermijn) {
    return laatsteDagTermijn.plusDays(1).minus(ZES_MAANDEN);
  }

  /** Returns the cap per ground of art. 4.1(2) RI, 4.4 BI and 4.2 RI, or empty when open. */
  public static Optional<Period> maximum(Verlengingsgrond g) {
    switch (g) {
      case OVERLIJDEN:
        return Optional.of(Period.ofMonths(3));
      case BEVALLING:
        return Optional.of(Period.ofWeeks(16));
      case ALFABETISERING:
      case INSTELLING:
      case AANZIENLIJKE_INSPANNING:
        return Optional.of(Period.ofMonths(6));
      case DAKLOOSHEID:
      case BIJZONDERE_OMSTANDIGHEID:
      case NIET_VRIJSTELLENDE_OPLEIDING:
        return Optional.of(Period.ofYears(2));
      default:
        return Optional.empty();
    }
  }

  /** Returns whether the ground needs a circumstance of at least three months (art. 4.1(1) RI). */
  public static boolean isAfrondingsnorm(Verlengingsgrond g) {
    return AFRONDINGSNORM.contains(g);
  }

  /** Returns whether period {@code a} is longer than {@code b}, counted from {@code basis}. */
  public static boolean langer(Period a, Period b, LocalDate basis) {
    return basis.plus(a).isAfter(basis.plus(b));
  }
}
