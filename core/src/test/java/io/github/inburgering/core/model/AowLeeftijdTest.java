package io.github.inburgering.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AowLeeftijdTest {

  @ParameterizedTest(name = "born {0}: AOW on {1}")
  @CsvSource({
    "1956-01-01, 2022-08-01", // 66 years 7 months in 2022
    "1956-06-15, 2023-04-15", // 66 years 7 months would be 2023-01-15: 2023's 66 years 10 months applies
    "1957-03-01, 2024-03-01", // 66 years 10 months falls in 2024, where the age is 67
    "1960-12-31, 2027-12-31", // 67 years
    "1961-01-01, 2028-04-01", // 67 years 3 months from 2028
    "1964-06-30, 2031-09-30", // 2031: 67 years 3 months
    "1990-01-01, 2057-04-01"  // beyond the table: 2031's age carried forward
  })
  void aowDatePerBirthDate(LocalDate geboren, LocalDate aow) {
    assertThat(AowLeeftijd.bereiktOp(geboren)).isEqualTo(aow);
  }
}
