package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.GedetailleerdeDoelgroep;
import java.time.LocalDate;
import io.github.inburgering.json.internal.Maskering;

/**
 * The person.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param bsn burgerservicenummer, nine digits (required)
 * @param vNummer v-nummer, ten digits
 * @param naam the name
 * @param geboortedatum date of birth (required)
 * @param doelgroep target group (required)
 * @param gedetailleerdeDoelgroep DUO's detailed target group
 * @param gemeente CBS gemeentecode (required)
 * @param vestigingsdatum date of settlement in the gemeente
 */
public record InburgeraarV1(
    @JsonProperty(value = "bsn", required = true) @Patroon("^[0-9]{9}$") String bsn,
    @JsonProperty("vNummer") @Patroon("^[0-9]{10}$") String vNummer,
    @JsonProperty("naam") NaamV1 naam,
    @JsonProperty(value = "geboortedatum", required = true) LocalDate geboortedatum,
    @JsonProperty(value = "doelgroep", required = true) @Codes(Doelgroep.class) String doelgroep,
    @JsonProperty("gedetailleerdeDoelgroep") @Codes(GedetailleerdeDoelgroep.class) String gedetailleerdeDoelgroep,
    @JsonProperty(value = "gemeente", required = true) @Patroon("^[0-9]{4}$") String gemeente,
    @JsonProperty("vestigingsdatum") LocalDate vestigingsdatum) {
  /** Shows neither the BSN, nor the v-nummer, nor the name, nor the birth date in full. */
  @Override
  public String toString() {
    return "InburgeraarV1[bsn=" + Maskering.nummer(bsn) + ", vNummer=" + Maskering.nummer(vNummer) + ", naam=" + naam
        + ", doelgroep=" + doelgroep + ", gemeente=" + gemeente + "]";
  }
}
