package io.github.inburgering.core.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The pensioengerechtigde leeftijd (AOW age) of art. 7a(1) Algemene Ouderdomswet, which ends the
 * inburgeringsplicht's scope (art. 3(1) Wi).
 *
 * <p>The AOW age is fixed per calendar year by law: 66 years and 7 months in 2022, 66 years and 10
 * months in 2023, 67 years from 2024 to 2027, and 67 years and 3 months from 2028 to 2031 (the age
 * for 2031 was announced in 2025; the AOW age is fixed five years ahead). For later years the library
 * carries the 2031 value forward, which rule {@code PL-002} marks as UNCERTAIN.
 */
public final class AowLeeftijd {
  private static final Map<Integer, Period> PER_JAAR = new TreeMap<>();

  static {
    PER_JAAR.put(2022, Period.of(66, 7, 0));
    PER_JAAR.put(2023, Period.of(66, 10, 0));
    for (int j = 2024; j <= 2027; j++) {
      PER_JAAR.put(j, Period.ofYears(67));
    }
    for (int j = 2028; j <= 2031; j++) {
      PER_JAAR.put(j, Period.of(67, 3, 0));
    }
  }

  /** The last calendar year whose AOW age is in the table. */
  public static final int LAATSTE_BEKENDE_JAAR = 2031;

  private AowLeeftijd() {}

  /** Returns the AOW age that applies in calendar year {@code jaar} (from 2022). */
  public static Period inJaar(int jaar) {
    if (jaar < 2022) {
      throw new IllegalArgumentException("the library covers 2022 onwards");
    }
    return PER_JAAR.get(Math.min(jaar, LAATSTE_BEKENDE_JAAR));
  }

  /**
   * Returns the day on which a person born on {@code geboortedatum} reaches the AOW age. For days
   * before 2022 the 2022 age is used, which is enough to decide that the age was reached before the
   * Wi 2021 applied.
   */
  public static LocalDate bereiktOp(LocalDate geboortedatum) {
    Objects.requireNonNull(geboortedatum, "geboortedatum");
    for (int jaar = 2022; jaar <= LAATSTE_BEKENDE_JAAR; jaar++) {
      LocalDate d = geboortedatum.plus(inJaar(jaar));
      if (d.getYear() <= jaar) {
        return d;
      }
    }
    return geboortedatum.plus(inJaar(LAATSTE_BEKENDE_JAAR));
  }
}
