package io.github.inburgering.core.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the catalogue. This test fails when the committed file
 * differs; regenerate with {@code mvn -pl core test -Dtest=RegelsDocumentTest -Dregenerate=true}.
 */
class RegelsDocumentTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");

  static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rule catalogue\n\n");
    sb.append("<!-- Generated from io.github.inburgering.core.regels.Regels by RegelsDocumentTest."
        + " Do not edit by hand. -->\n\n");
    Map<SourceGrade, Long> perGrade = Regels.alle().stream()
        .collect(Collectors.groupingBy(Regel::sourceGrade, () -> new EnumMap<>(SourceGrade.class), Collectors.counting()));
    sb.append(Regels.alle().size()).append(" rules. By source grade: ")
        .append(perGrade.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")))
        .append(".\n\n");
    sb.append("Severity: ERROR makes a document invalid; WARNING asks for a look at a condition that"
        + " rests on the college's judgment; INFO tells what a receiver will derive.\n\n");
    sb.append("Peilmoment: PEILDATUM rules apply when in force on the validation date; FEITDATUM rules"
        + " judge each fact by the rules in force on its own date (a PIP version by its dagtekening);"
        + " INVOER rules are checked while raw input is read; TRANSITIE rules decide the lifecycle"
        + " (Transities.toepassen) on the event date, as guards (ERROR) or effects (INFO).\n\n");
    sb.append("Source grades: LAW_TEXT (Wet, Besluit or Regeling read), DUO_SPECIFICATION (DUO's M2M"
        + " specification), GUIDANCE (professional guidance or a standard), UNCERTAIN (the research"
        + " marks it uncertain; the note says what the library does).\n\n");
    sb.append("| code | titel | title | severity | legal basis | source | valid | peilmoment |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (Regel r : Regels.alle()) {
      sb.append("| ").append(r.code())
          .append(" | ").append(r.titelNl())
          .append(" | ").append(r.titelEn())
          .append(" | ").append(r.severity())
          .append(" | ").append(r.grondslagen().stream().map(Object::toString).collect(Collectors.joining("; ")))
          .append(" | ").append(r.sourceGrade())
          .append(" | ").append(r.geldigheid())
          .append(" | ").append(r.peilmoment())
          .append(" |\n");
    }
    sb.append("\n## Notes\n\n");
    for (Regel r : Regels.alle()) {
      r.toelichting().ifPresent(t -> sb.append("- **").append(r.code()).append("** ").append(t).append('\n'));
    }
    return sb.toString().replace("\\d", "\\\\d");
  }

  @Test
  void committedDocumentMatchesTheCatalogue() throws IOException {
    String verwacht = markdown();
    if (Boolean.getBoolean("regenerate")) {
      Files.writeString(DOC, verwacht, StandardCharsets.UTF_8);
    }
    assertThat(DOC).as("docs/rules.md exists; regenerate with -Dregenerate=true").exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale; regenerate with -Dregenerate=true")
        .isEqualTo(verwacht);
  }
}
