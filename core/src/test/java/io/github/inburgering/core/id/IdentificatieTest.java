package io.github.inburgering.core.id;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.testing.Generatoren;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentificatieTest {

  static Stream<Arguments> soorten() {
    return Stream.of(
        Arguments.of("VNummer", 10, (Function<String, Object>) VNummer::parse, (Predicate<String>) VNummer::isValid),
        Arguments.of("Oin", 20, (Function<String, Object>) Oin::parse, (Predicate<String>) Oin::isValid),
        Arguments.of("KvkNummer", 8, (Function<String, Object>) KvkNummer::parse, (Predicate<String>) KvkNummer::isValid),
        Arguments.of("Gemeentecode", 4, (Function<String, Object>) Gemeentecode::parse, (Predicate<String>) Gemeentecode::isValid));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("soorten")
  void exactlyNDigitsAndNothingElse(String veld, int n, Function<String, Object> parse, Predicate<String> isValid) {
    String goed = "7".repeat(n);
    assertThat(parse.apply(goed)).hasToString(veld.equals("VNummer") ? "VNummer[********77]" : goed);
    assertThat(isValid.test(goed)).isTrue();
    for (String fout : new String[] {"7".repeat(n - 1), "7".repeat(n + 1), " " + "7".repeat(n - 1),
        "7".repeat(n - 1) + "x", "7".repeat(n - 1) + "٣"}) {
      assertThat(isValid.test(fout)).as(fout).isFalse();
      assertThatThrownBy(() -> parse.apply(fout))
          .isInstanceOfSatisfying(InburgeringException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.FORMAT);
            assertThat(e.field()).isEqualTo(veld);
          });
    }
    assertThatThrownBy(() -> parse.apply(null))
        .isInstanceOfSatisfying(InburgeringException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
  }

  @Test
  void organisationIdentifiersRoundTripThroughToString() {
    qt(2_000).forAll(Generatoren.oins(), Generatoren.kvkNummers(), Generatoren.gemeentecodes())
        .checkAssert((oin, kvk, gem) -> {
          assertThat(Oin.parse(oin.toString())).isEqualTo(oin);
          assertThat(KvkNummer.parse(kvk.toString())).isEqualTo(kvk);
          assertThat(Gemeentecode.parse(gem.toString())).isEqualTo(gem);
        });
  }

  @Test
  void vNummerRoundTripsThroughUnmaskedAndMasksItsToString() {
    qt(2_000).forAll(Generatoren.vNummers())
        .checkAssert(v -> {
          assertThat(VNummer.parse(v.unmasked())).isEqualTo(v);
          assertThat(v.toString()).doesNotContain(v.unmasked());
        });
  }
}
