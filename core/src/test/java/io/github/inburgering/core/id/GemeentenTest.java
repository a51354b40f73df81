package io.github.inburgering.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inburgering.core.InburgeringException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GemeentenTest {
  private final Gemeenten g = Gemeenten.standaard();

  @ParameterizedTest(name = "{1} gemeenten on {0}")
  @CsvSource({"2022-01-01, 345", "2022-03-24, 344", "2023-01-01, 342", "2024-01-01, 342", "2026-01-01, 342"})
  void numberOfGemeentenPerDate(LocalDate datum, int aantal) {
    assertThat(g.geldigOp(datum)).hasSize(aantal);
  }

  @Test
  void weespJoinedAmsterdamOn24March2022() {
    Gemeentecode weesp = Gemeentecode.parse("0457");
    assertThat(g.bestaatOp(weesp, LocalDate.of(2022, 3, 23))).isTrue();
    assertThat(g.bestaatOp(weesp, LocalDate.of(2022, 3, 24))).isFalse();
    assertThat(g.opDatum(Gemeentecode.parse("0363"), LocalDate.of(2026, 1, 1)))
        .hasValueSatisfying(x -> assertThat(x.naam()).isEqualTo("Amsterdam"));
  }

  @Test
  void voorneAanZeeExistsFrom2023() {
    Gemeentecode vaz = Gemeentecode.parse("1992");
    assertThat(g.bestaatOp(vaz, LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(g.bestaatOp(vaz, LocalDate.of(2023, 1, 1))).isTrue();
  }

  @Test
  void unknownCodeIsNoGemeente() {
    assertThat(g.bestaatOp(Gemeentecode.parse("9999"), LocalDate.of(2024, 1, 1))).isFalse();
  }

  @Test
  void ownRegisterCanBeLoadedAndMalformedRowsAreRejected() {
    Gemeenten eigen = Gemeenten.lees(new StringReader(
        "# test\ncode;naam;geldigVanaf;geldigTot\n0001;Nieuwstad;2027-01-01;\n"));
    assertThat(eigen.bestaatOp(Gemeentecode.parse("0001"), LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(eigen.size()).isEqualTo(1);
    assertThatThrownBy(() -> Gemeenten.lees(new StringReader("code;naam;geldigVanaf;geldigTot\n1;X;2027-01-01;\n")))
        .isInstanceOf(InburgeringException.class).hasMessageContaining("gemeenten.csv:2");
    assertThatThrownBy(() -> Gemeenten.lees(new StringReader("code;naam\n")))
        .isInstanceOf(InburgeringException.class);
  }
}
