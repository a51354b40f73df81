package io.github.inburgering.json.duo;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.core.testing.Keuze;
import io.github.inburgering.core.testing.Voorbeelden;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed DUO input gives findings at JSON Pointers into the DUO document, never an exception, and
 * the findings never echo the input.
 */
class DuoInvoerTest {

  /** Reads {@code json} as {@code type} and maps it with {@code mapping}; returns the report. */
  private static <T extends Record> Report lees(String json, Class<T> type,
      java.util.function.BiFunction<T, Invoer, Optional<?>> mapping) {
    Invoer in = new Invoer();
    Optional<T> w = DuoJson.lees(json.getBytes(StandardCharsets.UTF_8), type, in);
    Optional<?> d = w.flatMap(x -> mapping.apply(x, in));
    assertThat(d).as("no value when there is a finding").isEmpty();
    return in.report();
  }

  private static Report pip(String json) {
    return lees(json, DuoPip.class, (w, in) -> DuoMapping.naarDomein(w, Voorbeelden.AMSTERDAM, in));
  }

  private static List<String> plekken(Report r) {
    return r.findings().stream().map(f -> f.code() + " " + f.pointer()).toList();
  }

  @Test
  void anUnknownCodeIsCd001WithTheAllowedCodes() {
    Report r = pip("{\"dagtekeningPip\":\"2024-03-14\",\"leerroute\":\"X\"}");
    assertThat(plekken(r)).containsExactly("CD-001 /leerroute");
    assertThat(r.findings().get(0).message()).contains("B, O, Z").doesNotContain("X");
  }

  @Test
  void aCodeDuoDoesNotAllowForTheFieldIsCd001() {
    Invoer in = new Invoer();
    Optional<List<DuoVrijstelling>> l = DuoJson.leesLijst(("[{\"GedeeltelijkeVrijstelling\":{\"reden\":\"GED\","
        + "\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2024-05-01\",\"examenonderdeel\":\"KNM\","
        + "\"examenniveau\":\"C1\"}}]").getBytes(StandardCharsets.UTF_8), DuoVrijstelling.class, in);
    assertThat(DuoMapping.vrijstellingenNaarDomein(l.orElseThrow(), in)).isEmpty();
    assertThat(plekken(in.report())).containsExactly(
        "CD-001 /0/GedeeltelijkeVrijstelling/examenniveau",
        "CD-001 /0/GedeeltelijkeVrijstelling/examenonderdeel");
    assertThat(in.report().findings().get(1).message()).contains("LE, LU, SC, SP");
  }

  @Test
  void aScoreWithADecimalPointIsCd003() {
    Invoer in = new Invoer();
    Optional<List<DuoLeerbaarheidstoetsResultaat>> l = DuoJson.leesLijst(("[{\"resultaat\":\"B1-route haalbaar\","
        + "\"behaaldeScore\":\"71.50\",\"benodigdeScore\":\"60\",\"datumAfname\":\"2024-02-20\"}]")
        .getBytes(StandardCharsets.UTF_8), DuoLeerbaarheidstoetsResultaat.class, in);
    assertThat(DuoMapping.leerbaarheidstoetsenNaarDomein(l.orElseThrow(), in)).isEmpty();
    assertThat(plekken(in.report())).containsExactly("CD-003 /0/behaaldeScore", "CD-003 /0/benodigdeScore");
    assertThat(in.report().findings().get(0).message()).contains("FORMAT").doesNotContain("71.50");
  }

  @Test
  void aScoreAsANumberIsAStructuralProblem() {
    Invoer in = new Invoer();
    Optional<DuoLeerbaarheidstoetsResultaat> w = DuoJson.lees(("{\"resultaat\":\"Onbekend\",\"behaaldeScore\":71.50,"
        + "\"benodigdeScore\":\"60,00\",\"datumAfname\":\"2024-02-20\"}").getBytes(StandardCharsets.UTF_8),
        DuoLeerbaarheidstoetsResultaat.class, in);
    assertThat(w).isEmpty();
    assertThat(plekken(in.report())).containsExactly("JS-003 /behaaldeScore");
  }

