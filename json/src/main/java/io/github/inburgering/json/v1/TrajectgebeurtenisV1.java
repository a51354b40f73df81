package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.traject.Beeindigingsgrond;
import io.github.inburgering.core.traject.Boetesoort;
import io.github.inburgering.core.traject.Gebeurtenissoort;
import io.github.inburgering.core.traject.Urensoort;
import io.github.inburgering.core.traject.Verwijtbaarheid;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of the lifecycle (wire form of {@code io.github.inburgering.core.traject.Gebeurtenis}).
 * {@code soort} says which event it is and which other properties it uses; a property that the kind
 * does not use is reported ({@code JS-004}), never ignored.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}.
 *
 * @param soort the kind of event (required)
 * @param datum the date of the event (required); for a decision carried in a nested object
 *     (vrijstelling, ontheffing, verlenging, verhuizing) it equals that object's date
 * @param doelgroep PLICHT_ONTSTAAN and DOELGROEP_GEWIJZIGD: the (new) doelgroep
 * @param kennisgeving PLICHT_ONTSTAAN: the date of DUO's letter
 * @param metPip PLICHT_HERVAT: whether DUO reports a known PIP (SS130) or not (SS129)
 * @param vrijstelling VRIJSTELLING: the granted whole or partial vrijstelling
 * @param ontheffing ONTHEFFING: the granted ontheffing
 * @param verwijtbaarheid INTAKE_VERZUIM and COLLEGE_BOETE: the culpability
 * @param bijstandVerlaagd INTAKE_VERZUIM, COLLEGE_BOETE, DUO_BOETE: bijstand already reduced
 * @param leerroute PIP_VASTGESTELD and LEERROUTE_GEWIJZIGD: the (new) leerroute
 * @param niveau PIP_VASTGESTELD: DUO's niveau (absent in the Z-route)
 * @param taalschakeltraject PIP_VASTGESTELD: whether the taalschakeltraject is followed
 * @param bijzonderGeval LEERROUTE_GEWIJZIGD: the college's reasons for a late change
 * @param eindeNietVrijstellendeOpleiding LEERROUTE_GEWIJZIGD: end of a niet-vrijstellende opleiding
 * @param onderdelen AFGESCHAALD: the language parts lowered to A2
 * @param verhuizing VERHUISD: the move
 * @param verlenging TERMIJN_VERLENGD: the extension
 * @param onderdeel EXAMENUITSLAG: the exam part
 * @param taalniveau EXAMENUITSLAG: the level of a language part
 * @param behaald EXAMENUITSLAG: whether it was passed
 * @param uren PVT_AFGEROND, MAP_AFGEROND, UREN_GEVOLGD: the hours
 * @param urensoort UREN_GEVOLGD: the kind of hours
 * @param boetesoorten DUO_BOETE: PVT_MAP and/or LEERROUTE
 * @param bedragLeerrouteInCenten DUO_BOETE: the amount of the leerroute fine in euro cents
 * @param verwijtbaar DUO_BOETE: whether DUO found the overrun culpable
 * @param vergunningGeweigerdOfIngetrokken DUO_BOETE: permit extension refused or permit withdrawn
 * @param grond PLICHT_BEEINDIGD: why the plicht ended
 */
public record TrajectgebeurtenisV1(
    @JsonProperty(value = "soort", required = true) @Codes(Gebeurtenissoort.class) String soort,
    @JsonProperty(value = "datum", required = true) LocalDate datum,
    @JsonProperty("doelgroep") @Codes(Doelgroep.class) String doelgroep,
    @JsonProperty("kennisgeving") LocalDate kennisgeving,
    @JsonProperty("metPip") Boolean metPip,
    @JsonProperty("vrijstelling") VrijstellingV1 vrijstelling,
    @JsonProperty("ontheffing") OntheffingV1 ontheffing,
    @JsonProperty("verwijtbaarheid") @Codes(Verwijtbaarheid.class) String verwijtbaarheid,
    @JsonProperty("bijstandVerlaagd") Boolean bijstandVerlaagd,
    @JsonProperty("leerroute") @Codes(Leerroute.class) String leerroute,
    @JsonProperty("niveau") @Codes(NiveauPip.class) String niveau,
    @JsonProperty("taalschakeltraject") Boolean taalschakeltraject,
    @JsonProperty("bijzonderGeval") String bijzonderGeval,
    @JsonProperty("eindeNietVrijstellendeOpleiding") LocalDate eindeNietVrijstellendeOpleiding,
    @JsonProperty("onderdelen") List<@Codes(Examenonderdeel.class) String> onderdelen,
    @JsonProperty("verhuizing") VerhuizingV1 verhuizing,
    @JsonProperty("verlenging") VerlengingV1 verlenging,
    @JsonProperty("onderdeel") @Codes(Examenonderdeel.class) String onderdeel,
    @JsonProperty("taalniveau") @Codes(Taalniveau.class) String taalniveau,
    @JsonProperty("behaald") Boolean behaald,
    @JsonProperty("uren") Integer uren,
    @JsonProperty("urensoort") @Codes(Urensoort.class) String urensoort,
    @JsonProperty("boetesoorten") List<@Codes(Boetesoort.class) String> boetesoorten,
    @JsonProperty("bedragLeerrouteInCenten") Integer bedragLeerrouteInCenten,
    @JsonProperty("verwijtbaar") Boolean verwijtbaar,
    @JsonProperty("vergunningGeweigerdOfIngetrokken") Boolean vergunningGeweigerdOfIngetrokken,
    @JsonProperty("grond") @Codes(Beeindigingsgrond.class) String grond) {

  /** Does not show the reasons of a bijzonder geval, which may describe the person. */
  @Override
  public String toString() {
    return "TrajectgebeurtenisV1[" + soort + " " + datum
        + (bijzonderGeval == null ? "" : ", bijzonderGeval=***") + "]";
  }
}
