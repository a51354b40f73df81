package io.github.inburgering.core.traject;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verhuizing;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.model.Vrijstelling;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine bugs the stateful property test ({@link TrajectEigenschappenTest}) found. */
class TransitiesRegressieTest {
  private static final LocalDate D = LocalDate.of(2023, 3, 1);
  private static final LocalDate PEIL = LocalDate.of(2035, 1, 1);

  private static List<Gebeurtenis> inTraject() {
    List<Gebeurtenis> l = new ArrayList<>();
    l.add(new Gebeurtenis.PlichtOntstaan(D, Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, D));
    l.add(new Gebeurtenis.BredeIntakeGestart(D.plusDays(1)));
    l.add(Gebeurtenis.PipVastgesteld.of(D.plusDays(2), Leerroute.B1_ROUTE));
    return l;
  }

  private static Traject traject(List<Gebeurtenis> l) {
    Uitkomst u = Transities.afspelen(l, PEIL);
    assertThat(u.isAanvaard()).as("%s", u.report()).isTrue();
    return u.traject();
  }

  @Test
  void aCollegeFineAfterTheLastDayOfTheTermijnIsRefused() {
    Traject t = traject(inTraject());
    LocalDate eind = t.huidigeEinddatum().orElseThrow();
    Uitkomst u = Transities.toepassen(t, new Gebeurtenis.CollegeBoeteOpgelegd(eind.plusDays(1),
        Verwijtbaarheid.OPZET, false), PEIL);
    assertThat(u.isAanvaard()).isFalse();
    assertThat(u.report().codes()).contains("BC-005");
    assertThat(Transities.toepassen(t, new Gebeurtenis.CollegeBoeteOpgelegd(eind,
        Verwijtbaarheid.OPZET, false), PEIL).isAanvaard()).isTrue();
  }

  @Test
  void anExtensionAppliedForAfterTheEndIsRefusedBeforeTheClockEventToo() {
    Traject t = traject(inTraject());
    LocalDate eind = t.huidigeEinddatum().orElseThrow();
    Gebeurtenis laat = new Gebeurtenis.TermijnVerlengd(new Verlenging(Verlengingsgrond.ZIEKTE,
        Period.ofMonths(6), Optional.of(eind.plusDays(2)), eind.plusDays(2)));
    Uitkomst u = Transities.toepassen(t, laat, PEIL);
    assertThat(u.isAanvaard()).isFalse();
    assertThat(u.report().codes()).contains("VL-002");
  }

  @Test
  void aMoveDuringATemporaryVrijstellingAfterThePipAllowsTheNewCollegesPip() {
    List<Gebeurtenis> l = inTraject();
    l.add(new Gebeurtenis.TijdelijkeVrijstelling(D.plusDays(10)));
    l.add(new Gebeurtenis.Verhuisd(new Verhuizing(D.plusDays(20), Gemeentecode.parse("0363"),
        Gemeentecode.parse("0599"))));
    l.add(new Gebeurtenis.PlichtHervat(D.plusDays(30), true));
    l.add(Gebeurtenis.PipVastgesteld.of(D.plusDays(40), Leerroute.B1_ROUTE));
    Traject t = traject(l);
    assertThat(t.pipHistorie()).hasSize(2);
    assertThat(t.pipHistorie().get(1).aanleiding()).isEqualTo(PipStap.Aanleiding.VERHUIZING);
  }

  @Test
  void resumingAPlichtMetDuringTheTemporaryVrijstellingEndsInVoldaan() {
    List<Gebeurtenis> l = inTraject();
    l.add(new Gebeurtenis.PvtAfgerond(D.plusDays(5), 12));
    l.add(new Gebeurtenis.MapAfgerond(D.plusDays(5), 40));
    l.add(Gebeurtenis.Examenuitslag.knmBehaald(D.plusDays(6)));
    for (Examenonderdeel o : List.of(Examenonderdeel.LE, Examenonderdeel.LU, Examenonderdeel.SC)) {
      l.add(Gebeurtenis.Examenuitslag.behaald(D.plusDays(7), o, Taalniveau.B1));
    }
    l.add(new Gebeurtenis.TijdelijkeVrijstelling(D.plusDays(10)));
    l.add(new Gebeurtenis.VrijstellingVerleend(new Vrijstelling.Gedeeltelijk(RedenVrijstelling.GED,
        Oordeel.TOEKENNING, D.plusDays(11), Examenonderdeel.SP, NiveauPip.B1)));
    l.add(new Gebeurtenis.PlichtHervat(D.plusDays(12), true));
    Traject t = traject(l);
    assertThat(t.fase()).isEqualTo(Fase.VOLDAAN);
    assertThat(Transities.tabel())
        .contains(new Overgang(Fase.TIJDELIJK_VRIJGESTELD, Gebeurtenissoort.PLICHT_HERVAT,
            Fase.VOLDAAN));
  }
}
