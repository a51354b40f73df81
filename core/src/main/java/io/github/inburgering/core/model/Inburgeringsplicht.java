package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The inburgeringsplicht of one person (art. 3 Wi).
 *
 * @param ontstaan the day the plicht arose: the day the IND made the residence right known (it never
 *     arises retroactively, art. 3(3) Wi)
 * @param grond the ground of art. 3(1) Wi
 * @param kennisgeving the day DUO notified the person in writing; the 10-week PIP term of art.
 *     5.3(1) BI runs from it
 * @param einde the day the plicht ended, if it did
 * @param redenEinde why it ended; present exactly when {@code einde} is
 */
public record Inburgeringsplicht(
    LocalDate ontstaan,
    PlichtGrond grond,
    Optional<LocalDate> kennisgeving,
    Optional<LocalDate> einde,
    Optional<RedenEindePlicht> redenEinde) {

  /** Checks the structural invariants. */
  public Inburgeringsplicht {
    Checks.required(ontstaan, "Inburgeringsplicht.ontstaan");
    Checks.required(grond, "Inburgeringsplicht.grond");
    Checks.required(kennisgeving, "Inburgeringsplicht.kennisgeving");
    Checks.required(einde, "Inburgeringsplicht.einde");
    Checks.required(redenEinde, "Inburgeringsplicht.redenEinde");
    if (einde.isPresent() != redenEinde.isPresent()) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Inburgeringsplicht.redenEinde", "an end date needs a reason and vice versa");
    }
    if (einde.isPresent() && einde.get().isBefore(ontstaan)) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Inburgeringsplicht.einde", "the end lies before the start");
    }
  }

  /** Returns a running plicht that arose on {@code ontstaan}, with DUO's kennisgeving on {@code kennisgeving}. */
  public static Inburgeringsplicht lopend(
      LocalDate ontstaan, PlichtGrond grond, LocalDate kennisgeving) {
    return new Inburgeringsplicht(
        ontstaan, grond, Optional.ofNullable(kennisgeving), Optional.empty(), Optional.empty());
  }
}
