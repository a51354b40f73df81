package io.github.inburgering.core;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.testing.Generatoren;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodeTest {
  private static final LocalDate A = LocalDate.of(2022, 1, 1);
  private static final LocalDate B = LocalDate.of(2023, 1, 1);

  @Test
  void halfOpen() {
    Periode p = Periode.of(A, B);
    assertThat(p.bevat(A)).isTrue();
    assertThat(p.bevat(B.minusDays(1))).isTrue();
    assertThat(p.bevat(B)).isFalse();
    assertThat(p.bevat(A.minusDays(1))).isFalse();
    assertThat(p.dagen()).isEqualTo(365);
    assertThat(Periode.vanaf(A).bevat(LocalDate.of(2999, 1, 1))).isTrue();
  }

  @Test
  void adjacentPeriodsDoNotOverlap() {
    assertThat(Periode.of(A, B).overlapt(Periode.vanaf(B))).isFalse();
    assertThat(Periode.of(A, B).overlapt(Periode.of(B.minusDays(1), B.plusDays(3)))).isTrue();
    assertThat(Periode.vanaf(A).overlapt(Periode.vanaf(B))).isTrue();
  }

  @Test
  void endMustFollowStart() {
    assertThatThrownBy(() -> Periode.of(B, A))
        .isInstanceOfSatisfying(InburgeringException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCONSISTENT));
    assertThatThrownBy(() -> Periode.of(A, A)).isInstanceOf(InburgeringException.class);
    assertThatThrownBy(() -> Periode.of(null, A))
        .isInstanceOfSatisfying(InburgeringException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
    assertThatThrownBy(() -> Periode.vanaf(A).dagen()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parseOfToStringRoundTrips() {
    qt(2_000).forAll(Generatoren.periodes())
        .checkAssert(p -> {
          assertThat(Periode.parse(p.toString())).isEqualTo(p);
          Periode open = Periode.vanaf(p.start());
          assertThat(Periode.parse(open.toString())).isEqualTo(open);
        });
    assertThatThrownBy(() -> Periode.parse("2022-01-01")).isInstanceOf(InburgeringException.class);
    assertThatThrownBy(() -> Periode.parse("2022-01-01/2022-13-01")).isInstanceOf(InburgeringException.class);
  }

  @Test
  void overlapIsSymmetricAndMatchesSharedDays() {
    qt(2_000).forAll(Generatoren.periodes(), Generatoren.periodes())
        .checkAssert((p, q) -> {
          assertThat(p.overlapt(q)).isEqualTo(q.overlapt(p));
          LocalDate laatsteStart = p.start().isAfter(q.start()) ? p.start() : q.start();
          assertThat(p.overlapt(q)).isEqualTo(p.bevat(laatsteStart) && q.bevat(laatsteStart));
        });
  }
}