  @Test
  void malformedAndImpossibleDatesAreCd003() {
    Report r = pip("{\"dagtekeningPip\":\"2024-02-30\",\"leerroute\":\"B\"}");
    assertThat(plekken(r)).containsExactly("CD-003 /dagtekeningPip");
    assertThat(plekken(pip("{\"dagtekeningPip\":\"14-03-2024\",\"leerroute\":\"B\"}")))
        .containsExactly("CD-003 /dagtekeningPip");
    assertThat(plekken(pip("{\"dagtekeningPip\":\"2024-3-14\",\"leerroute\":\"B\"}")))
        .containsExactly("CD-003 /dagtekeningPip");
  }

  @Test
  void everyProblemOfARecordIsReportedAtOnce() {
    Report r = pip("{\"leerroute\":\"b\",\"niveau\":\"C1\",\"geschatteIntensiteitB1Route\":0,"
        + "\"indicatorAlfabetiseringsonderwijs\":\"ja\"}");
    assertThat(plekken(r)).containsExactly("CD-002 /dagtekeningPip", "CD-003 /geschatteIntensiteitB1Route",
        "CD-001 /indicatorAlfabetiseringsonderwijs", "CD-001 /leerroute", "CD-001 /niveau");
  }

  @Test
  void aMalformedGemeentecodeIsId005() {
    Report r = lees("{\"gemeentecode\":\"363\",\"pip\":{\"dagtekeningPip\":\"2024-03-14\",\"leerroute\":\"Q\"}}",
        DuoGemeente.class, DuoMapping::naarDomein);
    assertThat(plekken(r)).containsExactly("ID-005 /gemeentecode", "CD-001 /pip/leerroute");
  }

  @Test
  void structuralProblemsAreAllReported() {
    Report r = pip("{\"dagtekeningPip\":20240314,\"leerroute\":null,\"gemeente\":\"0363\","
        + "\"indicatorMagOpleidingAfmaken\":\"true\",\"geschatteIntensiteitB1Route\":\"12\"}");
    assertThat(plekken(r)).containsExactly("JS-003 /dagtekeningPip", "JS-004 /gemeente",
        "JS-003 /geschatteIntensiteitB1Route", "JS-003 /indicatorMagOpleidingAfmaken", "JS-003 /leerroute");
  }

  @Test
  void brokenJsonIsJs001AndAWrongRootIsJs003() {
    assertThat(plekken(pip("{\"dagtekeningPip\":"))).containsExactly("JS-001 ");
    assertThat(plekken(pip("{\"leerroute\":\"B\",\"leerroute\":\"O\"}"))).containsExactly("JS-001 ");
    assertThat(plekken(pip(""))).containsExactly("JS-001 ");
    assertThat(plekken(pip("[]"))).containsExactly("JS-003 ");
    Invoer in = new Invoer();
    assertThat(DuoJson.leesLijst("{}".getBytes(StandardCharsets.UTF_8), DuoExamenresultaat.class, in)).isEmpty();
    assertThat(plekken(in.report())).containsExactly("JS-003 ");
  }

  @Test
  void verwijtbaarIsJaOrNee() {
    Report r = lees("{\"datumOndertekeningPvt\":\"2025-01-10\",\"verwijtbaar\":\"ja\"}", DuoResultaatPvt.class,
        (w, in) -> DuoMapping.naarDomein(w, Voorbeelden.basis(), in));
    assertThat(plekken(r)).containsExactly("CD-001 /verwijtbaar");
    assertThat(r.findings().get(0).message()).contains("Ja, Nee");
    Report zonderDatum = lees("{\"verwijtbaar\":\"Ja\"}", DuoResultaatMap.class,
        (w, in) -> DuoMapping.naarDomein(w, Voorbeelden.basis(), in));
    assertThat(plekken(zonderDatum)).containsExactly("CD-002 /datumEindgesprekMap");
  }

