package io.github.inburgering.core.traject;

import static io.github.inburgering.core.traject.TransitiesTabelTest.ASIEL;
import static io.github.inburgering.core.traject.TransitiesTabelTest.B1;
import static io.github.inburgering.core.traject.TransitiesTabelTest.GEZIN;
import static io.github.inburgering.core.traject.TransitiesTabelTest.Z;
import static io.github.inburgering.core.traject.TransitiesTabelTest.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.regels.Regel;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails when the lifecycle gains a rule, a reused rule or a table row without a case in {@link
 * TransitiesTabelTest} or {@link BoeteTabelTest}; and checks that every event the table does not
 * allow is refused with ST-004 (ST-003 in a terminal phase).
 */
class TransitiesVolledigheidTest {
  /** The dossier rules the lifecycle reuses (see CatalogusTransities). */
  static final Set<String> HERGEBRUIKT = Set.of("PIP-004", "PIP-005", "PIP-006", "PIP-011",
      "PIP-012", "PIP-013", "PIP-023", "PIP-024", "PIP-025", "TR-004", "TR-005", "TR-006", "TR-007",
      "TR-008", "TR-009", "TR-010", "ON-001", "ON-002", "ON-004");
  private static final LocalDate E = d(2027, 4, 1);
  private static final Pattern CODE = Pattern.compile("\"([A-Z]{2,3}-\\d{3})\"");

  static List<Geval> alle() {
    List<Geval> l = new ArrayList<>(TransitiesTabelTest.gevallen());
    l.addAll(BoeteTabelTest.gevallen());
    return l;
  }

