package io.github.inburgering.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verhuizing;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.model.Vrijstelling;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.testing.Voorbeelden;
import io.github.inburgering.core.traject.Beeindigingsgrond;
import io.github.inburgering.core.traject.Boetesoort;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Gebeurtenissoort;
import io.github.inburgering.core.traject.Urensoort;
import io.github.inburgering.core.traject.Verwijtbaarheid;
import io.github.inburgering.json.v1.TrajectV1;
import io.github.inburgering.json.v1.TrajectgebeurtenisV1;
import io.github.inburgering.json.v1.V1Mapping;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The lifecycle on the wire: every kind of event round-trips, and the reader reports what is wrong. */
class JsonTrajectTest {
  private static final LocalDate D = LocalDate.of(2024, 5, 6);
  private static final Gemeentecode AMSTERDAM = Gemeentecode.parse("0363");
  private static final Gemeentecode UTRECHT = Gemeentecode.parse("0344");

  /** At least one event of every kind, with every variant of its optional parts. */
  static List<Gebeurtenis> elkeSoort() {
    return List.of(
        new Gebeurtenis.PlichtOntstaan(D, Doelgroep.ASIELSTATUSHOUDER, D.plusDays(3)),
        new Gebeurtenis.TijdelijkeVrijstelling(D),
        new Gebeurtenis.PlichtHervat(D, true),
        new Gebeurtenis.PlichtHervat(D, false),
        new Gebeurtenis.VrijstellingVerleend(new Vrijstelling.Geheel(RedenVrijstelling.DIP,
            Oordeel.TOEKENNING, D)),
        new Gebeurtenis.VrijstellingVerleend(new Vrijstelling.Gedeeltelijk(RedenVrijstelling.GED,
            Oordeel.TOEKENNING, D, Examenonderdeel.LE, NiveauPip.B1)),
        new Gebeurtenis.OntheffingVerleend(new Ontheffing.Geheel(Ontheffingsgrond.BIO,
            Oordeel.TOEKENNING, D)),
        new Gebeurtenis.OntheffingVerleend(new Ontheffing.Gedeeltelijk(Ontheffingsgrond.MED,
            Oordeel.TOEKENNING, D, EnumSet.of(Examenonderdeel.SC, Examenonderdeel.KNM))),
        new Gebeurtenis.BredeIntakeGestart(D),
        new Gebeurtenis.IntakeVerzuim(D, Verwijtbaarheid.GROVE_SCHULD, false),
        Gebeurtenis.PipVastgesteld.of(D, Leerroute.B1_ROUTE),
        Gebeurtenis.PipVastgesteld.of(D, Leerroute.ONDERWIJSROUTE),
        Gebeurtenis.PipVastgesteld.of(D, Leerroute.Z_ROUTE),
        Gebeurtenis.LeerrouteGewijzigd.naar(D, Leerroute.Z_ROUTE),
        new Gebeurtenis.LeerrouteGewijzigd(D, Leerroute.B1_ROUTE, Optional.of("Na ziekenhuisopname"),
            Optional.of(D.minusDays(10))),
        new Gebeurtenis.Afgeschaald(D, EnumSet.of(Examenonderdeel.SP, Examenonderdeel.SC)),
        new Gebeurtenis.Verhuisd(new Verhuizing(D, AMSTERDAM, UTRECHT)),
        new Gebeurtenis.VerlengingAangevraagd(D),
        new Gebeurtenis.VerlengingAfgewezen(D),
        new Gebeurtenis.TermijnVerlengd(new Verlenging(Verlengingsgrond.ZIEKTE, Period.ofMonths(4),
            Optional.of(D.minusMonths(1)), D)),
        new Gebeurtenis.TermijnVerlengd(new Verlenging(Verlengingsgrond.BEVALLING, Period.ofWeeks(16),
            Optional.empty(), D)),
        Gebeurtenis.Examenuitslag.behaald(D, Examenonderdeel.LU, Taalniveau.A2),
        Gebeurtenis.Examenuitslag.knmBehaald(D),
        new Gebeurtenis.Examenuitslag(D, Examenonderdeel.SP, Optional.of(Taalniveau.B1), false),
        new Gebeurtenis.PvtAfgerond(D, 12),
        new Gebeurtenis.MapAfgerond(D, 40),
        new Gebeurtenis.UrenGevolgd(D, Urensoort.PARTICIPATIE, 120),
        new Gebeurtenis.TaalschakeltrajectAfgerond(D),
        new Gebeurtenis.EindgesprekGevoerd(D),
        new Gebeurtenis.TermijnVerstreken(D),
        Gebeurtenis.DuoBoeteOpgelegd.verwijtbaar(D, EnumSet.of(Boetesoort.PVT_MAP, Boetesoort.LEERROUTE),
            Optional.of(650_00)),
        new Gebeurtenis.DuoBoeteOpgelegd(D, EnumSet.of(Boetesoort.PVT_MAP), Optional.empty(), true, true,
            false),
        new Gebeurtenis.CollegeBoeteOpgelegd(D, Verwijtbaarheid.VERMINDERD, true),
        new Gebeurtenis.DoelgroepGewijzigd(D, Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
        new Gebeurtenis.PlichtBeeindigd(D, Beeindigingsgrond.NATURALISATIE));
  }

  @Test
  void elkeSoortGebeurtenisKomtOngeschondenTerug() throws Exception {
    List<Gebeurtenis> alle = elkeSoort();
    Set<Gebeurtenissoort> soorten = alle.stream().map(Gebeurtenis::soort)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Gebeurtenissoort.class)));
    assertThat(soorten).containsExactlyInAnyOrder(Gebeurtenissoort.values());
    for (Gebeurtenis g : alle) {
      byte[] json = InburgeringJson.schrijf(V1Mapping.naarV1(g));
      TrajectgebeurtenisV1 w = InburgeringJson.mapper().readValue(json, TrajectgebeurtenisV1.class);
      Invoer in = new Invoer(Regels.NEDERLANDS);
      Optional<Gebeurtenis> terug = V1Mapping.naarDomein(w, Pointer.root(), in);
      assertThat(in.report().findings()).as(g.toString()).isEmpty();
      assertThat(terug).as(g.toString()).contains(g);
      assertThat(InburgeringJson.schrijf(V1Mapping.naarV1(terug.get()))).as("canonical").isEqualTo(json);
    }
  }

  @Test
  void hetVoorbeeldtrajectIsGeldigEnByteIdentiekNaHerschrijven() throws Exception {
    TrajectV1 w = DocumentatieVoorbeeldenTest.voorbeeldTrajectV1();
    byte[] json = InburgeringJson.schrijf(w);
    Leesresultaat<Trajectdocument> r = JsonLezer.standaard().leesTraject(json, Voorbeelden.PEILDATUM);
    assertThat(r.isGeldig()).as(r.report().toString()).isTrue();
    Trajectdocument doc = r.document().orElseThrow();
    assertThat(InburgeringJson.schrijf(V1Mapping.naarV1(doc.gebeurtenissen(), doc.traject())))
        .isEqualTo(json);
  }

  private static ObjectNode voorbeeldBoom() {
    return InburgeringJson.mapper().valueToTree(DocumentatieVoorbeeldenTest.voorbeeldTrajectV1());
  }

  private static Leesresultaat<Trajectdocument> lees(ObjectNode boom) {
    return JsonLezer.standaard().leesTraject(
        boom.toString().getBytes(StandardCharsets.UTF_8), Voorbeelden.PEILDATUM);
  }

  @Test
  void eenEigenschapDieNietBijDeSoortHoortIsJs004() {
    ObjectNode boom = voorbeeldBoom();
    ((ObjectNode) boom.get("gebeurtenissen").get(1)).put("uren", 12);
    Leesresultaat<Trajectdocument> r = lees(boom);
    assertThat(r.document()).isEmpty();
    assertThat(r.report().findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("JS-004");
      assertThat(f.pointer()).hasToString("/gebeurtenissen/1/uren");
    });
  }

  @Test
  void eenGeweigerdeGebeurtenisWordtGemeldOpHaarPlaats() {
    ObjectNode boom = voorbeeldBoom();
    ArrayNode gs = (ArrayNode) boom.get("gebeurtenissen");
    ObjectNode pip = (ObjectNode) gs.get(2);
    pip.put("niveau", "A2");
    boom.remove("stand");
    Leesresultaat<Trajectdocument> r = lees(boom);
    assertThat(r.document()).isEmpty();
    assertThat(r.report().codes()).containsExactly("PIP-006");
    assertThat(r.report().findings().get(0).pointer()).hasToString("/gebeurtenissen/2/niveau");
  }

  @Test
  void eenStandDieNietUitDeGebeurtenissenVolgtIsJs005() {
    ObjectNode boom = voorbeeldBoom();
    ((ObjectNode) boom.get("stand")).put("einddatum", "2027-12-31");
    Leesresultaat<Trajectdocument> r = lees(boom);
    assertThat(r.isGeldig()).isFalse();
    assertThat(r.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JS-005");
      assertThat(f.pointer()).hasToString("/stand/einddatum");
      assertThat(f.message()).contains("2027-03-14");
    });
  }

  @Test
  void eenOnbekendeSoortNoemtDeToegestaneSoorten() {
    ObjectNode boom = voorbeeldBoom();
    ((ObjectNode) boom.get("gebeurtenissen").get(0)).put("soort", "PLICHT_BEGONNEN");
    Leesresultaat<Trajectdocument> r = lees(boom);
    assertThat(r.document()).isEmpty();
    assertThat(r.report().findings()).anySatisfy(f -> {
      assertThat(f.pointer()).hasToString("/gebeurtenissen/0/soort");
      assertThat(f.message()).contains("PLICHT_ONTSTAAN");
    });
  }

  @Test
  void eenDossierMetEenOngeldigTrajectMeldtDatOnderTraject() {
    ObjectNode dossier = InburgeringJson.mapper().valueToTree(
        V1Mapping.naarV1(DocumentatieVoorbeeldenTest.voorbeeld()));
    ObjectNode traject = voorbeeldBoom();
    ((ObjectNode) traject.get("gebeurtenissen").get(1)).put("datum", "2023-12-31");
    traject.remove("stand");
    dossier.set("traject", traject);
    Leesresultaat<io.github.inburgering.core.model.Dossier> r = JsonLezer.standaard().leesDossier(
        dossier.toString().getBytes(StandardCharsets.UTF_8), Voorbeelden.PEILDATUM);
    assertThat(r.document()).isPresent();
    assertThat(r.report().codes()).containsExactly("ST-002");
    assertThat(r.report().findings().get(0).pointer()).hasToString("/traject/gebeurtenissen/1/datum");
  }

  @Test
  void hetTrajectGaatAlleenNaarDeGemeente() {
    io.github.inburgering.json.v1.DossierV1 w = V1Mapping.naarV1(DocumentatieVoorbeeldenTest.voorbeeld())
        .metTraject(DocumentatieVoorbeeldenTest.voorbeeldTrajectV1());
    for (io.github.inburgering.core.model.PartnerRol rol : io.github.inburgering.core.model.PartnerRol.values()) {
      tools.jackson.databind.JsonNode view = InburgeringJson.mapper().valueToTree(
          Partnerview.view(w, rol, DocumentatieVoorbeeldenTest.VOORBEELDSLEUTEL));
      assertThat(view.has("traject")).as(rol.code())
          .isEqualTo(rol == io.github.inburgering.core.model.PartnerRol.GEMEENTE);
    }
  }
}