  @Test
  void theFormsOfAVrijstellingAndOntheffingExcludeEachOther() {
    Invoer in = new Invoer();
    String twee = "[{\"GeheleVrijstelling\":{\"oordeel\":\"Toekenning\",\"reden\":\"DIP\",\"datumOordeel\":\"2024-01-01\"},"
        + "\"TijdelijkeVrijstelling\":{\"oordeel\":\"Toekenning\",\"reden\":\"OPL\",\"datumOordeel\":\"2024-01-01\","
        + "\"startdatum\":\"2024-02-01\",\"einddatum\":\"2024-01-31\"}},{},"
        + "{\"TijdelijkeVrijstelling\":{\"oordeel\":\"Toekenning\",\"reden\":\"OPL\",\"datumOordeel\":\"2024-01-01\","
        + "\"startdatum\":\"2024-02-01\",\"einddatum\":\"2024-01-31\"}},"
        + "{\"GeheleVrijstelling\":{\"oordeel\":\"Toekenning\",\"reden\":\"DIP\"}}]";
    List<DuoVrijstelling> w = DuoJson.leesLijst(twee.getBytes(StandardCharsets.UTF_8), DuoVrijstelling.class, in)
        .orElseThrow();
    assertThat(DuoMapping.vrijstellingenNaarDomein(w, in)).isEmpty();
    assertThat(plekken(in.report())).containsExactly("CD-003 /0", "CD-003 /1",
        "CD-003 /2/TijdelijkeVrijstelling/einddatum", "CD-002 /3/GeheleVrijstelling/datumOordeel");

    Invoer in2 = new Invoer();
    String ontheffingen = "[{\"GedeeltelijkeOntheffing\":{\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2024-01-01\","
        + "\"grond\":\"MED\",\"examenonderdeel\":\"LE\"}},"
        + "{\"GedeeltelijkeOntheffing\":{\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2024-01-01\","
        + "\"grond\":\"MED\",\"examenonderdeel\":\"LE\",\"urenBelastbaarheidParticipatieactiviteit\":10000}},"
        + "{\"GedeeltelijkeOntheffing\":{\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2024-01-01\",\"grond\":\"MED\"}}]";
    List<DuoOntheffing> o = DuoJson.leesLijst(ontheffingen.getBytes(StandardCharsets.UTF_8), DuoOntheffing.class, in2)
        .orElseThrow();
    assertThat(DuoMapping.ontheffingenNaarDomein(o, in2)).isEmpty();
    assertThat(plekken(in2.report())).containsExactly(
        "CD-003 /1/GedeeltelijkeOntheffing/urenBelastbaarheidParticipatieactiviteit",
        "CD-002 /2/GedeeltelijkeOntheffing/examenonderdeel");
  }

  @Test
  void aRepeatedPartOfOnePartialOntheffingIsCd003() {
    String json = "{\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2024-01-01\",\"grond\":\"MED\",\"examenonderdeel\":\"LE\"}";
    Invoer in = new Invoer();
    List<DuoOntheffing> o = DuoJson.leesLijst(("[{\"GedeeltelijkeOntheffing\":" + json + "},"
        + "{\"GedeeltelijkeOntheffing\":" + json + "}]").getBytes(StandardCharsets.UTF_8), DuoOntheffing.class, in)
        .orElseThrow();
    assertThat(DuoMapping.ontheffingenNaarDomein(o, in)).isEmpty();
    assertThat(plekken(in.report())).containsExactly("CD-003 /1/GedeeltelijkeOntheffing/examenonderdeel");
  }

  @Test
  void examLevelsFollowTheExamPart() {
    Invoer in = new Invoer();
    List<DuoExamenresultaat> w = DuoJson.leesLijst(("[{\"examendatum\":\"2024-06-01\",\"resultaat\":\"Geslaagd\","
        + "\"onderdeel\":\"LE\"},{\"examendatum\":\"2024-06-01\",\"resultaat\":\"Geen\",\"onderdeel\":\"KNM\","
        + "\"niveau\":\"B1\",\"redenGeenResultaat\":\"Ziek\"},{\"examendatum\":\"2024-06-01\",\"resultaat\":\"Gezakt\","
        + "\"onderdeel\":\"SP\",\"niveau\":\"C1\"}]").getBytes(StandardCharsets.UTF_8), DuoExamenresultaat.class, in)
        .orElseThrow();
    assertThat(DuoMapping.examensNaarDomein(w, in)).isEmpty();
    assertThat(plekken(in.report())).containsExactly("CD-002 /0/niveau", "CD-003 /1/niveau",
        "CD-001 /1/redenGeenResultaat", "CD-001 /2/niveau");
  }

