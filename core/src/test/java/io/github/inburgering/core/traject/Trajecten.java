package io.github.inburgering.core.traject;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.Vrijstelling;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds trajects in a given state by replaying events through {@link Transities#afspelen}, so that
 * every test traject is one the engine itself can reach. One fixed calendar: the plicht starts
 * 2024-01-10, the first PIP is dated 2024-03-01, the termijn runs 2024-03-02 to 2027-03-01.
 */
final class Trajecten {
  /** A peildatum after every date used in the tests. */
  static final LocalDate PEIL = LocalDate.of(2040, 1, 1);

  static final LocalDate PLICHT = LocalDate.of(2024, 1, 10);
  static final LocalDate KENNISGEVING = LocalDate.of(2024, 1, 15);
  /** Kennisgeving plus 10 weeks (art. 5.3(1) BI). */
  static final LocalDate UITERSTE_PIP = LocalDate.of(2024, 3, 25);
  static final LocalDate INTAKE = LocalDate.of(2024, 1, 20);
  static final LocalDate PIP = LocalDate.of(2024, 3, 1);
  static final LocalDate TERMIJN_START = LocalDate.of(2024, 3, 2);
  static final LocalDate TERMIJN_EIND = LocalDate.of(2027, 3, 1);
  /** Termijn start plus 18 months (art. 5.4(1) BI). */
  static final LocalDate SCHAKELGRENS = LocalDate.of(2025, 9, 2);
  /** The first day after the termijn. */
  static final LocalDate VERSTREKEN = LocalDate.of(2027, 3, 2);

  static final Gemeentecode AMSTERDAM = Gemeentecode.parse("0363");
  static final Gemeentecode ROTTERDAM = Gemeentecode.parse("0599");
  static final Gemeentecode UTRECHT = Gemeentecode.parse("0344");

  private Trajecten() {}

  /** Applies {@code gebeurtenissen} to {@code start}; fails the test if one is refused. */
  static Traject na(Traject start, Gebeurtenis... gebeurtenissen) {
    Uitkomst u = Transities.afspelen(start, List.of(gebeurtenissen), PEIL);
    if (!u.isAanvaard()) {
      throw new AssertionError("setup refused: " + u.report());
    }
    return u.traject();
  }

  static Traject gemeld() {
    return gemeld(Doelgroep.ASIELSTATUSHOUDER);
  }

  static Traject gemeld(Doelgroep doelgroep) {
    return na(Traject.nieuw(),
        new Gebeurtenis.PlichtOntstaan(PLICHT, doelgroep, KENNISGEVING));
  }

  static Traject inBredeIntake() {
    return na(gemeld(), new Gebeurtenis.BredeIntakeGestart(INTAKE));
  }

  static Traject inBredeIntake(Doelgroep doelgroep) {
    return na(gemeld(doelgroep), new Gebeurtenis.BredeIntakeGestart(INTAKE));
  }

  /** In traject with the PIP of {@link #PIP} as DUO expects it for {@code route}. */
  static Traject inTraject(Leerroute route) {
    return inTraject(route, Doelgroep.ASIELSTATUSHOUDER);
  }

  static Traject inTraject(Leerroute route, Doelgroep doelgroep) {
    return na(inBredeIntake(doelgroep), Gebeurtenis.PipVastgesteld.of(PIP, route));
  }

  /** In traject, then {@code voorbereiding}, then (if asked) the termijn expires on {@link #VERSTREKEN}. */
  static Traject lopend(Leerroute route, Doelgroep doelgroep, boolean verstreken,
      Gebeurtenis... voorbereiding) {
    Traject t = na(inTraject(route, doelgroep), voorbereiding);
    return verstreken ? na(t, new Gebeurtenis.TermijnVerstreken(VERSTREKEN)) : t;
  }

  static Traject verstreken(Leerroute route) {
    return lopend(route, Doelgroep.ASIELSTATUSHOUDER, true);
  }

  /** Temporarily exempt on {@code datum}, coming from {@code vanuit}. */
  static Traject tijdelijkVrijgesteld(Fase vanuit, LocalDate datum) {
    return na(in(vanuit), new Gebeurtenis.TijdelijkeVrijstelling(datum));
  }

  /** A traject in {@code fase}; its last event lies on or before {@link #VERSTREKEN}. */
  static Traject in(Fase fase) {
    return switch (fase) {
      case NIET_PLICHTIG -> Traject.nieuw();
      case GEMELD -> gemeld();
      case TIJDELIJK_VRIJGESTELD -> tijdelijkVrijgesteld(Fase.GEMELD, INTAKE);
      case BREDE_INTAKE -> inBredeIntake();
      case IN_TRAJECT -> inTraject(Leerroute.B1_ROUTE);
      case TERMIJN_VERSTREKEN -> verstreken(Leerroute.B1_ROUTE);
      case VOLDAAN -> voldaan();
      case VRIJGESTELD -> na(gemeld(), new Gebeurtenis.VrijstellingVerleend(
          new Vrijstelling.Geheel(RedenVrijstelling.DIP, Oordeel.TOEKENNING, INTAKE)));
      case ONTHEVEN -> na(gemeld(), new Gebeurtenis.OntheffingVerleend(
          new Ontheffing.Geheel(Ontheffingsgrond.MED, Oordeel.TOEKENNING, INTAKE)));
      case BEEINDIGD -> na(gemeld(),
          new Gebeurtenis.PlichtBeeindigd(INTAKE, Beeindigingsgrond.VERTREK));
    };
  }

  /** Met in the onderwijsroute: taalschakeltraject and PVT completed. */
  static Traject voldaan() {
    return na(inTraject(Leerroute.ONDERWIJSROUTE),
        new Gebeurtenis.PvtAfgerond(LocalDate.of(2024, 6, 1), 12),
        new Gebeurtenis.TaalschakeltrajectAfgerond(LocalDate.of(2025, 6, 1)));
  }
}
