package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Checks;
import io.github.inburgering.core.model.Verlenging;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The new termijn set in a DUO fine decision (art. 24(2)–(3) and 25(2) Wi; art. 7.4 RI), with the
 * extensions granted on it (art. 12(1)(a) Wi applies to it).
 *
 * @param start the first day: the day after the decision was made known
 * @param duur the length set by art. 7.4 RI, at most two years
 * @param verlengingen the extensions granted on it, in order
 */
public record NieuweTermijn(LocalDate start, Period duur, List<Verlenging> verlengingen) {
  /** Rejects missing components and a length that is not positive or exceeds two years. */
  public NieuweTermijn {
    Checks.required(start, "NieuweTermijn.start");
    Checks.required(duur, "NieuweTermijn.duur");
    verlengingen = Checks.list(verlengingen, "NieuweTermijn.verlengingen");
    if (duur.isNegative() || duur.isZero() || start.plus(duur).isAfter(start.plusYears(2))) {
      throw new io.github.inburgering.core.InburgeringException(
          io.github.inburgering.core.InburgeringException.Reason.OUT_OF_RANGE, "NieuweTermijn.duur",
          "a new termijn lasts at most two years (art. 24(2) Wi)");
    }
  }

  /** Returns the last day, extensions included. */
  public LocalDate einddatum() {
    LocalDate eind = start.plus(duur);
    for (Verlenging v : verlengingen) {
      eind = eind.plus(v.duur());
    }
    return eind.minusDays(1);
  }
}