  @Test
  void thePlichtIndicatorMustAgreeWithTheEnd() {
    Report r = lees("{\"indicatorInburgeringsplicht\":true,\"begindatum\":\"2023-01-01\",\"einddatum\":\"2024-01-01\","
        + "\"redenGeenInburgeringsplicht\":\"Overleden\"}", DuoInburgeringsplicht.class,
        (w, in) -> DuoMapping.naarDomein(w, PlichtGrond.NIET_TIJDELIJK_VERBLIJF, in));
    assertThat(plekken(r)).containsExactly("CD-003 /indicatorInburgeringsplicht", "CD-001 /redenGeenInburgeringsplicht");
    Report geenPlicht = lees("{\"indicatorInburgeringsplicht\":false}", DuoInburgeringsplicht.class,
        (w, in) -> DuoMapping.naarDomein(w, PlichtGrond.NIET_TIJDELIJK_VERBLIJF, in));
    assertThat(plekken(geenPlicht)).containsExactly("CD-002 /begindatum", "CD-003 /indicatorInburgeringsplicht");
  }

  @Test
  void theTermijnEndsAfterItsStart() {
    Report r = lees("{\"startdatum\":\"2024-03-15\",\"einddatum\":\"2024-03-15\"}", DuoInburgeringstermijn.class,
        DuoMapping::naarDomein);
    assertThat(plekken(r)).containsExactly("CD-003 /einddatum");
  }

  @Test
  void theDoelgroepNeedsItsIndeling() {
    Report r = lees("{\"gedetailleerdeDoelgroep\":\"Vluchteling\",\"asielrechtenWijzigingVerblijfsdoel\":\"Ja\"}",
        DuoDoelgroep.class, (w, in) -> DuoMapping.naarDomein(w, Voorbeelden.basis().inburgeraar(), in));
    assertThat(plekken(r)).containsExactly("CD-001 /asielrechtenWijzigingVerblijfsdoel",
        "CD-001 /gedetailleerdeDoelgroep", "CD-002 /indeling");
  }

  @Test
  void englishMessagesOnRequest() {
    Invoer in = new Invoer(Locale.ENGLISH);
    DuoMapping.naarDomein(new DuoPip("2024-03-14", "X", null, null, null, null), Voorbeelden.AMSTERDAM, in);
    assertThat(in.report().findings().get(0).message()).startsWith("Unknown code");
  }

  @Test
  void missingDocumentsAndElementsAreCd002() {
    Invoer in = new Invoer();
    assertThat(DuoMapping.naarDomein((DuoGemeente) null, in)).isEmpty();
    assertThat(DuoMapping.examensNaarDomein(java.util.Arrays.asList(null, null), in)).isEmpty();
    assertThat(plekken(in.report())).containsExactly("CD-002 ", "CD-002 /0", "CD-002 /1");
  }

  // ------------------------------------------------------------------ bounded fuzzing

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A generated dossier's DUO documents with their record type and mapping. */
  private record Doc(byte[] json, Class<? extends Record> type, Function<Invoer, Function<Record, Optional<?>>> map) {}

  private static List<Doc> documenten(Dossier d) {
    List<Doc> l = new ArrayList<>();
    var v = d.pip().orElseThrow().actueel();
    l.add(new Doc(DuoJson.schrijf(DuoMapping.naarDuoGemeente(v)), DuoGemeente.class,
        in -> r -> DuoMapping.naarDomein((DuoGemeente) r, in)));
    l.add(new Doc(DuoJson.schrijf(DuoMapping.naarDuo(d.plicht())), DuoInburgeringsplicht.class,
        in -> r -> DuoMapping.naarDomein((DuoInburgeringsplicht) r, PlichtGrond.NIET_TIJDELIJK_VERBLIJF, in)));
    l.add(new Doc(DuoJson.schrijf(DuoMapping.naarDuoDoelgroep(d.inburgeraar())), DuoDoelgroep.class,
        in -> r -> DuoMapping.naarDomein((DuoDoelgroep) r, d.inburgeraar(), in)));
    l.add(new Doc(DuoJson.schrijf(DuoMapping.naarDuo(d.berekendeTermijn().orElseThrow())),
        DuoInburgeringstermijn.class, in -> r -> DuoMapping.naarDomein((DuoInburgeringstermijn) r, in)));
    l.add(new Doc(DuoJson.schrijf(new DuoResultaatPvt("2025-01-10", "Nee")), DuoResultaatPvt.class,
        in -> r -> DuoMapping.naarDomein((DuoResultaatPvt) r, d, in)));
    l.add(new Doc(DuoJson.schrijf(DuoMapping.naarDuo(new io.github.inburgering.core.model.Vrijstelling.Tijdelijk(
        io.github.inburgering.core.model.RedenVrijstelling.OPL, io.github.inburgering.core.model.Oordeel.TOEKENNING,
        java.time.LocalDate.of(2024, 1, 1), io.github.inburgering.core.Periode.of(java.time.LocalDate.of(2024, 2, 1),
            java.time.LocalDate.of(2025, 2, 1))))), DuoVrijstelling.class,
        in -> r -> DuoMapping.naarDomein((DuoVrijstelling) r, Pointer.root(), in)));
    if (!d.examens().isEmpty()) {
      l.add(new Doc(DuoJson.schrijf(DuoMapping.naarDuo(d.examens().get(0))), DuoExamenresultaat.class,
          in -> r -> DuoMapping.naarDomein((DuoExamenresultaat) r, Pointer.root(), in)));
    }
    return l;
  }

