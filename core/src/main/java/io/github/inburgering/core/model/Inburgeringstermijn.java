package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * The inburgeringstermijn (art. 11 Wi): three years from the day after the dagtekening of the first
 * PIP, plus every verlenging (art. 12 Wi).
 *
 * @param start the first day of the termijn
 * @param einddatum the last day of the termijn, inclusive. DUO's {@code einddatum} is exclusive (the
 *     first day after the termijn); the DUO mapping converts between the two
 */
public record Inburgeringstermijn(LocalDate start, LocalDate einddatum) {
  /** The length of the termijn (art. 11(1) Wi). */
  public static final java.time.Period DUUR = java.time.Period.ofYears(3);

  /** Requires the end to lie after the start. */
  public Inburgeringstermijn {
    Checks.required(start, "Inburgeringstermijn.start");
    Checks.required(einddatum, "Inburgeringstermijn.einddatum");
    if (einddatum.isBefore(start)) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Inburgeringstermijn.einddatum", "the end lies before the start");
    }
  }

  /**
   * Computes the termijn from the dagtekening of the first PIP and the verlengingen, applied in the
   * given order (art. 11(1)–(2) and 12 Wi).
   */
  public static Inburgeringstermijn berekend(LocalDate eersteDagtekening, List<Verlenging> verlengingen) {
    Checks.required(eersteDagtekening, "eersteDagtekening");
    LocalDate start = eersteDagtekening.plusDays(1);
    LocalDate eindExclusief = start.plus(DUUR);
    for (Verlenging v : Checks.list(verlengingen, "verlengingen")) {
      eindExclusief = eindExclusief.plus(v.duur());
    }
    return new Inburgeringstermijn(start, eindExclusief.minusDays(1));
  }

  /** Returns whether {@code datum} lies after the last day of the termijn. */
  public boolean isVerstrekenOp(LocalDate datum) {
    return datum.isAfter(einddatum);
  }
}
