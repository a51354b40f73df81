package io.github.inburgering.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.BredeIntake;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Inburgeraar;
import io.github.inburgering.core.model.Inburgeringsplicht;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.MapAfspraak;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Pip;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Severity;
import io.github.inburgering.core.regels.Validator;
import io.github.inburgering.core.traject.Fase;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Transities;
import io.github.inburgering.core.traject.Uitkomst;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's code examples, compiled and run; a test fails when the README's copy drifts. */
class ReadmeVoorbeeldTest {

  @Test
  void readmeExampleRunsAsDocumented() {
    // README-BEGIN
    Dossier dossier = Dossier.builder()
        .inburgeraar(Inburgeraar.builder()
            .bsn(Bsn.parse("111222333"))
            .geboortedatum(LocalDate.of(1994, 5, 17))
            .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
            .gemeente(Gemeentecode.parse("0363"))
            .build())
        .plicht(Inburgeringsplicht.lopend(
            LocalDate.of(2023, 11, 20), PlichtGrond.NIET_TIJDELIJK_VERBLIJF, LocalDate.of(2024, 1, 22)))
        .bredeIntake(BredeIntake.builder().startdatum(LocalDate.of(2024, 2, 12)).build())
        .pip(Pip.of(PipVersie.builder()
            .dagtekening(LocalDate.of(2024, 3, 14))
            .gemeente(Gemeentecode.parse("0363"))
            .leerroute(Leerroute.ONDERWIJSROUTE)
            .niveau(NiveauPip.A2)                  // not allowed in the onderwijsroute
            .pvtUren(16)
            .map(MapAfspraak.nietVanToepassing())
            .voortgangsgesprekken(6)
            .build()))
        .build();

    Report report = Validator.standaard().validate(dossier, LocalDate.of(2026, 5, 1));
    report.isValid();                         // false
    report.has("PIP-004");                    // true: A2 in the onderwijsroute
    report.findings(Severity.ERROR);          // every error, with code, pointer, message, article
    // README-END
    assertThat(report.isValid()).isFalse();
    assertThat(report.has("PIP-004")).isTrue();
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("PIP-004");
      assertThat(f.pointer()).hasToString("/pip/versies/0/niveau");
      assertThat(f.message()).isEqualTo("Niveau A2 is niet toegestaan in de onderwijsroute.");
    });
    assertThatThrownBy(() -> Bsn.parse("123"))
        .isInstanceOfSatisfying(InburgeringException.class,
            e -> assertThat(e.reason()).isEqualTo(InburgeringException.Reason.FORMAT));
  }

  @Test
  void readmeLifecycleExampleRunsAsDocumented() {
    // README-LEVENSCYCLUS-BEGIN
    LocalDate peildatum = LocalDate.of(2025, 12, 1);
    List<Gebeurtenis> gebeurtenissen = List.of(
        new Gebeurtenis.PlichtOntstaan(
            LocalDate.of(2022, 2, 14), Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2022, 3, 1)),
        new Gebeurtenis.BredeIntakeGestart(LocalDate.of(2022, 3, 21)),
        Gebeurtenis.PipVastgesteld.of(LocalDate.of(2022, 5, 9), Leerroute.B1_ROUTE),
        Gebeurtenis.Afgeschaald.geheel(LocalDate.of(2022, 9, 1)));

    Uitkomst uitkomst = Transities.afspelen(gebeurtenissen, peildatum);
    uitkomst.isAanvaard();                    // false: afschalen needs 600 NT2 hours first
    uitkomst.report().codes();                // [PIP-024], at /gebeurtenissen/3
    uitkomst.traject().fase();                // IN_TRAJECT: the traject before the refused event

    String uitleg = Transities.verklaar(uitkomst.traject(), gebeurtenissen.get(3), peildatum,
        Locale.ENGLISH);                      // every rule checked, with its article
    // README-LEVENSCYCLUS-END
    assertThat(uitkomst.isAanvaard()).isFalse();
    assertThat(uitkomst.report().codes()).containsExactly("PIP-024");
    assertThat(uitkomst.report().findings().get(0).pointer()).hasToString("/gebeurtenissen/3");
    assertThat(uitkomst.traject().fase()).isEqualTo(Fase.IN_TRAJECT);
    assertThat(uitleg).contains("✗ PIP-024", "art. 5.5 lid 1 BI", "Result: refused, traject unchanged");
  }

  @Test
  void readmeShowsTheSameCode() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (String blok : List.of("README", "README-LEVENSCYCLUS")) {
      assertThat(readme).as("README.md's example equals the code between the " + blok + " markers")
          .contains("```java\n" + code(blok) + "\n```");
    }
  }

  private static String code(String blok) throws IOException {
    Path bron = Path.of("src/test/java/io/github/inburgering/examples/ReadmeVoorbeeldTest.java");
    List<String> regels = Files.readAllLines(bron, StandardCharsets.UTF_8);
    int begin = regels.indexOf("    // " + blok + "-BEGIN");
    int eind = regels.indexOf("    // " + blok + "-END");
    assertThat(begin).as(blok + " markers").isNotNegative().isLessThan(eind);
    return regels.subList(begin + 1, eind).stream()
        .map(r -> r.length() >= 4 ? r.substring(4) : r.strip())
        .collect(Collectors.joining("\n"));
  }
}
