package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The dossier of one inburgeraar (wire form of {@code Dossier}).
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param inburgeraar the person (required)
 * @param plicht the inburgeringsplicht (required)
 * @param vrijstellingen vrijstellingen
 * @param ontheffingen ontheffingen
 * @param bredeIntake the brede intake
 * @param pip the PIP history
 * @param termijn the registered termijn
 * @param verlengingen verlengingen in the order granted
 * @param verhuizingen moves, oldest first
 * @param uren hours followed
 * @param examens exam results
 * @param pvt completion of the PVT
 * @param map completion of the MAP
 * @param zrouteAfgerond completion date of the Z-route
 * @param lening a DUO loan
 * @param contactpersoon the gemeente's contact person
 * @param traject the lifecycle: events and stand
 */
public record DossierV1(
    @JsonProperty(value = "inburgeraar", required = true) InburgeraarV1 inburgeraar,
    @JsonProperty(value = "plicht", required = true) PlichtV1 plicht,
    @JsonProperty("vrijstellingen") List<VrijstellingV1> vrijstellingen,
    @JsonProperty("ontheffingen") List<OntheffingV1> ontheffingen,
    @JsonProperty("bredeIntake") BredeIntakeV1 bredeIntake,
    @JsonProperty("pip") PipV1 pip,
    @JsonProperty("termijn") TermijnV1 termijn,
    @JsonProperty("verlengingen") List<VerlengingV1> verlengingen,
    @JsonProperty("verhuizingen") List<VerhuizingV1> verhuizingen,
    @JsonProperty("uren") UrenV1 uren,
    @JsonProperty("examens") List<ExamenresultaatV1> examens,
    @JsonProperty("pvt") AfrondingV1 pvt,
    @JsonProperty("map") AfrondingV1 map,
    @JsonProperty("zrouteAfgerond") LocalDate zrouteAfgerond,
    @JsonProperty("lening") LeningV1 lening,
    @JsonProperty("contactpersoon") ContactpersoonV1 contactpersoon,
    @JsonProperty("traject") TrajectV1 traject) {

  /** Returns this dossier with {@code traject} as its lifecycle. */
  public DossierV1 metTraject(TrajectV1 traject) {
    return new DossierV1(inburgeraar, plicht, vrijstellingen, ontheffingen, bredeIntake, pip, termijn,
        verlengingen, verhuizingen, uren, examens, pvt, map, zrouteAfgerond, lening, contactpersoon,
        traject);
  }
}
