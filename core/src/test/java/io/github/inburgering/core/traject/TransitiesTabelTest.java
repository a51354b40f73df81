package io.github.inburgering.core.traject;

import static io.github.inburgering.core.traject.Geval.geval;
import static io.github.inburgering.core.traject.Trajecten.AMSTERDAM;
import static io.github.inburgering.core.traject.Trajecten.INTAKE;
import static io.github.inburgering.core.traject.Trajecten.PIP;
import static io.github.inburgering.core.traject.Trajecten.PLICHT;
import static io.github.inburgering.core.traject.Trajecten.ROTTERDAM;
import static io.github.inburgering.core.traject.Trajecten.SCHAKELGRENS;
import static io.github.inburgering.core.traject.Trajecten.TERMIJN_EIND;
import static io.github.inburgering.core.traject.Trajecten.TERMIJN_START;
import static io.github.inburgering.core.traject.Trajecten.UITERSTE_PIP;
import static io.github.inburgering.core.traject.Trajecten.UTRECHT;
import static io.github.inburgering.core.traject.Trajecten.VERSTREKEN;
import static io.github.inburgering.core.traject.Trajecten.gemeld;
import static io.github.inburgering.core.traject.Trajecten.inBredeIntake;
import static io.github.inburgering.core.traject.Trajecten.inTraject;
import static io.github.inburgering.core.traject.Trajecten.lopend;
import static io.github.inburgering.core.traject.Trajecten.na;
import static io.github.inburgering.core.traject.Trajecten.tijdelijkVrijgesteld;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
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
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifecycle's rules as a table: for every guard a refused event with its code and pointer and
 * the accepted case right next to it; for every effect an accepted event that shows it; and for
 * every row of {@link Transities#tabel()} an accepted event that makes it. Fines are in {@link
 * BoeteTabelTest}; {@link TransitiesVolledigheidTest} checks that together they cover every rule and
 * every row.
 */
class TransitiesTabelTest {

  static final Doelgroep ASIEL = Doelgroep.ASIELSTATUSHOUDER;
  static final Doelgroep GEZIN = Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT;
  static final Leerroute B1 = Leerroute.B1_ROUTE;
  static final Leerroute OR = Leerroute.ONDERWIJSROUTE;
  static final Leerroute Z = Leerroute.Z_ROUTE;
  static final Set<Fase> OPEN = Set.of(Fase.GEMELD, Fase.TIJDELIJK_VRIJGESTELD, Fase.BREDE_INTAKE,
      Fase.IN_TRAJECT, Fase.TERMIJN_VERSTREKEN);

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  // ------------------------------------------------------------------ events

  static Gebeurtenis.Examenuitslag examen(LocalDate d, Examenonderdeel o) {
    return o == Examenonderdeel.KNM ? Gebeurtenis.Examenuitslag.knmBehaald(d)
        : Gebeurtenis.Examenuitslag.behaald(d, o, Taalniveau.B1);
  }

  static Gebeurtenis.PvtAfgerond pvt(LocalDate d) {
    return new Gebeurtenis.PvtAfgerond(d, 12);
  }

  static Gebeurtenis.MapAfgerond map(LocalDate d) {
    return new Gebeurtenis.MapAfgerond(d, 40);
  }

  static Gebeurtenis.UrenGevolgd uren(LocalDate d, Urensoort s, int n) {
    return new Gebeurtenis.UrenGevolgd(d, s, n);
  }

  static Gebeurtenis.Verhuisd verhuisd(LocalDate d, io.github.inburgering.core.id.Gemeentecode van,
      io.github.inburgering.core.id.Gemeentecode naar) {
    return new Gebeurtenis.Verhuisd(new Verhuizing(d, van, naar));
  }

  static Gebeurtenis.TermijnVerlengd verlengd(Verlengingsgrond g, Period duur, LocalDate aanvraag,
      LocalDate besluit) {
    return new Gebeurtenis.TermijnVerlengd(
        new Verlenging(g, duur, Optional.ofNullable(aanvraag), besluit));
  }

  static Gebeurtenis.VrijstellingVerleend geheleVrijstelling(LocalDate d) {
    return new Gebeurtenis.VrijstellingVerleend(
        new Vrijstelling.Geheel(RedenVrijstelling.DIP, Oordeel.TOEKENNING, d));
  }

  static Gebeurtenis.VrijstellingVerleend vrijstelling(LocalDate d, Examenonderdeel o, NiveauPip n) {
    return new Gebeurtenis.VrijstellingVerleend(
        new Vrijstelling.Gedeeltelijk(RedenVrijstelling.GED, Oordeel.TOEKENNING, d, o, n));
  }

  static Gebeurtenis.OntheffingVerleend geheleOntheffing(LocalDate d) {
    return new Gebeurtenis.OntheffingVerleend(
        new Ontheffing.Geheel(Ontheffingsgrond.BIO, Oordeel.TOEKENNING, d));
  }

  static Gebeurtenis.OntheffingVerleend ontheffing(LocalDate d, Ontheffingsgrond g,
      Examenonderdeel... delen) {
    return new Gebeurtenis.OntheffingVerleend(
        new Ontheffing.Gedeeltelijk(g, Oordeel.TOEKENNING, d, Set.of(delen)));
  }

  /** PVT, MAP, KNM and the language parts {@code talen} at B1, dated in 2025. */
  static Gebeurtenis[] b1Behalve(Set<String> zonder) {
    List<Gebeurtenis> l = new ArrayList<>();
    if (!zonder.contains("PVT")) {
      l.add(pvt(d(2025, 1, 5)));
    }
    if (!zonder.contains("MAP")) {
      l.add(map(d(2025, 1, 6)));
    }
    int dag = 10;
    for (Examenonderdeel o : Examenonderdeel.values()) {
      if (!zonder.contains(o.code())) {
        l.add(examen(d(2025, 2, dag++), o));
      }
    }
    return l.toArray(Gebeurtenis[]::new);
  }

  /** Z-route: PVT, MAP, {@code nt2} hours and (if asked) the eindgesprek, in 2025. */
  static Gebeurtenis[] zroute(int nt2, int participatie, boolean eindgesprek) {
    List<Gebeurtenis> l = new ArrayList<>(List.of(pvt(d(2025, 1, 5)), map(d(2025, 1, 6))));
    if (nt2 > 0) {
      l.add(uren(d(2025, 2, 1), Urensoort.NT2, nt2));
    }
    if (participatie > 0) {
      l.add(uren(d(2025, 2, 2), Urensoort.PARTICIPATIE, participatie));
    }
    if (eindgesprek) {
      l.add(new Gebeurtenis.EindgesprekGevoerd(d(2025, 3, 1)));
    }
    return l.toArray(Gebeurtenis[]::new);
  }