  /** Every code literal in the engine's sources. */
  static Set<String> codesInBron() throws IOException {
    Set<String> s = new TreeSet<>();
    Path dir = Path.of("src/main/java/io/github/inburgering/core/traject");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(p));
        while (m.find()) {
          s.add(m.group(1));
        }
      }
    }
    return s;
  }

  static Set<String> transitieregels() {
    Set<String> s = new TreeSet<>();
    Regels.alle().stream().filter(r -> r.peilmoment() == Regel.Peilmoment.TRANSITIE)
        .forEach(r -> s.add(r.code()));
    return s;
  }

  @Test
  void everyRuleOfTheLifecycleHasACase() throws IOException {
    Set<String> bron = codesInBron();
    assertThat(bron).as("the engine uses the reused rules").containsAll(HERGEBRUIKT);
    assertThat(bron).as("the engine uses every TRANSITIE rule").containsAll(transitieregels());
    Set<String> vereist = new TreeSet<>(transitieregels());
    vereist.addAll(bron);
    Set<String> gedekt = new TreeSet<>();
    alle().forEach(g -> gedekt.addAll(g.codes()));
    assertThat(gedekt).as("codes without a case").containsAll(vereist);
  }

  @Test
  void everyErrorRuleHasARefusalAndEveryEffectAnAcceptedCase() throws IOException {
    Set<String> geweigerd = new TreeSet<>();
    Set<String> aanvaard = new TreeSet<>();
    for (Geval g : alle()) {
      (g.isAanvaard() ? aanvaard : geweigerd).addAll(g.codes());
    }
    for (String code : codesInBron()) {
      Severity s = Regels.get(code).severity();
      if (s == Severity.ERROR) {
        assertThat(geweigerd).as("refusal by %s", code).contains(code);
      } else {
        assertThat(aanvaard).as("accepted case showing %s", code).contains(code);
      }
    }
  }

  @Test
  void everyRowOfTheTableIsReachedByAnAcceptedCase() {
    Set<Overgang> bereikt = new java.util.HashSet<>();
    alle().forEach(g -> g.overgang().ifPresent(bereikt::add));
    assertThat(bereikt).as("rows reached").containsExactlyInAnyOrderElementsOf(
        Set.copyOf(Transities.tabel()));
  }

  @Test
  void theHelperBuildsEveryPhase() {
    for (Fase f : Fase.values()) {
      assertThat(Trajecten.in(f).fase()).isEqualTo(f);
    }
  }

  /** One event of each kind, dated {@code d}. */
  static Gebeurtenis voorbeeld(Gebeurtenissoort s, LocalDate d) {
    return switch (s) {
      case PLICHT_ONTSTAAN -> new Gebeurtenis.PlichtOntstaan(d, ASIEL, d);
      case TIJDELIJKE_VRIJSTELLING -> new Gebeurtenis.TijdelijkeVrijstelling(d);
      case PLICHT_HERVAT -> new Gebeurtenis.PlichtHervat(d, false);
      case VRIJSTELLING -> TransitiesTabelTest.geheleVrijstelling(d);
      case BREDE_INTAKE_GESTART -> new Gebeurtenis.BredeIntakeGestart(d);
      case INTAKE_VERZUIM -> new Gebeurtenis.IntakeVerzuim(d, Verwijtbaarheid.OPZET, false);
      case PIP_VASTGESTELD -> Gebeurtenis.PipVastgesteld.of(d, B1);
      case LEERROUTE_GEWIJZIGD -> Gebeurtenis.LeerrouteGewijzigd.naar(d, Z);
      case AFGESCHAALD -> Gebeurtenis.Afgeschaald.geheel(d);
      case VERHUISD -> TransitiesTabelTest.verhuisd(d, Trajecten.AMSTERDAM, Trajecten.ROTTERDAM);
      case VERLENGING_AANGEVRAAGD -> new Gebeurtenis.VerlengingAangevraagd(d);
      case VERLENGING_AFGEWEZEN -> new Gebeurtenis.VerlengingAfgewezen(d);
      case TERMIJN_VERLENGD -> TransitiesTabelTest.verlengd(Verlengingsgrond.ZIEKTE,
          Period.ofMonths(3), null, d);
      case ONTHEFFING -> TransitiesTabelTest.geheleOntheffing(d);
      case EXAMENUITSLAG -> TransitiesTabelTest.examen(d, Examenonderdeel.KNM);
      case PVT_AFGEROND -> TransitiesTabelTest.pvt(d);
      case MAP_AFGEROND -> TransitiesTabelTest.map(d);
      case UREN_GEVOLGD -> TransitiesTabelTest.uren(d, Urensoort.NT2, 1);
      case TAALSCHAKELTRAJECT_AFGEROND -> new Gebeurtenis.TaalschakeltrajectAfgerond(d);
      case EINDGESPREK_GEVOERD -> new Gebeurtenis.EindgesprekGevoerd(d);
      case TERMIJN_VERSTREKEN -> new Gebeurtenis.TermijnVerstreken(d);
      case DUO_BOETE -> BoeteTabelTest.duo(d, Set.of(Boetesoort.PVT_MAP));
      case COLLEGE_BOETE -> BoeteTabelTest.college(d, Verwijtbaarheid.OPZET);
      case DOELGROEP_GEWIJZIGD -> new Gebeurtenis.DoelgroepGewijzigd(d, GEZIN);
      case PLICHT_BEEINDIGD -> new Gebeurtenis.PlichtBeeindigd(d, Beeindigingsgrond.VERTREK);
    };
  }

  static Stream<Arguments> nietInDeTabel() {
    List<Arguments> l = new ArrayList<>();
    for (Fase f : Fase.values()) {
      for (Gebeurtenissoort s : Gebeurtenissoort.values()) {
        if (!Transities.isToegestaan(f, s)) {
          l.add(Arguments.of(f, s));
        }
      }
    }
    return l.stream();
  }

  @ParameterizedTest(name = "{0} --{1}--> refused")
  @MethodSource("nietInDeTabel")
  void everyPairNotInTheTableIsRefused(Fase fase, Gebeurtenissoort soort) {
    Traject t = Trajecten.in(fase);
    Gebeurtenis g = voorbeeld(soort, E);
    assertThat(g.soort()).isEqualTo(soort);
    Uitkomst u = Transities.toepassen(t, g, Trajecten.PEIL);
    assertThat(u.isAanvaard()).as(u.report().toString()).isFalse();
    assertThat(u.report().codes()).containsExactly(fase.isEindtoestand() ? "ST-003" : "ST-004");
    assertThat(u.report().findings().get(0).pointer().toString()).isEqualTo("/gebeurtenis");
    assertThat(u.traject()).isEqualTo(t);
    String en = Transities.toepassen(t, g, Trajecten.PEIL, java.util.Locale.ENGLISH).report()
        .findings().get(0).message();
    assertThat(en).doesNotContain("{").contains(fase.en());
    if (!fase.isEindtoestand()) {
      assertThat(en).contains(soort.en());
      assertThat(u.report().findings().get(0).message()).contains(soort.nl(), fase.nl());
    }
  }

  @Test
  void theTableAndIsToegestaanAgree() {
    for (Overgang o : Transities.tabel()) {
      assertThat(Transities.isToegestaan(o.van(), o.soort())).as(o.toString()).isTrue();
      assertThat(o.van().isEindtoestand()).as(o.toString()).isFalse();
    }
    assertThat(nietInDeTabel().count() + Transities.tabel().stream()
        .map(o -> List.of(o.van(), o.soort())).distinct().count())
        .isEqualTo((long) Fase.values().length * Gebeurtenissoort.values().length);
  }
}
