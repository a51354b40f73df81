package io.github.inburgering.core.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inburgering.core.InburgeringException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegelcatalogusTest {

  @Test
  void atLeastFortyRulesWithUniqueStableCodes() {
    List<Regel> alle = Regels.alle();
    assertThat(alle).hasSizeGreaterThanOrEqualTo(40);
    assertThat(alle).extracting(Regel::code).doesNotHaveDuplicates()
        .allMatch(c -> c.matches("(ID|CD|JS|PL|VR|ON|BI|PIP|OR|ZR|PM|TR|MB|LN|EX|ST|PV|TV|IN|SW|AF|VZ|VL|TE|VD|BO|BC|DG|EI)-\\d{3}"));
    assertThat(alle).extracting(Regel::code).isSorted();
  }

  @Test
  void everyRuleHasTitlesBasisGradeAndMessages() {
    for (Regel r : Regels.alle()) {
      assertThat(r.titelNl()).as(r.code()).isNotBlank();
      assertThat(r.titelEn()).as(r.code()).isNotBlank();
      assertThat(r.grondslagen()).as(r.code()).isNotEmpty();
      assertThat(Meldingen.heeft(r.code(), Regels.NEDERLANDS)).as(r.code()).isTrue();
      assertThat(Meldingen.heeft(r.code(), Locale.ENGLISH)).as(r.code()).isTrue();
      assertThat(r.geldigheid().start()).as(r.code()).isAfterOrEqualTo(Regels.INWERKINGTREDING);
      if (r.sourceGrade() == SourceGrade.UNCERTAIN) {
        assertThat(r.toelichting()).as("UNCERTAIN rule %s explains itself", r.code()).isPresent();
      }
    }
  }

  @Test
  void ruleSetIsDated() {
    List<String> in2022 = Regels.geldendOp(LocalDate.of(2022, 6, 1)).stream().map(Regel::code).toList();
    List<String> in2023 = Regels.geldendOp(LocalDate.of(2023, 6, 1)).stream().map(Regel::code).toList();
    assertThat(in2022).contains("ZR-005", "BI-002", "TR-008");
    assertThat(in2023).doesNotContain("ZR-005", "BI-002", "TR-008");
    assertThat(in2023).hasSize(in2022.size() - 3);
    assertThat(Regels.geldendOp(LocalDate.of(2021, 12, 31))).isEmpty();
  }

  @Test
  void messagesDependOnTheLocaleLanguageOnlyNotOnTheJvmDefault() {
    Locale vorige = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(Regels.get("PIP-004").finding(Pointer.root(), Regels.NEDERLANDS).message())
          .isEqualTo("Niveau A2 is niet toegestaan in de onderwijsroute.");
      assertThat(Regels.get("PIP-004").finding(Pointer.root(), Locale.UK).message())
          .isEqualTo("Level A2 is not allowed in the onderwijsroute.");
      assertThat(Regels.get("BI-003").finding(Pointer.root(), Locale.ENGLISH, "2024-01-01").message())
          .contains("PIP's dagtekening");
    } finally {
      Locale.setDefault(vorige);
    }
  }

  @Test
  void unknownCodeIsTyped() {
    assertThat(Regels.zoek("XX-999")).isEmpty();
    assertThatThrownBy(() -> Regels.get("XX-999"))
        .isInstanceOfSatisfying(InburgeringException.class,
            e -> assertThat(e.reason()).isEqualTo(InburgeringException.Reason.UNKNOWN_CODE));
  }

  @Test
  void grondslagCitesArticleAndInstrument() {
    assertThat(Grondslag.wi("15 lid 1 onder c")).hasToString("art. 15 lid 1 onder c Wi");
    assertThat(Grondslag.duo("PIP, Niveau")).hasToString("DUO M2M acceptatieregel (PIP, Niveau)");
  }
}
