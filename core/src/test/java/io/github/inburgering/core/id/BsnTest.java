package io.github.inburgering.core.id;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.core.testing.Keuze;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BsnTest {

  /**
   * An independent formulation of the 11-proef: the number read as the polynomial sum of d_i * w_i
   * computed with BigInteger over the reversed digits, where the last digit has weight -1.
   */
  private static boolean elfproefOnafhankelijk(String s) {
    if (s == null || !s.matches("[0-9]{9}") || s.equals("000000000")) {
      return false;
    }
    BigInteger som = BigInteger.ZERO;
    String omgekeerd = new StringBuilder(s).reverse().toString();
    for (int pos = 0; pos < 9; pos++) {
      int gewicht = pos == 0 ? -1 : pos + 1;
      som = som.add(BigInteger.valueOf((long) Character.digit(omgekeerd.charAt(pos), 10) * gewicht));
    }
    return som.mod(BigInteger.valueOf(11)).signum() == 0;
  }

  @ParameterizedTest
  @CsvSource({"111222333", "123456782", "999999990"})
  void knownValidNumbersParse(String s) {
    assertThat(Bsn.parse(s).unmasked()).isEqualTo(s);
    assertThat(Bsn.isValid(s)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "123456789, CHECKSUM",
    "000000000, RESERVED",
    "12345678, FORMAT",
    "1234567890, FORMAT",
    "12345678a, FORMAT",
    "' 11122233', FORMAT",
    "111-22-333, FORMAT"
  })
  void malformedNumbersThrowWithTypedReason(String s, Reason reason) {
    assertThatThrownBy(() -> Bsn.parse(s))
        .isInstanceOf(InburgeringException.class)
        .satisfies(e -> {
          assertThat(((InburgeringException) e).reason()).isEqualTo(reason);
          assertThat(((InburgeringException) e).field()).isEqualTo("Bsn");
          assertThat(e.getMessage()).doesNotContain(s.strip());
        });
    assertThat(Bsn.isValid(s)).isFalse();
  }

  @Test
  void nullIsMissing() {
    assertThatThrownBy(() -> Bsn.parse(null))
        .isInstanceOfSatisfying(InburgeringException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
    assertThat(Bsn.isValid(null)).isFalse();
  }

  @Test
  void checkAgreesWithAnIndependentFormulationOnAnyNineDigits() {
    qt(20_000).forAll(integers().between(0, 999_999_999))
        .checkAssert(n -> {
          String s = String.format("%09d", n);
          assertThat(Bsn.isValid(s)).as(s).isEqualTo(elfproefOnafhankelijk(s));
        });
  }

  @Test
  void checkAgreesWithAnIndependentFormulationOnArbitraryText() {
    qt(5_000).forAll(strings().numericBetween(0, 999_999_999).map(x -> x),
            strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .checkAssert((a, b) -> {
          assertThat(Bsn.isValid(a)).isEqualTo(elfproefOnafhankelijk(a));
          assertThat(Bsn.isValid(b)).isEqualTo(elfproefOnafhankelijk(b));
        });
  }

  @Test
  void parseOfUnmaskedRoundTrips() {
    qt(5_000).forAll(Generatoren.bsns())
        .checkAssert(b -> assertThat(Bsn.parse(b.unmasked())).isEqualTo(b));
  }

  @Test
  void toStringNeverShowsTheNumber() {
    qt(5_000).forAll(Generatoren.bsns())
        .checkAssert(b -> {
          assertThat(b.toString()).doesNotContain(b.unmasked()).startsWith("Bsn[*******");
          assertThat(b.toString()).doesNotContain(b.unmasked().substring(0, 7));
        });
  }

  @Test
  void changingOneDigitIsAlwaysDetected() {
    // the 11-proef detects every single-digit error
    qt(5_000).forAll(Generatoren.bsns(), integers().between(0, 8), integers().between(1, 9))
        .checkAssert((b, pos, delta) -> {
          char[] c = b.unmasked().toCharArray();
          c[pos] = (char) ('0' + (c[pos] - '0' + delta) % 10);
          assertThat(Bsn.isValid(new String(c))).isFalse();
        });
  }

  @Test
  void generatorHelperProducesValidText() {
    qt(2_000).forAll(in -> Generatoren.bsnTekst(new Keuze(in)))
        .checkAssert(s -> assertThat(elfproefOnafhankelijk(s)).isTrue());
  }
}
