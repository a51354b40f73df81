package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;

/**
 * An organisation in the inburgering chain.
 *
 * @param naam the organisation's name
 * @param rol its role
 * @param id its identifier; public bodies ({@link PartnerRol#isPubliek()}) must use an OIN
 * @param keurmerk whether a taalaanbieder holds the Blik op Werk keurmerk (art. 32 Wi); always
 *     {@code false} for other roles
 */
public record Partner(String naam, PartnerRol rol, PartnerId id, boolean keurmerk) {
  /** Checks the structural invariants. */
  public Partner {
    Checks.required(naam, "Partner.naam");
    if (naam.isBlank()) {
      throw new InburgeringException(Reason.FORMAT, "Partner.naam", "must not be blank");
    }
    Checks.required(rol, "Partner.rol");
    Checks.required(id, "Partner.id");
    if (rol.isPubliek() && !(id instanceof PartnerId.ViaOin)) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Partner.id", "a public body is identified by its OIN");
    }
    if (keurmerk && rol != PartnerRol.TAALAANBIEDER) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Partner.keurmerk", "only a taalaanbieder holds a keurmerk");
    }
  }
}
