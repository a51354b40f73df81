package io.github.inburgering.json.duo;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.MapAfspraak;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.RedenWijziging;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Instrument;
import io.github.inburgering.core.regels.Regel;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Severity;
import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.core.testing.Voorbeelden;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pre-flight checks run the catalogue's DUO rules on the dossier as it would be after sending. For
 * every acceptance rule of DUO's README on delivering a PIP, one version that passes and one that
 * fails with the catalogue's code; the same for the PVT and MAP rules.
 *
 * <p>The basis is {@link Voorbeelden#basis()}: an asielstatushouder in Amsterdam, settled there on
 * 2024-02-01, plicht from 2024-01-10, first PIP (B1-route, B1, 1200 hours) on 2024-03-14, so the
 * termijn runs from 2024-03-15 to 2027-03-14.
 */
class DuoPreflightTest {
  private static final LocalDate PEILDATUM = Voorbeelden.PEILDATUM;

  /** The basis without a PIP: the version to send is the first. */
  private static Dossier zonderPip() {
    return Voorbeelden.basis().toBuilder().pip(null).build();
  }

  private static Dossier gezinsmigrant(Dossier d) {
    return d.toBuilder().inburgeraar(d.inburgeraar().toBuilder()
        .doelgroep(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT).build()).build();
  }

  private static PipVersie eerste(UnaryOperator<PipVersie.Builder> f) {
    return f.apply(Voorbeelden.versie(0)).build();
  }

  /** A next version, derived from the basis's first one. */
  private static PipVersie volgende(UnaryOperator<PipVersie.Builder> f) {
    return f.apply(Voorbeelden.versie(0).redenWijziging(RedenWijziging.OVERIG)).build();
  }

  /**
   * One row per DUO acceptance rule: the code, the dossier before sending, a version DUO accepts and
   * one it refuses for that rule.
   */
  static Stream<Arguments> pipRegels() {
    Dossier zonder = zonderPip();
    Dossier met = Voorbeelden.basis();
    Dossier zonderVestiging = zonder.toBuilder()
        .inburgeraar(zonder.inburgeraar().toBuilder().vestigingsdatum(null).build()).build();
    return Stream.of(
        // Datum dagtekening: not before the plicht started (2024-01-10)
        Arguments.of("PIP-001", zonderVestiging,
            eerste(b -> b.dagtekening(LocalDate.of(2024, 2, 1))),
            eerste(b -> b.dagtekening(LocalDate.of(2024, 1, 9)))),
        // Datum dagtekening: a changed PIP not before the initial or the current one (2024-03-14)
        Arguments.of("PIP-002", met,
            volgende(b -> b.dagtekening(LocalDate.of(2024, 3, 14))),
            volgende(b -> b.dagtekening(LocalDate.of(2024, 3, 13)))),
        // Datum dagtekening: not before settling in the gemeente (2024-02-01)
        Arguments.of("PIP-003", zonder,
            eerste(b -> b.dagtekening(LocalDate.of(2024, 2, 1))),
            eerste(b -> b.dagtekening(LocalDate.of(2024, 1, 31)))),
        // Niveau: A2 not with the onderwijsroute
        Arguments.of("PIP-004", zonder,
            eerste(b -> Voorbeelden.onderwijsroute(b)),
            eerste(b -> Voorbeelden.onderwijsroute(b).niveau(NiveauPip.A2))),
        // Niveau: B1 not with the Z-route
        Arguments.of("PIP-005", zonder,
            eerste(b -> Voorbeelden.zRoute(b)),
            eerste(b -> Voorbeelden.zRoute(b).niveau(NiveauPip.B1))),
        // Niveau: A2 with the B1-route not on the first PIP
        Arguments.of("PIP-006", zonder,
            eerste(b -> b.niveau(NiveauPip.B1)),
            eerste(b -> b.niveau(NiveauPip.A2))),
        // Niveau: absent in the B1- or onderwijsroute, DUO sets B1 (INFO)
        Arguments.of("PIP-007", zonder,
            eerste(b -> b.niveau(NiveauPip.B1)),
            eerste(b -> b.niveau(null))),
        // Geschatte intensiteit B1 route: only with the B1-route
        Arguments.of("PIP-008", zonder,
            eerste(b -> Voorbeelden.zRoute(b)),
            eerste(b -> Voorbeelden.zRoute(b).geschatteIntensiteitB1Route(800))),
        // Geschatte intensiteit B1 route: only for asielmigranten
        Arguments.of("PIP-009", gezinsmigrant(zonder),
            eerste(b -> b.geschatteIntensiteitB1Route(null)),
            eerste(b -> b.geschatteIntensiteitB1Route(1200))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pipRegels")
  void eachDuoPipRuleAcceptsOneVersionAndRefusesTheOther(String code, Dossier voor, PipVersie goed, PipVersie fout) {
    Report ok = DuoPreflight.pip(voor, goed, PEILDATUM);
    assertThat(ok.findings()).as("accepted version").isEmpty();

    Report nee = DuoPreflight.pip(voor, fout, PEILDATUM);
    assertThat(nee.codes()).as("refused version").containsExactly(code);
    int index = voor.pip().map(p -> p.versies().size()).orElse(0);
    assertThat(nee.findings()).allSatisfy(f ->
        assertThat(f.pointer().tokens().subList(0, 3)).containsExactly("pip", "versies", String.valueOf(index)));
    assertThat(nee.isValid()).isEqualTo(Regels.get(code).severity() != Severity.ERROR);
  }

  @Test
  void theRulesAreTheCataloguesDuoRules() {
    assertThat(DuoPreflight.regels()).isNotEmpty().allSatisfy(r -> assertThat(r.grondslagen())
        .anyMatch(g -> g.instrument() == Instrument.DUO_M2M));
    assertThat(DuoPreflight.regels().stream().map(Regel::code))
        .contains("PIP-001", "PIP-002", "PIP-003", "PIP-004", "PIP-005", "PIP-006", "PIP-007", "PIP-008", "PIP-009",
            "PM-001", "PM-002", "PM-003", "PM-004", "PM-005", "PM-006", "PM-007", "PM-008", "ZR-004")
        .doesNotContain("PIP-015", "PM-009");
  }

  @Test
  void onlyFindingsAboutTheNewVersionAndOnlyDuoRules() {
    // the first version breaks PIP-004 (A2 in the onderwijsroute) and the law's PIP-015 (no PVT hours)
    Dossier d = Voorbeelden.eerstePip(Voorbeelden.basis(),
        b -> Voorbeelden.onderwijsroute(b).niveau(NiveauPip.A2).pvtUren(null));
    assertThat(io.github.inburgering.core.regels.Validator.standaard().validate(d, PEILDATUM).codes())
        .contains("PIP-004", "PIP-015");
    // the new version has no PVT hours either (PIP-015, not a DUO rule) but is fine for DUO
    PipVersie nieuw = Voorbeelden.onderwijsroute(Voorbeelden.versie(0)).pvtUren(null)
        .dagtekening(LocalDate.of(2024, 6, 1)).redenWijziging(RedenWijziging.OVERIG).build();
    assertThat(DuoPreflight.pip(d, nieuw, PEILDATUM).findings()).isEmpty();
  }

  @Test
  void messagesFollowTheLanguage() {
    PipVersie fout = eerste(b -> b.niveau(NiveauPip.A2));
    Finding nl = DuoPreflight.pip(zonderPip(), fout, PEILDATUM).findings().get(0);
    Finding en = DuoPreflight.pip(zonderPip(), fout, PEILDATUM, Locale.ENGLISH).findings().get(0);
    assertThat(en.code()).isEqualTo(nl.code());
    assertThat(en.message()).isNotEqualTo(nl.message());
  }

  @Test
  void theNextVersionOfAValidDossierIsAcceptedWhenItKeepsItsRoute() {
    qt(300).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      PipVersie actueel = g.dossier().pip().orElseThrow().actueel();
      PipVersie volgende = actueel.toBuilder().dagtekening(g.peildatum())
          .redenWijziging(RedenWijziging.OVERIG).build();
      assertThat(DuoPreflight.pip(g.dossier(), volgende, g.peildatum()).findings(Severity.ERROR)).isEmpty();
    });
  }

  // ------------------------------------------------------------------ PVT and MAP

  private static final LocalDate EINDE_TERMIJN = LocalDate.of(2027, 3, 14);

  /**
   * One row per rule: the code, the dossier before sending, a completion DUO accepts on the first
   * peildatum and one it refuses on the second. PM-005 to PM-008 interlock: with PM-002 (not in the
   * future) a culpability on a completion before the end of the termijn also breaks PM-005, so the
   * refused rows of PM-006 and PM-007 break PM-005 too.
   */
  static Stream<Arguments> pvtMapRegels() {
    Dossier basis = Voorbeelden.basis();
    Dossier zRoute = Voorbeelden.eerstePip(basis, Voorbeelden::zRoute)
        .toBuilder().zrouteAfgerond(LocalDate.of(2025, 1, 31)).build();
    LocalDate naTermijn = EINDE_TERMIJN.plusMonths(3);
    return Stream.of(
        // not before the start of the termijn (2024-03-15)
        Arguments.of("PM-001", basis, PEILDATUM, Afronding.op(LocalDate.of(2024, 3, 15)),
            PEILDATUM, Afronding.op(LocalDate.of(2024, 3, 14))),
        // not in the future
        Arguments.of("PM-002", basis, PEILDATUM, Afronding.op(PEILDATUM),
            PEILDATUM, Afronding.op(PEILDATUM.plusDays(1))),
        // not after the completion of the Z-route (2025-01-31)
        Arguments.of("PM-003", zRoute, PEILDATUM, Afronding.op(LocalDate.of(2025, 1, 31)),
            PEILDATUM, Afronding.op(LocalDate.of(2025, 2, 1))),
        // the gemeente has a PIP: the same completion, sent for the dossier without a PIP
        Arguments.of("PM-004", basis, PEILDATUM, Afronding.op(LocalDate.of(2025, 1, 10)),
            PEILDATUM, null),
        // culpability only for a completion after the termijn
        Arguments.of("PM-005", basis, naTermijn, new Afronding(EINDE_TERMIJN.plusDays(1), Optional.of(true)),
            naTermijn, new Afronding(EINDE_TERMIJN.minusDays(1), Optional.of(false))),
        // 'Ja' only when the termijn is exceeded
        Arguments.of("PM-006", basis, naTermijn, new Afronding(EINDE_TERMIJN.plusDays(1), Optional.of(true)),
            EINDE_TERMIJN.minusDays(10), new Afronding(EINDE_TERMIJN.minusDays(20), Optional.of(true))),
        // 'Nee' only when the termijn ends within two months
        Arguments.of("PM-007", basis, naTermijn, new Afronding(EINDE_TERMIJN.plusDays(1), Optional.of(false)),
            EINDE_TERMIJN.minusMonths(3), new Afronding(EINDE_TERMIJN.minusMonths(3), Optional.of(false))),
        // after the termijn, culpability is stated
        Arguments.of("PM-008", basis, naTermijn, new Afronding(EINDE_TERMIJN.plusDays(1), Optional.of(false)),
            naTermijn, Afronding.op(EINDE_TERMIJN.plusDays(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pvtMapRegels")
  void eachPvtAndMapRuleAcceptsOneAndRefusesTheOther(String code, Dossier voor, LocalDate peildatumGoed,
      Afronding goed, LocalDate peildatumFout, Afronding fout) {
    assertThat(DuoPreflight.pvt(voor, goed, peildatumGoed).findings()).as("accepted PVT").isEmpty();
    assertThat(DuoPreflight.map(voor, goed, peildatumGoed).findings()).as("accepted MAP").isEmpty();
    Dossier dossier = fout == null ? voor.toBuilder().pip(null).build() : voor;
    Afronding verzonden = fout == null ? goed : fout;
    Report pvt = DuoPreflight.pvt(dossier, verzonden, peildatumFout);
    assertThat(pvt.codes()).as("refused PVT").contains(code);
    assertThat(pvt.findings()).allSatisfy(f -> assertThat(f.pointer().tokens().get(0)).isEqualTo("pvt"));
    Report map = DuoPreflight.map(dossier, verzonden, peildatumFout);
    assertThat(map.codes()).as("refused MAP").contains(code);
    assertThat(map.findings()).allSatisfy(f -> assertThat(f.pointer().tokens().get(0)).isEqualTo("map"));
    if (!code.equals("PM-006") && !code.equals("PM-007")) {
      assertThat(pvt.codes()).containsExactly(code);
    }
  }

  @Test
  void pvtMapChecksBothCompletionsOfTheDossier() {
    Dossier d = Voorbeelden.basis().toBuilder()
        .pvt(Afronding.op(LocalDate.of(2024, 3, 1)))       // PM-001
        .map(Afronding.op(PEILDATUM.plusDays(5)))          // PM-002
        .build();
    Report r = DuoPreflight.pvtMap(d, PEILDATUM);
    assertThat(r.codes()).containsExactly("PM-001", "PM-002");
    assertThat(r.findings()).extracting(f -> f.pointer().toString()).containsExactly("/map/datum", "/pvt/datum");
  }

  @Test
  void theZrouteCompletionIsOnlyForTheZroute() {
    Dossier zRoute = Voorbeelden.eerstePip(Voorbeelden.basis(), Voorbeelden::zRoute);
    assertThat(DuoPreflight.zroute(zRoute, LocalDate.of(2025, 1, 31), PEILDATUM).findings()).isEmpty();
    assertThat(DuoPreflight.zroute(Voorbeelden.basis(), LocalDate.of(2025, 1, 31), PEILDATUM).codes())
        .containsExactly("ZR-004");
  }

  @Test
  void lawRulesOnTheMapAreNotDuoAcceptanceRules() {
    // PM-009 (no MAP eindgesprek in the onderwijsroute) rests on the law, not on DUO: not checked here
    Dossier onderwijs = Voorbeelden.eerstePip(Voorbeelden.basis(),
        b -> Voorbeelden.onderwijsroute(b).map(MapAfspraak.nietVanToepassing()));
    assertThat(onderwijs.pip().orElseThrow().actueel().leerroute()).isEqualTo(Leerroute.ONDERWIJSROUTE);
    assertThat(DuoPreflight.map(onderwijs, Afronding.op(LocalDate.of(2025, 1, 10)), PEILDATUM).findings())
        .isEmpty();
    assertThat(DuoPreflight.regels()).extracting(Regel::code).doesNotContain("PM-009");
  }
}