  // ------------------------------------------------------------------ cases

  static List<Geval> gevallen() {
    List<Geval> l = new ArrayList<>();
    structuur(l);
    generiek(l);
    tijdelijk(l);
    intake(l);
    pip(l);
    verhuizing(l);
    schakelen(l);
    afschalen(l);
    verlenging(l);
    termijn(l);
    afronding(l);
    return l;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gevallen")
  void regel(Geval g) {
    g.toets();
  }

  private static void structuur(List<Geval> l) {
    Gebeurtenis intake = new Gebeurtenis.BredeIntakeGestart(d(2024, 2, 1));
    l.add(geval("ST-001 event after the peildatum", gemeld(), intake).peil(d(2024, 1, 31))
        .weigert("ST-001").op("ST-001", "/gebeurtenis/datum"));
    l.add(geval("ST-001 edge: event on the peildatum", gemeld(), intake).peil(d(2024, 2, 1))
        .aanvaardt(Fase.BREDE_INTAKE, "IN-001").args("IN-001", d(2024, 2, 1)));
    l.add(geval("ST-002 event before the last one", gemeld(),
        new Gebeurtenis.BredeIntakeGestart(PLICHT.minusDays(1)))
        .weigert("ST-002").op("ST-002", "/gebeurtenis/datum"));
    l.add(geval("ST-002 edge: same day as the last one", gemeld(),
        new Gebeurtenis.BredeIntakeGestart(PLICHT)).aanvaardt(Fase.BREDE_INTAKE, "IN-001"));
    l.add(geval("ST-003 nothing changes a met plicht", Trajecten.voldaan(),
        examen(d(2026, 1, 1), Examenonderdeel.KNM)).weigert("ST-003").op("ST-003", "/gebeurtenis"));
    l.add(geval("ST-004 no PIP before the brede intake", gemeld(),
        Gebeurtenis.PipVastgesteld.of(PIP, B1)).weigert("ST-004").op("ST-004", "/gebeurtenis"));
    l.add(geval("ST-005 plicht before 2022", Traject.nieuw(),
        new Gebeurtenis.PlichtOntstaan(d(2021, 12, 31), ASIEL, d(2022, 1, 3)))
        .weigert("ST-005").op("ST-005", "/gebeurtenis/datum"));
    l.add(geval("ST-005 edge: plicht on 2022-01-01", Traject.nieuw(),
        new Gebeurtenis.PlichtOntstaan(d(2022, 1, 1), ASIEL, d(2022, 1, 3)))
        .aanvaardt(Fase.GEMELD, "PV-001").args("PV-001", d(2022, 3, 14)));
    l.add(geval("PV-001 PIP due ten weeks after the kennisgeving", Traject.nieuw(),
        new Gebeurtenis.PlichtOntstaan(PLICHT, GEZIN, Trajecten.KENNISGEVING))
        .aanvaardt(Fase.GEMELD, "PV-001").args("PV-001", UITERSTE_PIP)
        .en(u -> assertThat(u.traject().doelgroep()).contains(GEZIN)));
  }

  /** The rows every open phase has: vrijstelling, ontheffing, doelgroep, end, temporary, move. */
  private static void generiek(List<Geval> l) {
    LocalDate d = d(2027, 4, 1);
    for (Fase f : List.of(Fase.GEMELD, Fase.TIJDELIJK_VRIJGESTELD, Fase.BREDE_INTAKE,
        Fase.IN_TRAJECT, Fase.TERMIJN_VERSTREKEN)) {
      Traject t = Trajecten.in(f);
      l.add(geval("EI-002 whole vrijstelling in " + f, t, geheleVrijstelling(d))
          .aanvaardt(Fase.VRIJGESTELD, "EI-002"));
      l.add(geval("VR-004 partial vrijstelling in " + f, t,
          vrijstelling(d, Examenonderdeel.LE, NiveauPip.A2)).aanvaardt(f, "VR-004")
          .args("VR-004", "LE", "A2"));
      l.add(geval("EI-003 whole ontheffing in " + f, t, geheleOntheffing(d))
          .aanvaardt(Fase.ONTHEVEN, "EI-003"));
      l.add(geval("ON-005 partial ontheffing in " + f, t,
          ontheffing(d, Ontheffingsgrond.MED, Examenonderdeel.KNM)).aanvaardt(f, "ON-005")
          .args("ON-005", "KNM"));
      l.add(geval("DG-002 doelgroep changes in " + f, t,
          new Gebeurtenis.DoelgroepGewijzigd(d, GEZIN)).aanvaardt(f, "DG-002"));
      l.add(geval("EI-001 plicht ends in " + f, t,
          new Gebeurtenis.PlichtBeeindigd(d, Beeindigingsgrond.NATURALISATIE))
          .aanvaardt(Fase.BEEINDIGD, "EI-001"));
      if (f != Fase.TIJDELIJK_VRIJGESTELD) {
        l.add(geval("TV-001 temporary vrijstelling in " + f, t,
            new Gebeurtenis.TijdelijkeVrijstelling(d)).aanvaardt(Fase.TIJDELIJK_VRIJGESTELD, "TV-001")
            .args("TV-001", d).en(u -> assertThat(
                ((Toestand.TijdelijkVrijgesteld) u.traject().toestand()).hervatIn()).isEqualTo(f)));
      }
      l.add(geval("VZ-002 move in " + f, t, verhuisd(d, AMSTERDAM, ROTTERDAM))
          .aanvaardt(f == Fase.BREDE_INTAKE ? Fase.GEMELD : f, "VZ-002")
          .args("VZ-002", "0599", f == Fase.TIJDELIJK_VRIJGESTELD ? "-" : d.plusWeeks(10)));
    }
    l.add(geval("EI-001 open parts lapse", inTraject(B1),
        new Gebeurtenis.PlichtBeeindigd(d, Beeindigingsgrond.AOW_LEEFTIJD))
        .aanvaardt(Fase.BEEINDIGD, "EI-001").args("EI-001", "AOW-leeftijd bereikt",
            "PVT, MAP, LEERROUTE"));
    l.add(geval("DG-003 doelgroep becomes asielstatushouder", gemeld(GEZIN),
        new Gebeurtenis.DoelgroepGewijzigd(d, ASIEL)).aanvaardt(Fase.GEMELD, "DG-003"));
    l.add(geval("DG-001 same doelgroep", gemeld(ASIEL), new Gebeurtenis.DoelgroepGewijzigd(d, ASIEL))
        .weigert("DG-001").op("DG-001", "/gebeurtenis/nieuweDoelgroep"));
    l.add(geval("ON-002 partial ontheffing on BIO", inTraject(B1),
        ontheffing(d, Ontheffingsgrond.BIO, Examenonderdeel.KNM))
        .weigert("ON-002").op("ON-002", "/gebeurtenis/ontheffing"));
    l.add(geval("ON-001 partial ontheffing of four language parts", inTraject(B1),
        ontheffing(d, Ontheffingsgrond.MED, Examenonderdeel.LE, Examenonderdeel.LU,
            Examenonderdeel.SC, Examenonderdeel.SP))
        .weigert("ON-001").op("ON-001", "/gebeurtenis/ontheffing"));
    l.add(geval("ON-001 edge: three language parts", inTraject(B1),
        ontheffing(d, Ontheffingsgrond.MED, Examenonderdeel.LE, Examenonderdeel.LU,
            Examenonderdeel.SC)).aanvaardt(Fase.IN_TRAJECT, "ON-005").args("ON-005", "LE, LU, SC"));
    l.add(geval("ON-004 partial ontheffing in the Z-route is a warning", inTraject(Z),
        ontheffing(d, Ontheffingsgrond.MED, Examenonderdeel.KNM))
        .aanvaardt(Fase.IN_TRAJECT, "ON-005").meldt("ON-004").op("ON-004", "/gebeurtenis/ontheffing"));
    // the last missing part, by vrijstelling, ontheffing or a changed doelgroep
    for (boolean verstreken : List.of(false, true)) {
      Fase f = verstreken ? Fase.TERMIJN_VERSTREKEN : Fase.IN_TRAJECT;
      Traject zonderSp = lopend(B1, ASIEL, verstreken, b1Behalve(Set.of("SP")));
      l.add(geval("VR-004 last part by vrijstelling in " + f, zonderSp,
          vrijstelling(d, Examenonderdeel.SP, NiveauPip.B1))
          .aanvaardt(Fase.VOLDAAN, "VR-004", "VD-001").args("VD-001", d));
      l.add(geval("ON-005 last part by ontheffing in " + f, zonderSp,
          ontheffing(d, Ontheffingsgrond.MED, Examenonderdeel.SP))
          .aanvaardt(Fase.VOLDAAN, "ON-005", "VD-001"));
      l.add(geval("DG-002 Z-route met without participation in " + f,
          lopend(Z, ASIEL, verstreken, zroute(800, 0, true)),
          new Gebeurtenis.DoelgroepGewijzigd(d, GEZIN)).aanvaardt(Fase.VOLDAAN, "DG-002", "VD-003"));
    }
  }

  private static void tijdelijk(List<Geval> l) {
    Traject vanuitGemeld = tijdelijkVrijgesteld(Fase.GEMELD, INTAKE);
    l.add(geval("PV-001 plicht resumes without PIP (SS129)", vanuitGemeld,
        new Gebeurtenis.PlichtHervat(d(2024, 6, 1), false))
        .aanvaardt(Fase.GEMELD, "PV-001").args("PV-001", d(2024, 8, 10)));
    l.add(geval("TV-002 resumption with PIP while none exists", vanuitGemeld,
        new Gebeurtenis.PlichtHervat(d(2024, 6, 1), true))
        .weigert("TV-002").op("TV-002", "/gebeurtenis/metPip"));
    Traject vanuitTraject = tijdelijkVrijgesteld(Fase.IN_TRAJECT, d(2025, 1, 1));
    l.add(geval("TV-003 termijn moves by the suspension", vanuitTraject,
        new Gebeurtenis.PlichtHervat(d(2025, 4, 11), true))
        .aanvaardt(Fase.IN_TRAJECT, "TV-003").args("TV-003", 100, d(2027, 6, 9))
        .en(u -> assertThat(u.traject().huidigeEinddatum()).contains(d(2027, 6, 9))));
    l.add(geval("TV-002 resumption without PIP while one exists", vanuitTraject,
        new Gebeurtenis.PlichtHervat(d(2025, 4, 11), false))
        .weigert("TV-002").op("TV-002", "/gebeurtenis/metPip"));
    l.add(geval("plicht resumes after the termijn", tijdelijkVrijgesteld(Fase.TERMIJN_VERSTREKEN,
        d(2027, 3, 10)), new Gebeurtenis.PlichtHervat(d(2027, 4, 1), true))
        .aanvaardt(Fase.TERMIJN_VERSTREKEN, "TE-002"));
    Traject alles = Trajecten.na(Trajecten.inTraject(B1),
        new Gebeurtenis.PvtAfgerond(d(2024, 4, 1), 12), new Gebeurtenis.MapAfgerond(d(2024, 4, 1), 40),
        Gebeurtenis.Examenuitslag.knmBehaald(d(2024, 5, 1)),
        Gebeurtenis.Examenuitslag.behaald(d(2024, 5, 1), Examenonderdeel.LE, Taalniveau.B1),
        Gebeurtenis.Examenuitslag.behaald(d(2024, 5, 1), Examenonderdeel.LU, Taalniveau.B1),
        Gebeurtenis.Examenuitslag.behaald(d(2024, 5, 1), Examenonderdeel.SC, Taalniveau.B1),
        new Gebeurtenis.TijdelijkeVrijstelling(d(2024, 6, 1)),
        new Gebeurtenis.VrijstellingVerleend(new io.github.inburgering.core.model.Vrijstelling
            .Gedeeltelijk(io.github.inburgering.core.model.RedenVrijstelling.GED,
            io.github.inburgering.core.model.Oordeel.TOEKENNING, d(2024, 7, 1), Examenonderdeel.SP,
            io.github.inburgering.core.model.NiveauPip.B1)));
    l.add(geval("VD-001 plicht met during the temporary vrijstelling ends in voldaan on resuming",
        alles, new Gebeurtenis.PlichtHervat(d(2024, 8, 1), true))
        .aanvaardt(Fase.VOLDAAN, "TV-003", "VD-001"));
    LocalDate eind = Trajecten.TERMIJN_EIND;
    l.add(geval("BC-005 college fine after the last day of the termijn", Trajecten.inTraject(B1),
        new Gebeurtenis.CollegeBoeteOpgelegd(eind.plusDays(1), Verwijtbaarheid.OPZET, false))
        .weigert("BC-005").op("BC-005", "/gebeurtenis/datum"));
    l.add(geval("BC-001 college fine on the last day of the termijn", Trajecten.inTraject(B1),
        new Gebeurtenis.CollegeBoeteOpgelegd(eind, Verwijtbaarheid.OPZET, false))
        .aanvaardt(Fase.IN_TRAJECT, "BC-001"));
  }

  private static void intake(List<Geval> l) {
    Gebeurtenis v1 = new Gebeurtenis.IntakeVerzuim(d(2024, 2, 1), Verwijtbaarheid.OPZET, false);
    Gebeurtenis v2 = new Gebeurtenis.IntakeVerzuim(d(2024, 2, 15), Verwijtbaarheid.OPZET, false);
    Traject een = na(inBredeIntake(), v1);
    Traject twee = na(een, v2);
    l.add(geval("IN-001 brede intake starts", gemeld(), new Gebeurtenis.BredeIntakeGestart(INTAKE))
        .aanvaardt(Fase.BREDE_INTAKE, "IN-001").args("IN-001", INTAKE));
    l.add(geval("IN-003 first miss: warning", inBredeIntake(), v1)
        .aanvaardt(Fase.BREDE_INTAKE, "IN-003").en(u -> assertThat(u.traject().boetes()).isEmpty()));
    l.add(geval("IN-004 second miss: fine and two months", een, v2)
        .aanvaardt(Fase.BREDE_INTAKE, "IN-004")
        .args("IN-004", new java.math.BigDecimal("250.00"), d(2024, 4, 15))
        .en(u -> assertThat(u.traject().boetes())
            .containsExactly(new Boete(d(2024, 2, 15), Boetesoort.BREDE_INTAKE, 250_00))));
    l.add(geval("IN-006 second miss not culpable", een,
        new Gebeurtenis.IntakeVerzuim(d(2024, 2, 15), Verwijtbaarheid.GEEN, false))
        .aanvaardt(Fase.BREDE_INTAKE, "IN-006").args("IN-006", "art. 5:41 Awb"));
    l.add(geval("IN-006 second miss after bijstand was reduced", een,
        new Gebeurtenis.IntakeVerzuim(d(2024, 2, 15), Verwijtbaarheid.OPZET, true))
        .aanvaardt(Fase.BREDE_INTAKE, "IN-006").args("IN-006", "art. 27 Wi"));
    Gebeurtenis v3 = new Gebeurtenis.IntakeVerzuim(d(2024, 3, 1), Verwijtbaarheid.VERMINDERD, false);
    l.add(geval("IN-005 IN-007 third miss", twee, v3)
        .aanvaardt(Fase.BREDE_INTAKE, "IN-005", "IN-007")
        .en(u -> assertThat(u.traject().boetes()).hasSize(2)));
    l.add(geval("IN-002 no fourth call", na(twee, v3),
        new Gebeurtenis.IntakeVerzuim(d(2024, 3, 10), Verwijtbaarheid.OPZET, false))
        .weigert("IN-002").op("IN-002", "/gebeurtenis"));
    l.add(geval("hours during the brede intake count apart", inBredeIntake(),
        uren(d(2024, 2, 1), Urensoort.NT2, 100)).aanvaardt(Fase.BREDE_INTAKE)
        .en(u -> assertThat(u.traject().uren().intakeNt2()).isEqualTo(100)));
  }

  private static void pip(List<Geval> l) {
    l.add(geval("PV-002 first PIP starts the termijn", inBredeIntake(),
        Gebeurtenis.PipVastgesteld.of(PIP, B1)).aanvaardt(Fase.IN_TRAJECT, "PV-002")
        .args("PV-002", TERMIJN_START, TERMIJN_EIND, SCHAKELGRENS));
    l.add(geval("PIP-011 edge: PIP on the last day", inBredeIntake(),
        Gebeurtenis.PipVastgesteld.of(UITERSTE_PIP, Z)).aanvaardt(Fase.IN_TRAJECT, "PV-002"));
    l.add(geval("PIP-011 PIP a day late is a warning", inBredeIntake(),
        Gebeurtenis.PipVastgesteld.of(UITERSTE_PIP.plusDays(1), B1))
        .aanvaardt(Fase.IN_TRAJECT, "PV-002").meldt("PIP-011").op("PIP-011", "/gebeurtenis/datum"));
    l.add(geval("PM-012 onderwijsroute with taalschakeltraject", inBredeIntake(),
        Gebeurtenis.PipVastgesteld.of(PIP, OR)).aanvaardt(Fase.IN_TRAJECT, "PM-012", "PV-002")
        .en(u -> assertThat(u.traject().map()).isEqualTo(Onderdeelstatus.NIET_VAN_TOEPASSING)));
    l.add(geval("PIP-004 PIP-006 first PIP onderwijsroute on A2", inBredeIntake(),
        new Gebeurtenis.PipVastgesteld(PIP, OR, Optional.of(NiveauPip.A2), true))
        .weigert("PIP-004", "PIP-006").op("PIP-004", "/gebeurtenis/niveau"));
    l.add(geval("PIP-005 Z-route on B1", inBredeIntake(),
        new Gebeurtenis.PipVastgesteld(PIP, Z, Optional.of(NiveauPip.B1), false))
        .weigert("PIP-005").op("PIP-005", "/gebeurtenis/niveau"));
    l.add(geval("PIP-006 first PIP on A2", inBredeIntake(),
        new Gebeurtenis.PipVastgesteld(PIP, B1, Optional.of(NiveauPip.A2), false))
        .weigert("PIP-006").op("PIP-006", "/gebeurtenis/niveau"));
    Traject verhuisdOr = na(inTraject(OR), verhuisd(d(2025, 1, 10), AMSTERDAM, ROTTERDAM));
    l.add(geval("PIP-004 new PIP onderwijsroute on A2", verhuisdOr,
        new Gebeurtenis.PipVastgesteld(d(2025, 2, 1), OR, Optional.of(NiveauPip.A2), true))
        .weigert("PIP-004").op("PIP-004", "/gebeurtenis/niveau"));
    Traject verhuisd = na(inTraject(B1), verhuisd(d(2025, 1, 10), AMSTERDAM, ROTTERDAM));
    l.add(geval("VZ-003 new PIP on the last day after the move", verhuisd,
        Gebeurtenis.PipVastgesteld.of(d(2025, 3, 21), B1)).aanvaardt(Fase.IN_TRAJECT, "VZ-003")
        .args("VZ-003", "B1-route", TERMIJN_START)
        .en(u -> assertThat(u.traject().termijnStart()).contains(TERMIJN_START)));
    l.add(geval("PIP-012 new PIP a day late is a warning", verhuisd,
        Gebeurtenis.PipVastgesteld.of(d(2025, 3, 22), B1)).aanvaardt(Fase.IN_TRAJECT, "VZ-003")
        .meldt("PIP-012").op("PIP-012", "/gebeurtenis/datum"));
    l.add(geval("PIP-013 new PIP keeps the leerroute", verhuisd,
        Gebeurtenis.PipVastgesteld.of(d(2025, 2, 1), Z))
        .weigert("PIP-013").op("PIP-013", "/gebeurtenis/leerroute"));
    l.add(geval("PV-003 no new PIP without a move", inTraject(B1),
        Gebeurtenis.PipVastgesteld.of(d(2025, 2, 1), B1)).weigert("PV-003").op("PV-003", "/gebeurtenis"));
    l.add(geval("VZ-003 new PIP after the termijn", na(Trajecten.verstreken(B1),
        verhuisd(d(2027, 3, 10), AMSTERDAM, ROTTERDAM)), Gebeurtenis.PipVastgesteld.of(d(2027, 4, 1), B1))
        .aanvaardt(Fase.TERMIJN_VERSTREKEN, "VZ-003"));
  }

  private static void verhuizing(List<Geval> l) {
    Traject verhuisd = na(inTraject(B1), verhuisd(d(2025, 1, 10), AMSTERDAM, ROTTERDAM));
    l.add(geval("VZ-001 move from another gemeente", verhuisd,
        verhuisd(d(2025, 2, 1), AMSTERDAM, UTRECHT))
        .weigert("VZ-001").op("VZ-001", "/gebeurtenis/verhuizing"));
    l.add(geval("VZ-001 edge: move from the current gemeente", verhuisd,
        verhuisd(d(2025, 2, 1), ROTTERDAM, UTRECHT)).aanvaardt(Fase.IN_TRAJECT, "VZ-002")
        .args("VZ-002", "0344", d(2025, 4, 12)));
    Traject verzuimd = na(inBredeIntake(),
        new Gebeurtenis.IntakeVerzuim(d(2024, 2, 1), Verwijtbaarheid.OPZET, false));
    l.add(geval("VZ-002 a move during the brede intake restarts it", verzuimd,
        verhuisd(d(2024, 2, 10), AMSTERDAM, ROTTERDAM)).aanvaardt(Fase.GEMELD, "VZ-002")
        .en(u -> assertThat(u.traject().intakeVerzuimen()).isZero())
        .en(u -> assertThat(u.traject().uiterstePipDatum()).contains(d(2024, 4, 20))));
  }

  private static void schakelen(List<Geval> l) {
    l.add(geval("SW-003 change on the last day", inTraject(B1),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS, Z)).aanvaardt(Fase.IN_TRAJECT, "SW-003")
        .args("SW-003", "B1-route", "Zelfredzaamheidsroute", TERMIJN_START)
        .en(u -> assertThat(u.traject().leerroute()).contains(Z)));
    l.add(geval("PIP-023 change a day late", inTraject(B1),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS.plusDays(1), Z))
        .weigert("PIP-023").op("PIP-023", "/gebeurtenis/datum"));
    l.add(geval("SW-001 same leerroute", inTraject(B1),
        Gebeurtenis.LeerrouteGewijzigd.naar(d(2025, 1, 1), B1))
        .weigert("SW-001").op("SW-001", "/gebeurtenis/nieuweLeerroute"));
    l.add(geval("SW-004 PM-013 onderwijsroute to B1 at any time", inTraject(OR),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS.plusDays(1), B1))
        .aanvaardt(Fase.IN_TRAJECT, "SW-004", "PM-013", "SW-003")
        .args("SW-004", SCHAKELGRENS, "art. 5.4 lid 1 Bi")
        .en(u -> assertThat(u.traject().map()).isEqualTo(Onderdeelstatus.OPEN)));
    l.add(geval("PM-012 change to the onderwijsroute", inTraject(B1),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS, OR))
        .aanvaardt(Fase.IN_TRAJECT, "PM-012", "SW-003"));
    l.add(geval("SW-004 bijzonder geval", inTraject(B1), new Gebeurtenis.LeerrouteGewijzigd(
        d(2026, 1, 1), Z, Optional.of("medische redenen"), Optional.empty()))
        .aanvaardt(Fase.IN_TRAJECT, "SW-004", "SW-003")
        .args("SW-004", SCHAKELGRENS, "art. 5.4 lid 3 Bi"));
    l.add(geval("SW-004 after a niet-vrijstellende opleiding", inTraject(B1),
        new Gebeurtenis.LeerrouteGewijzigd(SCHAKELGRENS.plusDays(10), Z, Optional.empty(),
            Optional.of(SCHAKELGRENS.plusDays(1))))
        .aanvaardt(Fase.IN_TRAJECT, "SW-004", "SW-003")
        .args("SW-004", SCHAKELGRENS, "art. 5.4 lid 2 Bi"));
    l.add(geval("PIP-023 opleiding ended on the deadline gives no exception", inTraject(B1),
        new Gebeurtenis.LeerrouteGewijzigd(SCHAKELGRENS.plusDays(10), Z, Optional.empty(),
            Optional.of(SCHAKELGRENS)))
        .weigert("PIP-023").op("PIP-023", "/gebeurtenis/datum"));
    l.add(geval("SW-003 on-time change after an opleiding that ended before the deadline",
        inTraject(B1), new Gebeurtenis.LeerrouteGewijzigd(SCHAKELGRENS, Z, Optional.empty(),
            Optional.of(SCHAKELGRENS.minusMonths(2))))
        .aanvaardt(Fase.IN_TRAJECT, "SW-003"));
    l.add(geval("SW-002 opleiding ends after the change", inTraject(B1),
        new Gebeurtenis.LeerrouteGewijzigd(SCHAKELGRENS.plusDays(10), Z, Optional.empty(),
            Optional.of(SCHAKELGRENS.plusDays(11))))
        .weigert("SW-002").op("SW-002", "/gebeurtenis/eindeNietVrijstellendeOpleiding"));
    l.add(geval("VD-002 change to the onderwijsroute meets the plicht",
        lopend(B1, ASIEL, false, b1Behalve(Set.of("MAP"))),
        Gebeurtenis.LeerrouteGewijzigd.naar(SCHAKELGRENS, OR))
        .aanvaardt(Fase.VOLDAAN, "PM-012", "SW-003", "VD-002"));
  }

  private static void afschalen(List<Geval> l) {
    LocalDate d = d(2025, 3, 1);
    l.add(geval("AF-002 afschalen after 600 hours", lopend(B1, ASIEL, false,
        uren(d(2025, 1, 1), Urensoort.NT2, 600)), Gebeurtenis.Afgeschaald.geheel(d))
        .aanvaardt(Fase.IN_TRAJECT, "AF-002").args("AF-002", "LE, LU, SC, SP", 600)
        .en(u -> assertThat(u.traject().vereisteNiveaus()).containsEntry(Examenonderdeel.SP,
            Taalniveau.A2)));
    l.add(geval("PIP-024 afschalen after 599 hours", lopend(B1, ASIEL, false,
        uren(d(2025, 1, 1), Urensoort.NT2, 599)), Gebeurtenis.Afgeschaald.geheel(d))
        .weigert("PIP-024").op("PIP-024", "/gebeurtenis"));
    Traject metIntakeuren = na(inBredeIntake(), uren(d(2024, 2, 1), Urensoort.NT2, 300),
        Gebeurtenis.PipVastgesteld.of(PIP, B1), uren(d(2024, 6, 1), Urensoort.NT2, 300));
    l.add(geval("AF-002 intake hours count (art. 5.5(2) BI)", metIntakeuren,
        Gebeurtenis.Afgeschaald.geheel(d)).aanvaardt(Fase.IN_TRAJECT, "AF-002"));
    l.add(geval("PIP-025 afschalen outside the B1-route", lopend(Z, ASIEL, false,
        uren(d(2025, 1, 1), Urensoort.NT2, 600)), Gebeurtenis.Afgeschaald.geheel(d))
        .weigert("PIP-025").op("PIP-025", "/gebeurtenis"));
    l.add(geval("AF-001 part already at A2", lopend(B1, ASIEL, false,
        uren(d(2025, 1, 1), Urensoort.NT2, 600),
        new Gebeurtenis.Afgeschaald(d(2025, 2, 1), Set.of(Examenonderdeel.LE))),
        new Gebeurtenis.Afgeschaald(d, Set.of(Examenonderdeel.LE, Examenonderdeel.SP)))
        .weigert("AF-001").op("AF-001", "/gebeurtenis/onderdelen"));
    List<Gebeurtenis> prep = new ArrayList<>(List.of(b1Behalve(Set.of("SP"))));
    prep.add(Gebeurtenis.Examenuitslag.behaald(d(2025, 2, 20), Examenonderdeel.SP, Taalniveau.A2));
    prep.add(uren(d(2025, 2, 21), Urensoort.NT2, 600));
    l.add(geval("VD-001 afschalen meets the plicht",
        lopend(B1, ASIEL, false, prep.toArray(Gebeurtenis[]::new)),
        new Gebeurtenis.Afgeschaald(d, Set.of(Examenonderdeel.SP)))
        .aanvaardt(Fase.VOLDAAN, "AF-002", "VD-001"));
    // after the termijn: afschalen has no time limit (art. 17(3) Wi), and the onderwijsroute may
    // become the B1-route during the whole traject (art. 5.4(1) BI)
    LocalDate na = d(2027, 4, 1);
    l.add(geval("AF-002 afschalen after the termijn", lopend(B1, ASIEL, true,
        uren(d(2025, 1, 1), Urensoort.NT2, 600)), Gebeurtenis.Afgeschaald.geheel(na))
        .aanvaardt(Fase.TERMIJN_VERSTREKEN, "AF-002"));
    l.add(geval("VD-001 afschalen after the termijn meets the plicht",
        lopend(B1, ASIEL, true, prep.toArray(Gebeurtenis[]::new)),
        new Gebeurtenis.Afgeschaald(na, Set.of(Examenonderdeel.SP)))
        .aanvaardt(Fase.VOLDAAN, "AF-002", "VD-001"));
    l.add(geval("SW-004 onderwijsroute to B1-route after the termijn", lopend(OR, ASIEL, true),
        Gebeurtenis.LeerrouteGewijzigd.naar(na, B1))
        .aanvaardt(Fase.TERMIJN_VERSTREKEN, "SW-004", "PM-013", "SW-003"));
    l.add(geval("PIP-023 other route change after the termijn", lopend(B1, ASIEL, true),
        Gebeurtenis.LeerrouteGewijzigd.naar(na, Z))
        .weigert("PIP-023").op("PIP-023", "/gebeurtenis/datum"));
    l.add(geval("VD-002 bijzonder geval after the termijn meets the plicht",
        lopend(B1, ASIEL, true, b1Behalve(Set.of("MAP"))),
        new Gebeurtenis.LeerrouteGewijzigd(na, OR, Optional.of("overgang naar mbo"), Optional.empty()))
        .aanvaardt(Fase.VOLDAAN, "SW-004", "PM-012", "SW-003", "VD-002"));
  }

  private static void verlenging(List<Geval> l) {
    LocalDate vroegst = d(2026, 9, 2);
    Traject aangevraagd = na(inTraject(B1), new Gebeurtenis.VerlengingAangevraagd(vroegst));
    l.add(geval("VL-005 application six months before the end", inTraject(B1),
        new Gebeurtenis.VerlengingAangevraagd(vroegst))
        .aanvaardt(Fase.IN_TRAJECT, "VL-005").args("VL-005", vroegst, TERMIJN_EIND)
        .en(u -> assertThat(u.traject().verlengingAangevraagd()).contains(vroegst)));
    l.add(geval("TR-004 application one day too early", inTraject(B1),
        new Gebeurtenis.VerlengingAangevraagd(vroegst.minusDays(1)))
        .weigert("TR-004").op("TR-004", "/gebeurtenis/datum"));
    l.add(geval("VL-002 application after the end", inTraject(B1),
        new Gebeurtenis.VerlengingAangevraagd(TERMIJN_EIND.plusDays(1)))
        .weigert("VL-002").op("VL-002", "/gebeurtenis/datum"));
    l.add(geval("VL-005 application on the last day", inTraject(B1),
        new Gebeurtenis.VerlengingAangevraagd(TERMIJN_EIND)).aanvaardt(Fase.IN_TRAJECT, "VL-005"));
    l.add(geval("VL-004 second application while one is pending", aangevraagd,
        new Gebeurtenis.VerlengingAangevraagd(vroegst.plusDays(1)))
        .weigert("VL-004").op("VL-004", "/gebeurtenis"));
    l.add(geval("VL-006 refusal without an application", inTraject(B1),
        new Gebeurtenis.VerlengingAfgewezen(vroegst)).weigert("VL-006").op("VL-006", "/gebeurtenis"));
    l.add(geval("VL-007 application refused (SS113)", aangevraagd,
        new Gebeurtenis.VerlengingAfgewezen(vroegst.plusDays(40)))
        .aanvaardt(Fase.IN_TRAJECT, "VL-007").args("VL-007", vroegst, TERMIJN_EIND)
        .en(u -> assertThat(u.traject().verlengingAangevraagd()).isEmpty()));
    l.add(geval("TE-003 no expiry while an application is pending", aangevraagd,
        new Gebeurtenis.TermijnVerstreken(VERSTREKEN))
        .weigert("TE-003").op("TE-003", "/gebeurtenis"));
    l.add(geval("TE-002 expiry after the application was refused",
        na(aangevraagd, new Gebeurtenis.VerlengingAfgewezen(vroegst.plusDays(40))),
        new Gebeurtenis.TermijnVerstreken(VERSTREKEN)).aanvaardt(Fase.TERMIJN_VERSTREKEN, "TE-002"));
    l.add(geval("VL-003 the decision ends the pending application", aangevraagd,
        new Gebeurtenis.TermijnVerlengd(new Verlenging(Verlengingsgrond.ZIEKTE, Period.ofMonths(4),
            Optional.of(vroegst), vroegst.plusDays(40))))
        .aanvaardt(Fase.IN_TRAJECT, "VL-003")
        .en(u -> assertThat(u.traject().verlengingAangevraagd()).isEmpty()));
    LocalDate besluit = d(2026, 10, 1);
    l.add(geval("TR-004 edge: applied exactly six months before the end", inTraject(B1),
        verlengd(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), vroegst, besluit))
        .aanvaardt(Fase.IN_TRAJECT, "VL-003").args("VL-003", "P4M", d(2027, 7, 1)));
    l.add(geval("TR-004 applied a day earlier", inTraject(B1),
        verlengd(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), vroegst.minusDays(1), besluit))
        .weigert("TR-004").op("TR-004", "/gebeurtenis/verlenging"));
    l.add(geval("TR-005 edge: childbirth 16 weeks", inTraject(B1),
        verlengd(Verlengingsgrond.BEVALLING, Period.ofWeeks(16), null, besluit))
        .aanvaardt(Fase.IN_TRAJECT, "VL-003"));
    l.add(geval("TR-005 childbirth 17 weeks", inTraject(B1),
        verlengd(Verlengingsgrond.BEVALLING, Period.ofWeeks(17), null, besluit))
        .weigert("TR-005").op("TR-005", "/gebeurtenis/verlenging"));
    l.add(geval("TR-006 edge: illness of three months", inTraject(B1),
        verlengd(Verlengingsgrond.ZIEKTE, Period.ofMonths(3), null, besluit))
        .aanvaardt(Fase.IN_TRAJECT, "VL-003"));
    l.add(geval("TR-006 illness of two months", inTraject(B1),
        verlengd(Verlengingsgrond.ZIEKTE, Period.ofMonths(2), null, besluit))
        .weigert("TR-006").op("TR-006", "/gebeurtenis/verlenging"));
    l.add(geval("TR-007 literacy in the Z-route", inTraject(Z),
        verlengd(Verlengingsgrond.ALFABETISERING, Period.ofMonths(6), null, besluit))
        .weigert("TR-007").op("TR-007", "/gebeurtenis/verlenging"));
    l.add(geval("TR-007 edge: literacy in the B1-route", inTraject(B1),
        verlengd(Verlengingsgrond.ALFABETISERING, Period.ofMonths(6), null, besluit))
        .aanvaardt(Fase.IN_TRAJECT, "VL-003"));
    Traject or = na(inBredeIntake(),
        new Gebeurtenis.PipVastgesteld(PIP, OR, Optional.of(NiveauPip.B1), false));
    or = na(or, b1Behalve(Set.of("SC", "SP")));
    l.add(geval("TR-009 considerable effort in the onderwijsroute", or,
        verlengd(Verlengingsgrond.AANZIENLIJKE_INSPANNING, Period.ofMonths(6), vroegst, besluit))
        .weigert("TR-009").op("TR-009", "/gebeurtenis/verlenging"));
    l.add(geval("TR-010 considerable effort with one language part",
        lopend(B1, ASIEL, false, b1Behalve(Set.of("LU", "SC", "SP"))),
        verlengd(Verlengingsgrond.AANZIENLIJKE_INSPANNING, Period.ofMonths(6), vroegst, besluit))
        .weigert("TR-010").op("TR-010", "/gebeurtenis/verlenging"));
    l.add(geval("TR-009 TR-010 edge: two parts, KNM, PVT and MAP in the B1-route",
        lopend(B1, ASIEL, false, b1Behalve(Set.of("SC", "SP"))),
        verlengd(Verlengingsgrond.AANZIENLIJKE_INSPANNING, Period.ofMonths(6), vroegst, besluit))
        .aanvaardt(Fase.IN_TRAJECT, "VL-003"));
    Traject t2022 = na(Traject.nieuw(), new Gebeurtenis.PlichtOntstaan(d(2022, 2, 1), ASIEL,
        d(2022, 2, 1)), new Gebeurtenis.BredeIntakeGestart(d(2022, 2, 10)),
        Gebeurtenis.PipVastgesteld.of(d(2022, 3, 1), B1));
    l.add(geval("TR-008 niet-vrijstellende opleiding decided in 2022", t2022,
        verlengd(Verlengingsgrond.NIET_VRIJSTELLENDE_OPLEIDING, Period.ofYears(1), null,
            d(2022, 12, 31))).weigert("TR-008").op("TR-008", "/gebeurtenis/verlenging"));
    l.add(geval("TR-008 edge: niet-vrijstellende opleiding decided on 2023-01-01", t2022,
        verlengd(Verlengingsgrond.NIET_VRIJSTELLENDE_OPLEIDING, Period.ofYears(1), null,
            d(2023, 1, 1))).aanvaardt(Fase.IN_TRAJECT, "VL-003").args("VL-003", "P1Y", d(2026, 3, 1)));
    Traject verstreken = Trajecten.verstreken(B1);
    l.add(geval("VL-002 applied after the end", verstreken,
        verlengd(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), VERSTREKEN, d(2027, 3, 20)))
        .weigert("VL-002").op("VL-002", "/gebeurtenis/verlenging"));
    l.add(geval("VL-002 edge: applied on the last day reopens the traject", verstreken,
        verlengd(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), TERMIJN_EIND, d(2027, 3, 20)))
        .aanvaardt(Fase.IN_TRAJECT, "VL-003").args("VL-003", "P4M", d(2027, 7, 1)));
    l.add(geval("VL-003 extension decided after its own end", verstreken,
        verlengd(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), d(2027, 2, 1), d(2027, 7, 15)))
        .aanvaardt(Fase.TERMIJN_VERSTREKEN, "VL-003"));
  }

  private static void termijn(List<Geval> l) {
    l.add(geval("TE-002 termijn expires the day after its last day", inTraject(B1),
        new Gebeurtenis.TermijnVerstreken(VERSTREKEN)).aanvaardt(Fase.TERMIJN_VERSTREKEN, "TE-002")
        .args("TE-002", TERMIJN_EIND, "PVT, MAP, LEERROUTE"));
    l.add(geval("TE-001 not on its last day", inTraject(B1),
        new Gebeurtenis.TermijnVerstreken(TERMIJN_EIND))
        .weigert("TE-001").op("TE-001", "/gebeurtenis/datum"));
  }

  /** Results during the traject and after the termijn: each kind stays, or meets the plicht. */
  private static void afronding(List<Geval> l) {
    for (boolean verstreken : List.of(false, true)) {
      Fase f = verstreken ? Fase.TERMIJN_VERSTREKEN : Fase.IN_TRAJECT;
      LocalDate d = verstreken ? d(2027, 4, 1) : d(2026, 6, 1);
      String in = " in " + f;
      l.add(geval("EX-003 exam passed" + in, lopend(B1, ASIEL, verstreken),
          examen(d, Examenonderdeel.LE)).aanvaardt(f, "EX-003").args("EX-003", "LE", "B1"));
      l.add(geval("VD-001 last exam" + in, lopend(B1, ASIEL, verstreken, b1Behalve(Set.of("KNM"))),
          examen(d, Examenonderdeel.KNM)).aanvaardt(Fase.VOLDAAN, "EX-004", "VD-001"));
      l.add(geval("PVT completed" + in, lopend(B1, ASIEL, verstreken), pvt(d)).aanvaardt(f));
      l.add(geval("VD-001 PVT last" + in, lopend(B1, ASIEL, verstreken, b1Behalve(Set.of("PVT"))),
          pvt(d)).aanvaardt(Fase.VOLDAAN, "VD-001"));
      l.add(geval("MAP completed" + in, lopend(B1, ASIEL, verstreken), map(d)).aanvaardt(f));
      l.add(geval("VD-001 MAP last" + in, lopend(B1, ASIEL, verstreken, b1Behalve(Set.of("MAP"))),
          map(d)).aanvaardt(Fase.VOLDAAN, "VD-001"));
      l.add(geval("VD-003 edge: 799 course hours" + in, lopend(Z, GEZIN, verstreken,
          zroute(798, 0, true)), uren(d, Urensoort.NT2, 1)).aanvaardt(f));
      l.add(geval("VD-003 800 course hours" + in, lopend(Z, GEZIN, verstreken,
          zroute(799, 0, true)), uren(d, Urensoort.KNM, 1)).aanvaardt(Fase.VOLDAAN, "VD-003"));
      l.add(geval("taalschakeltraject completed, PVT open" + in, lopend(OR, ASIEL, verstreken),
          new Gebeurtenis.TaalschakeltrajectAfgerond(d)).aanvaardt(f));
      l.add(geval("VD-002 taalschakeltraject completed" + in, lopend(OR, ASIEL, verstreken,
          pvt(d(2025, 1, 1))), new Gebeurtenis.TaalschakeltrajectAfgerond(d))
          .aanvaardt(Fase.VOLDAAN, "VD-002"));
      l.add(geval("eindgesprek, hours open" + in, lopend(Z, ASIEL, verstreken),
          new Gebeurtenis.EindgesprekGevoerd(d)).aanvaardt(f));
      l.add(geval("VD-003 eindgesprek last" + in, lopend(Z, ASIEL, verstreken,
          zroute(800, 748, false)), new Gebeurtenis.EindgesprekGevoerd(d))
          .aanvaardt(Fase.VOLDAAN, "VD-003"));
    }
    LocalDate d = d(2026, 6, 1);
    l.add(geval("exam failed", inTraject(B1), new Gebeurtenis.Examenuitslag(d,
        Examenonderdeel.LE, Optional.of(Taalniveau.B1), false)).aanvaardt(Fase.IN_TRAJECT)
        .en(u -> assertThat(u.traject().pogingen()).containsEntry(Examenonderdeel.LE, 1)));
    l.add(geval("VD-003 edge: 799 participation hours", lopend(Z, ASIEL, false,
        zroute(800, 747, false)), new Gebeurtenis.EindgesprekGevoerd(d)).aanvaardt(Fase.IN_TRAJECT));
    l.add(geval("PM-011 PVT completed twice", lopend(B1, ASIEL, false, pvt(d(2025, 1, 1))), pvt(d))
        .weigert("PM-011").op("PM-011", "/gebeurtenis"));
    l.add(geval("PM-011 MAP completed twice", lopend(B1, ASIEL, false, map(d(2025, 1, 1))), map(d))
        .weigert("PM-011"));
    l.add(geval("PM-010 MAP with the taalschakeltraject", inTraject(OR), map(d))
        .weigert("PM-010").op("PM-010", "/gebeurtenis"));
    l.add(geval("PM-010 edge: MAP in the onderwijsroute without taalschakeltraject",
        na(inBredeIntake(), new Gebeurtenis.PipVastgesteld(PIP, OR, Optional.of(NiveauPip.B1),
            false)), map(d)).aanvaardt(Fase.IN_TRAJECT));
    l.add(geval("OR-003 no taalschakeltraject to complete", inTraject(B1),
        new Gebeurtenis.TaalschakeltrajectAfgerond(d)).weigert("OR-003").op("OR-003", "/gebeurtenis"));
    l.add(geval("ZR-007 eindgesprek outside the Z-route", inTraject(B1),
        new Gebeurtenis.EindgesprekGevoerd(d)).weigert("ZR-007").op("ZR-007", "/gebeurtenis"));
    l.add(geval("ZR-008 eindgesprek twice", lopend(Z, ASIEL, false,
        new Gebeurtenis.EindgesprekGevoerd(d(2025, 1, 1))), new Gebeurtenis.EindgesprekGevoerd(d))
        .weigert("ZR-008").op("ZR-008", "/gebeurtenis"));
  }
}
