package io.github.inburgering.core.traject;

import static io.github.inburgering.core.traject.TransitiesTabelTest.B1;
import static io.github.inburgering.core.traject.TransitiesTabelTest.ASIEL;
import static io.github.inburgering.core.traject.TransitiesTabelTest.OR;
import static io.github.inburgering.core.traject.TransitiesTabelTest.Z;
import static io.github.inburgering.core.traject.TransitiesTabelTest.d;
import static io.github.inburgering.core.traject.Trajecten.PEIL;
import static io.github.inburgering.core.traject.Trajecten.SCHAKELGRENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.regels.Regels;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Transities#verklaar} in Dutch and English, {@link Transities#afspelen} and purity. */
class TransitiesVerklaarTest {
  private static final Pattern REGEL = Pattern.compile("^  ([✓✗→-]) ([A-Z]{2,3}-\\d{3}) ",
      Pattern.MULTILINE);

  private static List<String> regels(String uitleg, String teken) {
    List<String> l = new ArrayList<>();
    Matcher m = REGEL.matcher(uitleg);
    while (m.find()) {
      if (m.group(1).equals(teken)) {
        l.add(m.group(2));
      }
    }
    return l;
  }

  @Test
  void verklaarInDutchNamesTheBrokenRuleAndTheRefusal() {
    String s = Transities.verklaar(Trajecten.inTraject(B1),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS.plusDays(1), Z), PEIL, Regels.NEDERLANDS);
    assertThat(s).startsWith(
        "Gebeurtenis: leerroute gewijzigd op 2025-09-03, toestand in traject\n");
    assertThat(regels(s, "✓")).containsExactly("ST-001", "ST-002", "ST-003", "ST-004", "SW-001",
        "SW-002");
    assertThat(regels(s, "✗")).containsExactly("PIP-023");
    assertThat(s).contains("  ✗ PIP-023 Leerroute wijzigen binnen anderhalf jaar na de start van"
        + " de termijn: De leerroute is gewijzigd na 2025-09-02")
        .contains("5.4 lid 1").doesNotContain("→", "{")
        .endsWith("Uitkomst: geweigerd, traject ongewijzigd\n");
  }

  @Test
  void verklaarInEnglishNamesTheEffectsAndTheNewState() {
    String s = Transities.verklaar(Trajecten.inTraject(OR),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS.plusDays(1), B1), PEIL, Locale.ENGLISH);
    assertThat(s).startsWith("Event: leerroute changed on 2025-09-03, state in traject\n");
    assertThat(regels(s, "✗")).isEmpty();
    assertThat(regels(s, "→")).containsExactly("SW-004", "PM-013", "SW-003");
    assertThat(s).contains("  ✓ PIP-023 Leerroute changes within 1.5 years of the termijn's start\n")
        .contains("  → SW-004 Change after 2025-09-02 allowed under art. 5.4 lid 1 Bi. [art. 5.4")
        .doesNotContain("{").endsWith("Result: accepted, state in traject\n");
    assertThat(Transities.verklaar(Trajecten.inTraject(B1),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS.plusDays(1), Z), PEIL, Locale.UK))
        .contains("  ✗ PIP-023 ").endsWith("Result: refused, traject unchanged\n");
  }

  @Test
  void verklaarNamesTheDuoEvent() {
    assertThat(Transities.verklaar(Traject.nieuw(), new Gebeurtenis.PlichtOntstaan(
        Trajecten.PLICHT, ASIEL, Trajecten.KENNISGEVING), PEIL, Locale.ENGLISH))
        .startsWith("Event: plicht arises on 2024-01-10 (SS139), state not obliged\n")
        .contains("  → PV-001 ").endsWith("Result: accepted, state notified\n");
  }

  @Test
  void verklaarShowsARuleNotInForce() {
    Traject t = Trajecten.na(Traject.nieuw(), new Gebeurtenis.PlichtOntstaan(d(2022, 2, 1), ASIEL,
        d(2022, 2, 1)), new Gebeurtenis.BredeIntakeGestart(d(2022, 2, 10)),
        Gebeurtenis.PipVastgesteld.of(d(2022, 3, 1), B1));
    Gebeurtenis in2023 = TransitiesTabelTest.verlengd(
        Verlengingsgrond.NIET_VRIJSTELLENDE_OPLEIDING, Period.ofYears(1), null, d(2023, 1, 1));
    Gebeurtenis in2022 = TransitiesTabelTest.verlengd(
        Verlengingsgrond.NIET_VRIJSTELLENDE_OPLEIDING, Period.ofYears(1), null, d(2022, 12, 31));
    assertThat(Transities.verklaar(t, in2023, PEIL, Regels.NEDERLANDS))
        .contains("  - TR-008 ", ": niet van kracht op 2023-01-01");
    assertThat(Transities.verklaar(t, in2023, PEIL, Locale.ENGLISH))
        .contains(": not in force on 2023-01-01");
    assertThat(regels(Transities.verklaar(t, in2022, PEIL, Locale.ENGLISH), "✗"))
        .containsExactly("TR-008");
  }

  /** The explanation and the outcome agree for every case of the tables, in both languages. */
  @Test
  void verklaarAgreesWithToepassenForEveryCase() {
    for (Geval g : TransitiesVolledigheidTest.alle()) {
      Uitkomst u = Transities.toepassen(g.start(), g.gebeurtenis(), PEIL);
      for (Locale taal : List.of(Regels.NEDERLANDS, Locale.ENGLISH)) {
        String s = Transities.verklaar(g.start(), g.gebeurtenis(), PEIL, taal);
        List<String> effecten = u instanceof Uitkomst.Aanvaard a
            ? a.effecten().stream().map(Effect::code).toList() : List.of();
        assertThat(regels(s, "→")).as("%s effects", g).isEqualTo(effecten);
        if (g.peilIsStandaard()) {
          assertThat(new java.util.TreeSet<>(regels(s, "✗"))).as("%s findings", g)
              .isEqualTo(u.report().codes());
        }
        assertThat(s).doesNotContain("{");
      }
    }
  }

  @Test
  void afspelenPointsIntoTheListAtTheRefusedEvent() {
    List<Gebeurtenis> gs = List.of(
        new Gebeurtenis.PlichtOntstaan(Trajecten.PLICHT, ASIEL, Trajecten.KENNISGEVING),
        new Gebeurtenis.BredeIntakeGestart(Trajecten.INTAKE),
        Gebeurtenis.PipVastgesteld.of(Trajecten.PIP, B1),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS.plusDays(1), Z),
        new Gebeurtenis.TermijnVerstreken(Trajecten.VERSTREKEN));
    Uitkomst u = Transities.afspelen(gs, PEIL);
    assertThat(u.isAanvaard()).isFalse();
    assertThat(u.report().codes()).containsExactly("PIP-023");
    assertThat(u.report().findings().get(0).pointer().toString())
        .isEqualTo("/gebeurtenissen/3/datum");
    assertThat(u.traject()).isEqualTo(Trajecten.inTraject(B1));

    Uitkomst volgorde = Transities.afspelen(List.of(gs.get(0), gs.get(2), gs.get(1)), PEIL);
    assertThat(volgorde.report().codes()).containsExactly("ST-004");
    assertThat(volgorde.report().findings().get(0).pointer().toString())
        .isEqualTo("/gebeurtenissen/1");
  }

  @Test
  void afspelenCollectsEffectsAndWarnings() {
    LocalDate laat = Trajecten.UITERSTE_PIP.plusDays(1);
    Uitkomst u = Transities.afspelen(List.of(
        new Gebeurtenis.PlichtOntstaan(Trajecten.PLICHT, ASIEL, Trajecten.KENNISGEVING),
        new Gebeurtenis.BredeIntakeGestart(Trajecten.INTAKE),
        Gebeurtenis.PipVastgesteld.of(laat, B1)), PEIL);
    assertThat(u.isAanvaard()).isTrue();
    assertThat(((Uitkomst.Aanvaard) u).effecten()).extracting(Effect::code)
        .containsExactly("PV-001", "IN-001", "PV-002");
    assertThat(u.report().isValid()).isTrue();
    assertThat(u.report().findings()).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("PIP-011"))
        .satisfies(f -> assertThat(f.pointer().toString()).isEqualTo("/gebeurtenissen/2/datum"));
    Uitkomst leeg = Transities.afspelen(Trajecten.inTraject(B1), List.of(), PEIL);
    assertThat(leeg).isEqualTo(new Uitkomst.Aanvaard(Trajecten.inTraject(B1), List.of(),
        io.github.inburgering.core.regels.Report.empty()));
  }

  @Test
  void toepassenIsPure() {
    for (Geval g : TransitiesVolledigheidTest.alle()) {
      Traject voor = g.start();
      int hash = voor.hashCode();
      Uitkomst a = Transities.toepassen(voor, g.gebeurtenis(), PEIL);
      Uitkomst b = Transities.toepassen(voor, g.gebeurtenis(), PEIL);
      assertThat(b).as(g.toString()).isEqualTo(a);
      assertThat(voor.hashCode()).isEqualTo(hash);
      if (!a.isAanvaard()) {
        assertThat(a.traject()).as(g.toString()).isEqualTo(voor);
      }
    }
    List<Gebeurtenis> gs = List.of(
        new Gebeurtenis.PlichtOntstaan(Trajecten.PLICHT, ASIEL, Trajecten.KENNISGEVING),
        new Gebeurtenis.BredeIntakeGestart(Trajecten.INTAKE),
        Gebeurtenis.PipVastgesteld.of(Trajecten.PIP, OR));
    assertThat(Transities.afspelen(gs, PEIL)).isEqualTo(Transities.afspelen(gs, PEIL));
  }
}
