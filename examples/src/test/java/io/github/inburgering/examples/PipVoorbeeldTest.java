package io.github.inburgering.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.regels.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PipVoorbeeldTest {

  @Test
  void validDossierHasNoFindingsAndTheChangedOneNamesTheBrokenRules() {
    LocalDate peildatum = LocalDate.of(2026, 5, 1);
    assertThat(Validator.standaard().validate(PipVoorbeeld.geldigDossier(), peildatum).findings()).isEmpty();
    assertThat(Validator.standaard().validate(PipVoorbeeld.dossierMetFouten(), peildatum).codes())
        .containsExactly("OR-001", "PIP-004", "PIP-018", "PIP-022", "PIP-023");
  }

  @Test
  void mainPrintsBothReportsWithoutPersonalData() {
    PrintStream vorige = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      PipVoorbeeld.main(new String[0]);
    } finally {
      System.setOut(vorige);
    }
    String uit = buf.toString(StandardCharsets.UTF_8);
    assertThat(uit).contains("geldig: ja, bevindingen: 0", "geldig: nee", "PIP-004", "/pip/versies/1/niveau",
        "Level A2 is not allowed in the onderwijsroute.");
    assertThat(uit).doesNotContain("111222333").doesNotContain("1994-05-17");
  }
}
