package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.json.internal.Maskering;

/**
 * A notification as DUO posts it to a gemeente (DUO M2M Notificatie API, {@code POST /notificaties},
 * schema {@code Notificatie}): the event and the person, no substantive data.
 *
 * @param registratieDatumTijd when DUO registered the event, ISO-8601 date-time (required)
 * @param bsn the person's BSN, nine digits
 * @param vNummer the person's v-nummer as a number, 0–9999999999
 * @param gebeurtenisId DUO's event code, such as {@code SS102} (required)
 */
public record DuoNotificatie(
    @JsonProperty("registratieDatumTijd") String registratieDatumTijd,
    @JsonProperty("bsn") String bsn,
    @JsonProperty("vNummer") Long vNummer,
    @JsonProperty("gebeurtenisId") String gebeurtenisId) {
  /** Shows the BSN and v-nummer masked. */
  @Override
  public String toString() {
    return "DuoNotificatie[" + gebeurtenisId + " " + registratieDatumTijd + ", bsn=" + Maskering.nummer(bsn)
        + ", vNummer=" + Maskering.nummer(vNummer == null ? null : vNummer.toString()) + "]";
  }
}
