package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.DuoGebeurtenis;
import java.time.OffsetDateTime;
import io.github.inburgering.json.internal.Maskering;

/**
 * An event of a person's inburgeringsplicht, as DUO signals it: the event code, when it was
 * registered, and the person (BSN or v-nummer). It carries no substantive data; the receiver
 * queries the source for that.
 *
 * @param gebeurtenis DUO's gebeurtenis code, such as {@code SS102}
 * @param registratie when the event was registered, with offset
 * @param bsn the person's BSN
 * @param vNummer the person's v-nummer
 */
public record GebeurtenisV1(
    @JsonProperty(value = "gebeurtenis", required = true) @Codes(DuoGebeurtenis.class) String gebeurtenis,
    @JsonProperty(value = "registratie", required = true) OffsetDateTime registratie,
    @JsonProperty("bsn") @Patroon("^[0-9]{9}$") String bsn,
    @JsonProperty("vNummer") @Patroon("^[0-9]{10}$") String vNummer) {
  /** Shows the BSN and v-nummer masked. */
  @Override
  public String toString() {
    return "GebeurtenisV1[" + gebeurtenis + " " + registratie + ", bsn=" + Maskering.nummer(bsn) + ", vNummer="
        + Maskering.nummer(vNummer) + "]";
  }
}
