package io.github.inburgering.core.traject;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Behaviour fixed after review, each with the reason. */
class TransitiesReviewTest {
  private static final LocalDate PEIL = LocalDate.of(2032, 1, 1);

  /**
   * An extension applied for in time but decided after its own new end leaves the termijn expired;
   * the state then dates from the day after the new end, not the old one.
   */
  @Test
  void eenTeLaatBeslisteVerlengingDateertDeVerstrekenTermijnOpnieuw() {
    Traject t = Trajecten.lopend(Leerroute.B1_ROUTE, Doelgroep.ASIELSTATUSHOUDER, true);
    LocalDate eind = t.huidigeEinddatum().orElseThrow();
    LocalDate besluit = eind.plusMonths(5);
    Uitkomst u = Transities.toepassen(t, new Gebeurtenis.TermijnVerlengd(new Verlenging(
        Verlengingsgrond.ZIEKTE, Period.ofMonths(3), Optional.of(eind.minusMonths(1)), besluit)), PEIL);
    assertThat(u.isAanvaard()).as(u.report().toString()).isTrue();
    LocalDate nieuwEind = u.traject().huidigeEinddatum().orElseThrow();
    assertThat(nieuwEind).isEqualTo(eind.plusMonths(3));
    assertThat(u.traject().toestand()).isEqualTo(new Toestand.TermijnVerstreken(nieuwEind.plusDays(1)));
  }

  /**
   * A niet-vrijstellende opleiding that ended before the 1.5 years is no exception, but it does not
   * block a change made in time either.
   */
  @Test
  void eenOpleidingVoorDeGrensBlokkeertEenTijdigeWijzigingNiet() {
    Traject t = Trajecten.inTraject(Leerroute.B1_ROUTE);
    LocalDate grens = t.uitersteSchakeldatum().orElseThrow();
    Uitkomst u = Transities.toepassen(t, new Gebeurtenis.LeerrouteGewijzigd(grens, Leerroute.Z_ROUTE,
        Optional.empty(), Optional.of(grens.minusMonths(3))), PEIL);
    assertThat(u.isAanvaard()).as(u.report().toString()).isTrue();
    assertThat(u.traject().leerroute()).contains(Leerroute.Z_ROUTE);
  }

  /** A new termijn exists only with a length of more than zero and at most two years (art. 24(2) Wi). */
  @Test
  void eenNieuweTermijnDuurtHoogstensTweeJaar() {
    LocalDate start = LocalDate.of(2027, 3, 2);
    assertThat(new NieuweTermijn(start, Period.ofYears(2), java.util.List.of()).einddatum())
        .isEqualTo(LocalDate.of(2029, 3, 1));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new NieuweTermijn(start, Period.of(2, 0, 1), java.util.List.of()))
        .isInstanceOf(io.github.inburgering.core.InburgeringException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new NieuweTermijn(start, Period.ZERO, java.util.List.of()))
        .isInstanceOf(io.github.inburgering.core.InburgeringException.class);
  }
}