  private static final List<Function<JsonNodeFactory, JsonNode>> RARE_WAARDEN = List.of(
      f -> f.stringNode("71.50"), f -> f.stringNode("2024-02-30"), f -> f.stringNode(""), f -> f.stringNode("X"),
      f -> f.numberNode(1.5), f -> f.numberNode(-1), f -> f.numberNode(99_999_999_999L), f -> f.booleanNode(true),
      JsonNodeFactory::nullNode, JsonNodeFactory::objectNode, JsonNodeFactory::arrayNode);

  /** Mutates one value of a document: replaces, removes, or adds a property. */
  private static Gen<byte[]> gemuteerd(byte[] json) {
    return in -> {
      Keuze k = new Keuze(in);
      ObjectNode doc = (ObjectNode) JSON.readTree(json);
      List<ObjectNode> objecten = new ArrayList<>();
      verzamel(doc, objecten);
      ObjectNode o = k.een(objecten);
      List<String> namen = List.copyOf(o.propertyNames());
      switch (k.tussen(0, 2)) {
        case 0:
          if (!namen.isEmpty()) {
            o.remove(k.een(namen));
          }
          break;
        case 1:
          o.set("onbekend", k.een(RARE_WAARDEN).apply(JSON.getNodeFactory()));
          break;
        default:
          if (!namen.isEmpty()) {
            o.set(k.een(namen), k.een(RARE_WAARDEN).apply(JSON.getNodeFactory()));
          }
      }
      return JSON.writeValueAsBytes(doc);
    };
  }

  private static void verzamel(JsonNode n, List<ObjectNode> uit) {
    if (n instanceof ObjectNode o) {
      uit.add(o);
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        verzamel(e.getValue(), uit);
      }
    } else if (n instanceof ArrayNode a) {
      a.forEach(x -> verzamel(x, uit));
    }
  }

  @Test
  void mutatedDocumentsGiveFindingsOrAValueNeverAnException() {
    AtomicInteger gebouwd = new AtomicInteger();
    AtomicInteger gemeld = new AtomicInteger();
    qt(40).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      for (Doc doc : documenten(g.dossier())) {
        qt(25).forAll(gemuteerd(doc.json())).checkAssert(json -> {
          Invoer in = new Invoer();
          Optional<? extends Record> w = DuoJson.lees(json, doc.type(), in);
          Optional<?> d = w.flatMap(r -> doc.map().apply(in).apply(r));
          Report r = in.report();
          if (d.isEmpty()) {
            assertThat(r.findings()).as(new String(json, StandardCharsets.UTF_8)).isNotEmpty();
            gemeld.incrementAndGet();
          } else {
            assertThat(r.findings()).as(new String(json, StandardCharsets.UTF_8)).isEmpty();
            gebouwd.incrementAndGet();
          }
          for (Finding f : r.findings()) {
            assertThat(f.message()).doesNotContain("71.50").doesNotContain("2024-02-30");
          }
        });
      }
    });
    // both outcomes occur, so the property is not vacuous
    assertThat(gebouwd.get()).isPositive();
    assertThat(gemeld.get()).isGreaterThan(gebouwd.get());
  }
}
