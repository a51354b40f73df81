package io.github.inburgering.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.traject.Fase;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Traject;
import io.github.inburgering.core.traject.Transities;
import io.github.inburgering.core.traject.Uitkomst;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs {@link TrajectVoorbeeld} and checks the lines the README's demo shows. */
class TrajectVoorbeeldTest {

  @Test
  void onlyTheFirstAfschalenIsRefused() {
    List<Integer> geweigerd = new ArrayList<>();
    Traject traject = Traject.nieuw();
    List<Gebeurtenis> stappen = TrajectVoorbeeld.gebeurtenissen();
    for (int i = 0; i < stappen.size(); i++) {
      Uitkomst u = Transities.toepassen(traject, stappen.get(i), TrajectVoorbeeld.PEILDATUM);
      if (!u.isAanvaard()) {
        geweigerd.add(i + 1);
        assertThat(u.report().codes()).containsExactly("PIP-024");
      }
      traject = u.traject();
    }
    assertThat(geweigerd).containsExactly(TrajectVoorbeeld.AFSCHALEN_GEWEIGERD);
    assertThat(traject.fase()).isEqualTo(Fase.VOLDAAN);
    assertThat(traject.huidigeEinddatum()).contains(LocalDate.of(2025, 11, 9));
  }

  @Test
  void mainPrintsEachStepAndTheReasoning() {
    String uit = draai(TrajectVoorbeeld::main);
    assertThat(uit).contains(
        " 1. 2022-02-14 plicht ontstaan",
        " 4. 2022-05-09 PIP vastgesteld              aanvaard, toestand in traject",
        "PV-002 De termijn loopt van 2022-05-10 tot en met 2025-05-09",
        " 7. 2023-07-14 afgeschaald naar A2          geweigerd, traject ongewijzigd",
        "PIP-024 Afschalen naar A2 vraagt 600 cursusuren NT2; het dossier telt er 468.",
        " 9. 2024-01-12 afgeschaald naar A2          aanvaard, toestand in traject",
        "AF-002 Afgeschaald naar A2: SC, SP (na 648 cursusuren NT2).",
        "VL-003 Termijn verlengd met P6M (ISO 8601); de termijn eindigt op 2025-11-09.",
        "17. 2025-06-03 examenuitslag                aanvaard, toestand voldaan",
        "VD-001 De inburgeringsplicht is op 2025-06-03 voldaan",
        "  ✗ PIP-024 Afschalen naar A2 na 600 cursusuren NT2",
        "Uitkomst: geweigerd, traject ongewijzigd",
        "  → AF-002 Afgeschaald naar A2: SC, SP (na 648 cursusuren NT2).",
        "Uitkomst: aanvaard, toestand in traject",
        "  ✓ PIP-024 Afschalen to A2 after 600 NT2 course hours",
        "Result: accepted, state in traject");
  }

  @Test
  void theDemoShowsTheLifecycleAfterTheReports() {
    String uit = draai(PipVoorbeeld::main);
    assertThat(uit.indexOf("3. Hetzelfde rapport in het Engels"))
        .isPositive()
        .isLessThan(uit.indexOf("Levenscyclus: een asielstatushouder in de B1-route"));
    assertThat(uit).doesNotContain("111222333");
  }

  private static String draai(Consumer<String[]> main) {
    PrintStream vorige = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      main.accept(new String[0]);
    } finally {
      System.setOut(vorige);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
