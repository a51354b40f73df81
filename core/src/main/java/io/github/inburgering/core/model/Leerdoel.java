package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.util.Optional;

/**
 * A learning goal in the PIP: what the person will learn, in which functional leerdomein, in which
 * VIME learning mode, with which partner, and with which volunteer role if a volunteer helps.
 *
 * @param omschrijving the goal in words
 * @param leerdomein one of the eight ITTA leerdomeinen
 * @param leervorm formeel, non-formeel or informeel
 * @param partner the providing partner, if one is arranged
 * @param vrijwilligersrol the volunteer's role, if a volunteer is involved
 */
public record Leerdoel(
    String omschrijving,
    Leerdomein leerdomein,
    VimeLeervorm leervorm,
    Optional<Partner> partner,
    Optional<Vrijwilligersrol> vrijwilligersrol) {
  /** Checks the structural invariants. */
  public Leerdoel {
    Checks.required(omschrijving, "Leerdoel.omschrijving");
    if (omschrijving.isBlank()) {
      throw new InburgeringException(Reason.FORMAT, "Leerdoel.omschrijving", "must not be blank");
    }
    Checks.required(leerdomein, "Leerdoel.leerdomein");
    Checks.required(leervorm, "Leerdoel.leervorm");
    Checks.required(partner, "Leerdoel.partner");
    Checks.required(vrijwilligersrol, "Leerdoel.vrijwilligersrol");
  }
}
