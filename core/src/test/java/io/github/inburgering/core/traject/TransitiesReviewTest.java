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

  /** A PIP step carries levels exactly in the B1-route: A2 or B1 for each of the four parts. */
  @Test
  void eenPipStapHeeftNiveausAlleenInDeB1Route() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    java.util.Map<io.github.inburgering.core.model.Examenonderdeel,
        io.github.inburgering.core.model.Taalniveau> vier = new java.util.EnumMap<>(
            io.github.inburgering.core.model.Examenonderdeel.class);
    io.github.inburgering.core.model.Examenonderdeel.taalonderdelen()
        .forEach(o -> vier.put(o, io.github.inburgering.core.model.Taalniveau.B1));
    assertThat(new PipStap(d, PipStap.Aanleiding.EERSTE, Leerroute.B1_ROUTE, vier).niveaus())
        .hasSize(4);
    assertThat(new PipStap(d, PipStap.Aanleiding.EERSTE, Leerroute.Z_ROUTE, java.util.Map.of())
        .niveaus()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PipStap(d, PipStap.Aanleiding.EERSTE, Leerroute.Z_ROUTE, vier))
        .isInstanceOf(io.github.inburgering.core.InburgeringException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PipStap(d, PipStap.Aanleiding.EERSTE, Leerroute.B1_ROUTE, java.util.Map.of()))
        .isInstanceOf(io.github.inburgering.core.InburgeringException.class);
    java.util.Map<io.github.inburgering.core.model.Examenonderdeel,
        io.github.inburgering.core.model.Taalniveau> c1 = new java.util.EnumMap<>(vier);
    c1.put(io.github.inburgering.core.model.Examenonderdeel.SP,
        io.github.inburgering.core.model.Taalniveau.C1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PipStap(d, PipStap.Aanleiding.EERSTE, Leerroute.B1_ROUTE, c1))
        .isInstanceOf(io.github.inburgering.core.InburgeringException.class);
  }

  /** A plicht resumed after its termijn ran out is expired, and the effect says so (TE-002). */
  @Test
  void hervattenNaHetEindeVanDeTermijnIsVerstreken() {
    Traject t = Trajecten.tijdelijkVrijgesteld(Fase.TERMIJN_VERSTREKEN, LocalDate.of(2027, 3, 10));
    Uitkomst u = Transities.toepassen(t, new Gebeurtenis.PlichtHervat(LocalDate.of(2027, 4, 1), true),
        PEIL);
    assertThat(u.traject().fase()).isEqualTo(Fase.TERMIJN_VERSTREKEN);
    assertThat(((Uitkomst.Aanvaard) u).effecten()).extracting(Effect::code).containsExactly("TE-002");
  }
}
