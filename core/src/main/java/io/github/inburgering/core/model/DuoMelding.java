package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.VNummer;
import io.github.inburgering.core.internal.Checks;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A notification from DUO that an event happened for a person (DUO M2M Notificatie API). It carries
 * no substantive data: the receiver queries DUO's other APIs for that.
 *
 * @param gebeurtenis the event
 * @param registratie when DUO registered it
 * @param bsn the person's BSN, if given
 * @param vNummer the person's v-nummer, if given; at least one of BSN and v-nummer is present
 */
public record DuoMelding(
    DuoGebeurtenis gebeurtenis, OffsetDateTime registratie, Optional<Bsn> bsn, Optional<VNummer> vNummer) {
  /** Requires the event, the time and a way to identify the person. */
  public DuoMelding {
    Checks.required(gebeurtenis, "DuoMelding.gebeurtenis");
    Checks.required(registratie, "DuoMelding.registratie");
    Checks.required(bsn, "DuoMelding.bsn");
    Checks.required(vNummer, "DuoMelding.vNummer");
    if (bsn.isEmpty() && vNummer.isEmpty()) {
      throw new InburgeringException(
          Reason.MISSING, "DuoMelding", "a notification identifies the person by BSN or v-nummer");
    }
  }

  /** Shows the event and time; the identifiers mask themselves. */
  @Override
  public String toString() {
    return "DuoMelding[" + gebeurtenis.code() + " " + registratie + ", " + bsn.map(Object::toString).orElse("-") + "]";
  }
}
