package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * An extension of the inburgeringstermijn granted by DUO (art. 12 Wi, art. 4.1–4.5 BI, art. 4.1–4.2
 * RI).
 *
 * @param grond the ground
 * @param duur the extension; positive
 * @param aanvraagdatum the date of the application; absent when DUO extended ambtshalve (art. 4.5(2)–(3) BI)
 * @param besluitdatum the date of DUO's decision
 */
public record Verlenging(
    Verlengingsgrond grond, Period duur, Optional<LocalDate> aanvraagdatum, LocalDate besluitdatum) {
  /** Checks the structural invariants. */
  public Verlenging {
    Checks.required(grond, "Verlenging.grond");
    Checks.required(duur, "Verlenging.duur");
    Checks.required(aanvraagdatum, "Verlenging.aanvraagdatum");
    Checks.required(besluitdatum, "Verlenging.besluitdatum");
    if (duur.isNegative() || duur.isZero()) {
      throw new InburgeringException(Reason.OUT_OF_RANGE, "Verlenging.duur", "must be positive");
    }
    if (aanvraagdatum.isPresent() && besluitdatum.isBefore(aanvraagdatum.get())) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Verlenging.besluitdatum", "the decision lies before the application");
    }
  }

  /** Returns whether DUO extended without an application. */
  public boolean isAmbtshalve() {
    return aanvraagdatum.isEmpty();
  }
}
