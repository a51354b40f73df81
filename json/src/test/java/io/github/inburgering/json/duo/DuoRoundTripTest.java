package io.github.inburgering.json.duo;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Inburgeraar;
import io.github.inburgering.core.model.Inburgeringsplicht;
import io.github.inburgering.core.model.Inburgeringstermijn;
import io.github.inburgering.core.model.Leerbaarheidstoets;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.model.RedenEindePlicht;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.core.testing.Voorbeelden;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Domain → DUO JSON → domain gives the value back (for the PIP: the part DUO carries), over generated
 * dossiers. Every trip goes through the bytes: {@link DuoJson#schrijf} and {@link DuoJson#lees}.
 */
class DuoRoundTripTest {

  /** Writes {@code duo}, reads it back as {@code type} and fails on any finding. */
  private static <T extends Record> T heenEnWeer(T duo, Class<T> type) {
    byte[] json = DuoJson.schrijf(duo);
    Invoer in = new Invoer();
    Optional<T> gelezen = DuoJson.lees(json, type, in);
    assertThat(in.report().findings()).as(new String(json, StandardCharsets.UTF_8)).isEmpty();
    assertThat(gelezen).contains(duo);
    return gelezen.get();
  }

  private static <T extends Record> List<T> heenEnWeer(List<T> duo, Class<T> type) {
    byte[] json = DuoJson.schrijf(duo);
    Invoer in = new Invoer();
    Optional<List<T>> gelezen = DuoJson.leesLijst(json, type, in);
    assertThat(in.report().findings()).as(new String(json, StandardCharsets.UTF_8)).isEmpty();
    assertThat(gelezen).contains(duo);
    return gelezen.get();
  }

  private static void schoon(Invoer in) {
    Report r = in.report();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void pipVersionsRoundTripInTheFieldsDuoCarries() {
    qt(300).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      for (PipVersie v : g.dossier().pip().orElseThrow().versies()) {
        Invoer in = new Invoer();
        DuoPip pip = heenEnWeer(DuoMapping.naarDuo(v), DuoPip.class);
        assertThat(DuoMapping.naarDomein(pip, v.gemeente(), in)).contains(DuoGeneratoren.projectie(v));
        schoon(in);

        DuoGemeente gemeente = heenEnWeer(DuoMapping.naarDuoGemeente(v), DuoGemeente.class);
        assertThat(gemeente.gemeentecode()).isEqualTo(v.gemeente().value());
        assertThat(DuoMapping.naarDomein(gemeente, in)).contains(DuoGeneratoren.projectie(v));
        schoon(in);
      }
    });
  }

  @Test
  void aVersionWithOnlyDuoFieldsRoundTripsExactly() {
    qt(300).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      PipVersie v = DuoGeneratoren.projectie(g.dossier().pip().orElseThrow().actueel());
      Invoer in = new Invoer();
      assertThat(DuoMapping.naarDomein(DuoMapping.naarDuoGemeente(v), in)).contains(v);
      schoon(in);
    });
  }

  @Test
  void pvtMapAndZrouteCompletionsRoundTripWithEveryCulpability() {
    qt(200).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      Dossier d = g.dossier();
      for (Optional<Boolean> verwijtbaar : List.of(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false))) {
        Dossier met = d.toBuilder()
            .pvt(d.pvt().map(a -> new Afronding(a.datum(), verwijtbaar)).orElse(null))
            .map(d.map().map(a -> new Afronding(a.datum(), verwijtbaar)).orElse(null))
            .zrouteAfgerond(d.pvt().map(Afronding::datum).orElse(null))
            .build();
        Dossier zonder = met.toBuilder().pvt(null).map(null).zrouteAfgerond(null).build();
        Invoer in = new Invoer();
        Dossier na = DuoMapping.naarDomein(heenEnWeer(DuoMapping.naarDuoPvt(met), DuoResultaatPvt.class), zonder, in)
            .flatMap(x -> DuoMapping.naarDomein(heenEnWeer(DuoMapping.naarDuoMap(met), DuoResultaatMap.class), x, in))
            .flatMap(x -> DuoMapping.naarDomein(
                heenEnWeer(DuoMapping.naarDuoZroute(met), DuoResultaatZroute.class), x, in))
            .orElseThrow();
        schoon(in);
        assertThat(na).isEqualTo(met);

        // the GET answers carry the date only
        met.pvt().ifPresent(a -> assertThat(DuoMapping.naarDomein(
            heenEnWeer(DuoMapping.naarDuoDatumPvt(a), DuoDatumPvt.class), in)).contains(Afronding.op(a.datum())));
        met.map().ifPresent(a -> assertThat(DuoMapping.naarDomein(
            heenEnWeer(DuoMapping.naarDuoDatumMap(a), DuoDatumMap.class), in)).contains(Afronding.op(a.datum())));
        schoon(in);
      }
    });
  }

  @Test
  void anEmptyResourceWithdrawsTheCompletion() {
    Dossier d = Voorbeelden.basis().toBuilder()
        .pvt(Afronding.op(LocalDate.of(2025, 1, 10)))
        .map(Afronding.op(LocalDate.of(2025, 2, 10)))
        .zrouteAfgerond(LocalDate.of(2025, 3, 10))
        .build();
    Invoer in = new Invoer();
    assertThat(DuoMapping.naarDomein(new DuoResultaatPvt(null, null), d, in).orElseThrow().pvt()).isEmpty();
    assertThat(DuoMapping.naarDomein(new DuoResultaatMap(null, null), d, in).orElseThrow().map()).isEmpty();
    assertThat(DuoMapping.naarDomein(new DuoResultaatZroute(null), d, in).orElseThrow().zrouteAfgerond()).isEmpty();
    schoon(in);
    assertThat(DuoJson.schrijf(DuoMapping.naarDuoPvt(Voorbeelden.basis()))).asString(StandardCharsets.UTF_8)
        .isEqualTo("{}");
  }

  @Test
  void aRunningPlichtRoundTrips() {
    qt(300).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      Inburgeringsplicht p = g.dossier().plicht();
      DuoInburgeringsplicht duo = heenEnWeer(DuoMapping.naarDuo(p), DuoInburgeringsplicht.class);
      assertThat(duo.indicatorInburgeringsplicht()).isTrue();
      Invoer in = new Invoer();
      assertThat(DuoMapping.naarDomein(duo, p.grond(), in)).contains(p);
      schoon(in);
    });
  }

  @Test
  void anEndedPlichtRoundTrips() {
    for (RedenEindePlicht reden : RedenEindePlicht.values()) {
      Inburgeringsplicht p = new Inburgeringsplicht(LocalDate.of(2023, 2, 1), PlichtGrond.GEESTELIJK_BEDIENAAR,
          Optional.empty(), Optional.of(LocalDate.of(2025, 6, 30)), Optional.of(reden));
      DuoInburgeringsplicht duo = heenEnWeer(DuoMapping.naarDuo(p), DuoInburgeringsplicht.class);
      assertThat(duo.indicatorInburgeringsplicht()).isFalse();
      assertThat(duo.einddatum()).isEqualTo("2025-06-30");
      Invoer in = new Invoer();
      assertThat(DuoMapping.naarDomein(duo, PlichtGrond.GEESTELIJK_BEDIENAAR, in)).contains(p);
      schoon(in);
    }
  }

  @Test
  void theDoelgroepRoundTripsOntoTheInburgeraar() {
    qt(300).forAll(Generatoren.inburgeraars()).checkAssert(i -> {
      DuoDoelgroep duo = heenEnWeer(DuoMapping.naarDuoDoelgroep(i), DuoDoelgroep.class);
      Inburgeraar ander = i.toBuilder()
          .doelgroep(i.doelgroep() == Doelgroep.ASIELSTATUSHOUDER
              ? Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT : Doelgroep.ASIELSTATUSHOUDER)
          .gedetailleerdeDoelgroep(null)
          .build();
      Invoer in = new Invoer();
      assertThat(DuoMapping.naarDomein(duo, ander, in)).contains(i);
      schoon(in);
    });
  }

  @Test
  void theTermijnRoundTripsAndDuosEndIsTheDayAfter() {
    qt(300).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      Inburgeringstermijn t = g.dossier().berekendeTermijn().orElseThrow();
      DuoInburgeringstermijn duo = heenEnWeer(DuoMapping.naarDuo(t), DuoInburgeringstermijn.class);
      assertThat(duo.einddatum()).isEqualTo(t.einddatum().plusDays(1).toString());
      Invoer in = new Invoer();
      assertThat(DuoMapping.naarDomein(duo, in)).contains(t);
      schoon(in);
    });
  }

  @Test
  void vrijstellingenRoundTrip() {
    qt(500).forAll(DuoGeneratoren.vrijstellingen()).checkAssert(l -> {
      List<DuoVrijstelling> duo = heenEnWeer(DuoMapping.naarDuoVrijstellingen(l), DuoVrijstelling.class);
      Invoer in = new Invoer();
      assertThat(DuoMapping.vrijstellingenNaarDomein(duo, in)).contains(l);
      schoon(in);
    });
  }

  @Test
  void ontheffingenRoundTripWithOneDuoElementPerPart() {
    qt(500).forAll(DuoGeneratoren.ontheffingen()).checkAssert(l -> {
      List<DuoOntheffing> duo = heenEnWeer(DuoMapping.naarDuoOntheffingen(l), DuoOntheffing.class);
      int delen = l.stream().mapToInt(o -> o instanceof Ontheffing.Gedeeltelijk g ? g.onderdelen().size() : 1).sum();
      assertThat(duo).hasSize(delen);
      Invoer in = new Invoer();
      assertThat(DuoMapping.ontheffingenNaarDomein(duo, in)).contains(l);
      schoon(in);
    });
  }

  @Test
  void examResultsRoundTrip() {
    qt(300).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      List<DuoExamenresultaat> duo = heenEnWeer(DuoMapping.naarDuoExamens(g.dossier().examens()),
          DuoExamenresultaat.class);
      Invoer in = new Invoer();
      assertThat(DuoMapping.examensNaarDomein(duo, in)).contains(g.dossier().examens());
      schoon(in);
    });
  }

  @Test
  void leerbaarheidstoetsResultsRoundTripWithADecimalComma() {
    qt(300).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      Leerbaarheidstoets.Afgenomen a = (Leerbaarheidstoets.Afgenomen)
          g.dossier().bredeIntake().orElseThrow().leerbaarheidstoets().orElseThrow();
      List<DuoLeerbaarheidstoetsResultaat> duo = heenEnWeer(List.of(DuoMapping.naarDuo(a)),
          DuoLeerbaarheidstoetsResultaat.class);
      assertThat(duo.get(0).behaaldeScore()).matches("\\d{1,3},\\d{2}");
      Invoer in = new Invoer();
      assertThat(DuoMapping.leerbaarheidstoetsenNaarDomein(duo, in)).contains(List.of(a));
      schoon(in);
    });
  }

  @Test
  void fixedExamplesShowTheConversions() {
    Leerbaarheidstoets.Afgenomen lbt = (Leerbaarheidstoets.Afgenomen)
        Voorbeelden.basis().bredeIntake().orElseThrow().leerbaarheidstoets().orElseThrow();
    assertThat(DuoJson.schrijf(DuoMapping.naarDuo(lbt))).asString(StandardCharsets.UTF_8).isEqualTo(
        "{\"resultaat\":\"B1-route haalbaar\",\"behaaldeScore\":\"71,50\",\"benodigdeScore\":\"60,00\","
            + "\"datumAfname\":\"2024-02-20\"}");
    assertThat(DuoJson.schrijf(DuoMapping.naarDuo(Voorbeelden.basis().pip().orElseThrow().initieel())))
        .asString(StandardCharsets.UTF_8).isEqualTo("{\"dagtekeningPip\":\"2024-03-14\",\"leerroute\":\"B\","
            + "\"niveau\":\"B1\",\"geschatteIntensiteitB1Route\":1200,\"indicatorMagOpleidingAfmaken\":false}");
    assertThat(DuoJson.schrijf(DuoMapping.naarDuo(Voorbeelden.basis().berekendeTermijn().orElseThrow())))
        .asString(StandardCharsets.UTF_8).isEqualTo("{\"startdatum\":\"2024-03-15\",\"einddatum\":\"2027-03-15\"}");
    assertThat(DuoJson.schrijf(DuoMapping.naarDuoOntheffingen(List.of(new Ontheffing.Gedeeltelijk(
        io.github.inburgering.core.model.Ontheffingsgrond.MED, io.github.inburgering.core.model.Oordeel.TOEKENNING,
        LocalDate.of(2024, 5, 1), java.util.Set.of(Examenonderdeel.SP, Examenonderdeel.LE))))))
        .asString(StandardCharsets.UTF_8).isEqualTo("[{\"GedeeltelijkeOntheffing\":{\"oordeel\":\"Toekenning\","
            + "\"datumOordeel\":\"2024-05-01\",\"grond\":\"MED\",\"examenonderdeel\":\"LE\"}},"
            + "{\"GedeeltelijkeOntheffing\":{\"oordeel\":\"Toekenning\",\"datumOordeel\":\"2024-05-01\","
            + "\"grond\":\"MED\",\"examenonderdeel\":\"SP\"}}]");
  }
}
