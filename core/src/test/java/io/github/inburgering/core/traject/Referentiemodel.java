package io.github.inburgering.core.traject;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.model.Vrijstelling;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small reference model of the lifecycle, written from sections S.2 and S.3 of the rule reference
 * ({@code wet-inburgering.md}, "verified, pass 2") and the articles they cite, independently of
 * {@link Transities}: it shares only the value types (events, {@link Fase}, {@link Boete}, the
 * status enums), never the engine's tables, guards or helpers ({@code Wetregels}, {@code Voldaan},
 * {@code Inburgeringstermijn} are not used).
 *
 * <p>It predicts, for <em>every</em> kind of event, whether the engine accepts it and the phase
 * after it, and it tracks: phase, doelgroep, leerroute and required levels, termijn start, the
 * current end date (termijn of art. 11 with extensions, or the last new termijn of art. 24(2)),
 * PVT, MAP and taalschakeltraject status, hours, passed parts, and every fine with its amount. The
 * test compares exactly those fields ({@link #fase()}, {@link #leerroute()}, {@link #niveaus()},
 * {@link #termijnStart()}, {@link #huidigeEinde()}, {@link #pvt()}, {@link #map()}, {@link #tst()},
 * {@link #doelgroep()}, {@link #boetes()}); PIP history, effects, report codes, exam lists and
 * hour counters are not compared. It does not model the PIP deadline (PIP-011/PIP-012 are warnings)
 * nor the rule versions (every rule it uses is in force from 2022-01-01, except the 2022-only
 * refusal of the niet-vrijstellende-opleiding extension).
 *
 * <p>Readings where the text is silent, documented so a disagreement can be judged:
 * <ul>
 *   <li>T10 (the termijn passes) is an explicit clock event; the phase changes only with it. Guards
 *       that depend on whether the termijn still runs use dates, not the phase: an extension needs
 *       an application no later than the current end (art. 4.5 BI, art. 12 Wi: a termijn that has
 *       ended cannot be extended on a later application); a college fine of art. 23 must fall within
 *       the running (extended or new) termijn, the window of art. 7.1(5) BI.</li>
 *   <li>A temporary vrijstelling (T2) can begin in any open phase but itself; resuming with a PIP
 *       adds the days of the suspension to the termijn of art. 11 when it ran at the start of the
 *       suspension (the library's UNCERTAIN rule TV-003; DUO SS130 says only that the termijn
 *       "resumes"). Days are added after the extensions.</li>
 *   <li>The switch deadline is termijn start + 18 months inclusive, as section S.1 states it.</li>
 *   <li>A move during the brede intake returns to GEMELD: the new college calls anew. A move after
 *       the first PIP, in any phase, requires a new PIP with the same leerroute (art. 15(4) Wi).</li>
 *   <li>The art. 25 fine's new termijn (art. 7.4 RI) counts passed exam parts (KNM included,
 *       partial vrijstellingen included) or Z-route hours followed after the PIP (art. 5.3(5) BI).</li>
 * </ul>
 */
final class Referentiemodel {
  /** The model's verdict on one event. */
  record Voorspelling(boolean aanvaard, Fase naar) {}

  private static final LocalDate WI2021 = LocalDate.of(2022, 1, 1);
  private static final LocalDate NVO_VANAF = LocalDate.of(2023, 1, 1);
  private static final Set<Fase> OPEN = EnumSet.of(Fase.GEMELD, Fase.TIJDELIJK_VRIJGESTELD,
      Fase.BREDE_INTAKE, Fase.IN_TRAJECT, Fase.TERMIJN_VERSTREKEN);
  private static final Set<Fase> LOPEND = EnumSet.of(Fase.IN_TRAJECT, Fase.TERMIJN_VERSTREKEN);
  private static final List<Examenonderdeel> TAAL = List.of(Examenonderdeel.LE,
      Examenonderdeel.LU, Examenonderdeel.SC, Examenonderdeel.SP);

  private Fase fase = Fase.NIET_PLICHTIG;
  private Fase hervatIn;
  private LocalDate opgeschortSinds;
  private LocalDate laatste;
  private Doelgroep doelgroep;
  private Gemeentecode gemeente;
  private Leerroute route;
  private final Map<Examenonderdeel, Taalniveau> niveaus = new EnumMap<>(Examenonderdeel.class);
  private boolean nieuwePipNodig;
  private LocalDate termijnStart;
  private final List<Period> verlengingen = new ArrayList<>();
  private long opgeschorteDagen;
  /** The new termijnen: start, length, extensions. */
  private final List<Object[]> nieuweTermijnen = new ArrayList<>();
  private Onderdeelstatus pvt = Onderdeelstatus.OPEN;
  private Onderdeelstatus map = Onderdeelstatus.OPEN;
  private Taalschakeltraject tst = Taalschakeltraject.NIET;
  private int nt2;
  private int knm;
  private int participatie;
  private int intakeNt2;
  private int intakeKnm;
  private int intakeParticipatie;
  private int pvtUren;
  private int mapUren;
  private final Map<Examenonderdeel, Taalniveau> behaald = new EnumMap<>(Examenonderdeel.class);
  private boolean knmBehaald;
  private final Set<Examenonderdeel> ontheven = EnumSet.noneOf(Examenonderdeel.class);
  private boolean eindgesprek;
  /** An application for an extension DUO has not decided on (S.3 T10). */
  private LocalDate aanvraag;
  private final List<Boete> boetes = new ArrayList<>();
  private int verzuimen;

  // ------------------------------------------------------------------ observed fields

  Fase fase() {
    return fase;
  }

  Optional<Leerroute> leerroute() {
    return Optional.ofNullable(route);
  }

  Map<Examenonderdeel, Taalniveau> niveaus() {
    return route == Leerroute.B1_ROUTE ? Map.copyOf(niveaus) : Map.of();
  }

  Optional<LocalDate> termijnStart() {
    return Optional.ofNullable(termijnStart);
  }

  Optional<Doelgroep> doelgroep() {
    return Optional.ofNullable(doelgroep);
  }

  /** The last day of the termijn that applies: the last new termijn, else the termijn. */
  Optional<LocalDate> huidigeEinde() {
    if (termijnStart == null) {
      return Optional.empty();
    }
    if (!nieuweTermijnen.isEmpty()) {
      return Optional.of(eindeNieuw(nieuweTermijnen.get(nieuweTermijnen.size() - 1)));
    }
    return Optional.of(eindeTermijn());
  }

  Onderdeelstatus pvt() {
    return pvt;
  }

  Onderdeelstatus map() {
    return map;
  }

  Taalschakeltraject tst() {
    return tst;
  }

  List<Boete> boetes() {
    return List.copyOf(boetes);
  }

  // ------------------------------------------------------------------ dates

  private LocalDate eindeTermijn() {
    LocalDate eindExcl = termijnStart.plusYears(3);
    for (Period p : verlengingen) {
      eindExcl = eindExcl.plus(p);
    }
    return eindExcl.minusDays(1).plusDays(opgeschorteDagen);
  }

  @SuppressWarnings("unchecked")
  private static LocalDate eindeNieuw(Object[] nt) {
    LocalDate eindExcl = ((LocalDate) nt[0]).plus((Period) nt[1]);
    for (Period p : (List<Period>) nt[2]) {
      eindExcl = eindExcl.plus(p);
    }
    return eindExcl.minusDays(1);
  }

  private static boolean langer(Period a, Period b, LocalDate vanaf) {
    return vanaf.plus(a).isAfter(vanaf.plus(b));
  }

  // ------------------------------------------------------------------ the step

  /**
   * Predicts the verdict on {@code g} applied on {@code peildatum} and, when it is accepted, applies
   * it to the model.
   */
  Voorspelling stap(Gebeurtenis g, LocalDate peildatum) {
    if (g.datum().isAfter(peildatum) || (laatste != null && g.datum().isBefore(laatste))
        || fase.isEindtoestand()) {
      return nee();
    }
    boolean ok = verwerk(g);
    if (!ok) {
      return nee();
    }
    laatste = g.datum();
    if (LOPEND.contains(fase) && plichtVoldaan()) {
      fase = Fase.VOLDAAN;
    }
    return new Voorspelling(true, fase);
  }

  private Voorspelling nee() {
    return new Voorspelling(false, fase);
  }

  /** Checks the guards of {@code g}; when all hold, applies it and returns true. */
  private boolean verwerk(Gebeurtenis g) {
    if (g instanceof Gebeurtenis.PlichtOntstaan e) {
      // T1, art. 3 Wi; the Wet inburgering 2021 only for a plicht from 2022-01-01.
      if (fase != Fase.NIET_PLICHTIG || e.datum().isBefore(WI2021)) {
        return false;
      }
      fase = Fase.GEMELD;
      doelgroep = e.doelgroep();
      return true;
    }
    if (!OPEN.contains(fase)) {
      return false;
    }
    if (g instanceof Gebeurtenis.TijdelijkeVrijstelling e) {
      if (fase == Fase.TIJDELIJK_VRIJGESTELD) {
        return false;
      }
      hervatIn = fase;
      opgeschortSinds = e.datum();
      fase = Fase.TIJDELIJK_VRIJGESTELD;
      return true;
    }
    if (g instanceof Gebeurtenis.PlichtHervat e) {
      return hervat(e);
    }
    if (g instanceof Gebeurtenis.VrijstellingVerleend e) {
      if (e.vrijstelling() instanceof Vrijstelling.Gedeeltelijk gd) {
        merge(gd.onderdeel(), gd.niveau() == NiveauPip.A2 ? Taalniveau.A2 : Taalniveau.B1);
      } else {
        fase = Fase.VRIJGESTELD;
      }
      return true;
    }
    if (g instanceof Gebeurtenis.OntheffingVerleend e) {
      Ontheffing o = e.ontheffing();
      if (o instanceof Ontheffing.Gedeeltelijk gd) {
        // Art. 5 Wi, art. 2.7(3), 2.8 BI: BIO only whole; MED partly for at most 3 language parts.
        long taal = gd.onderdelen().stream().filter(TAAL::contains).count();
        if (o.grond() != Ontheffingsgrond.MED || taal > 3) {
          return false;
        }
        ontheven.addAll(gd.onderdelen());
      } else {
        fase = Fase.ONTHEVEN;
      }
      return true;
    }
    if (g instanceof Gebeurtenis.DoelgroepGewijzigd e) {
      if (e.nieuweDoelgroep() == doelgroep) {
        return false;
      }
      doelgroep = e.nieuweDoelgroep();
      return true;
    }
    if (g instanceof Gebeurtenis.PlichtBeeindigd) {
      fase = Fase.BEEINDIGD;
      return true;
    }
    if (g instanceof Gebeurtenis.Verhuisd e) {
      if (gemeente != null && !gemeente.equals(e.verhuizing().van())) {
        return false;
      }
      gemeente = e.verhuizing().naar();
      if (route != null) {
        nieuwePipNodig = true;
      }
      if (fase == Fase.BREDE_INTAKE) {
        fase = Fase.GEMELD;
        verzuimen = 0;
      }
      return true;
    }
    if (g instanceof Gebeurtenis.BredeIntakeGestart) {
      if (fase != Fase.GEMELD) {
        return false;
      }
      fase = Fase.BREDE_INTAKE;
      verzuimen = 0;
      return true;
    }
    if (g instanceof Gebeurtenis.IntakeVerzuim e) {
      return verzuim(e);
    }
    if (g instanceof Gebeurtenis.UrenGevolgd e) {
      if (fase != Fase.BREDE_INTAKE && !LOPEND.contains(fase)) {
        return false;
      }
      uren(e);
      return true;
    }
    if (g instanceof Gebeurtenis.PipVastgesteld e) {
      return pip(e);
    }
    if (!LOPEND.contains(fase)) {
      return false;
    }
    // From here on: the PIP is adopted (IN_TRAJECT or TERMIJN_VERSTREKEN).
    if (g instanceof Gebeurtenis.Examenuitslag e) {
      if (e.behaald()) {
        if (e.onderdeel() == Examenonderdeel.KNM) {
          knmBehaald = true;
        } else {
          merge(e.onderdeel(), e.niveau().orElseThrow());
        }
      }
      return true;
    }
    if (g instanceof Gebeurtenis.PvtAfgerond e) {
      if (pvt != Onderdeelstatus.OPEN) {
        return false;
      }
      pvt = Onderdeelstatus.AFGEROND;
      pvtUren = e.uren();
      return true;
    }
    if (g instanceof Gebeurtenis.MapAfgerond e) {
      if (map != Onderdeelstatus.OPEN) {
        return false;
      }
      map = Onderdeelstatus.AFGEROND;
      mapUren = e.uren();
      return true;
    }
    if (g instanceof Gebeurtenis.TaalschakeltrajectAfgerond) {
      if (tst != Taalschakeltraject.GEVOLGD) {
        return false;
      }
      tst = Taalschakeltraject.AFGEROND;
      return true;
    }
    if (g instanceof Gebeurtenis.EindgesprekGevoerd) {
      if (route != Leerroute.Z_ROUTE || eindgesprek) {
        return false;
      }
      eindgesprek = true;
      return true;
    }
    if (g instanceof Gebeurtenis.TermijnVerlengd e) {
      return verlengd(e.verlenging());
    }
    if (g instanceof Gebeurtenis.DuoBoeteOpgelegd e) {
      return fase == Fase.TERMIJN_VERSTREKEN && duoBoete(e);
    }
    // Art. 5.4(1) BI: onderwijsroute -> B1-route "gedurende het gehele inburgeringstraject", which
    // goes on after the termijn; art. 17(3) Wi: afschalen has no time limit.
    if (g instanceof Gebeurtenis.LeerrouteGewijzigd e) {
      return schakelen(e);
    }
    if (g instanceof Gebeurtenis.Afgeschaald e) {
      return afschalen(e);
    }
    if (fase != Fase.IN_TRAJECT) {
      return false;
    }
    if (g instanceof Gebeurtenis.VerlengingAangevraagd e) {
      // Art. 12 Wi, art. 4.5(1) BI: one at a time, from six months before the end until the end.
      LocalDate eind = huidigeEinde().orElseThrow();
      if (aanvraag != null || e.datum().isBefore(eind.plusDays(1).minusMonths(6))
          || e.datum().isAfter(eind)) {
        return false;
      }
      aanvraag = e.datum();
      return true;
    }
    if (g instanceof Gebeurtenis.VerlengingAfgewezen) {
      if (aanvraag == null) {
        return false;
      }
      aanvraag = null;
      return true;
    }
    if (g instanceof Gebeurtenis.TermijnVerstreken e) {
      LocalDate eind = huidigeEinde().orElseThrow();
      // S.3 T10: not while an application for an extension is pending.
      if (!e.datum().isAfter(eind) || aanvraag != null) {
        return false;
      }
      fase = Fase.TERMIJN_VERSTREKEN;
      return true;
    }
    if (g instanceof Gebeurtenis.CollegeBoeteOpgelegd e) {
      return collegeBoete(e);
    }
    return false;
  }

  private void merge(Examenonderdeel o, Taalniveau n) {
    behaald.merge(o, n, (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }

  private boolean hervat(Gebeurtenis.PlichtHervat e) {
    if (fase != Fase.TIJDELIJK_VRIJGESTELD || e.metPip() != (route != null)) {
      return false;
    }
    if (route == null) {
      fase = Fase.GEMELD;
      return true;
    }
    if (hervatIn == Fase.IN_TRAJECT && nieuweTermijnen.isEmpty()) {
      opgeschorteDagen += ChronoUnit.DAYS.between(opgeschortSinds, e.datum());
    }
    fase = e.datum().isAfter(huidigeEinde().orElseThrow())
        ? Fase.TERMIJN_VERSTREKEN : Fase.IN_TRAJECT;
    return true;
  }

  private boolean verzuim(Gebeurtenis.IntakeVerzuim e) {
    // Art. 14(1)-(2), 22 Wi; art. 7.1(1) BI: warning, then EUR 250 twice; three calls at most.
    if (fase != Fase.BREDE_INTAKE || verzuimen >= 3) {
      return false;
    }
    verzuimen++;
    if (verzuimen >= 2 && e.verwijtbaarheid() != Verwijtbaarheid.GEEN && !e.bijstandVerlaagd()) {
      boetes.add(new Boete(e.datum(), Boetesoort.BREDE_INTAKE, 250_00));
    }
    return true;
  }

  private void uren(Gebeurtenis.UrenGevolgd e) {
    boolean intake = fase == Fase.BREDE_INTAKE;
    int u = e.uren();
    switch (e.urensoort()) {
      case NT2 -> {
        if (intake) {
          intakeNt2 += u;
        } else {
          nt2 += u;
        }
      }
      case KNM -> {
        if (intake) {
          intakeKnm += u;
        } else {
          knm += u;
        }
      }
      default -> {
        if (intake) {
          intakeParticipatie += u;
        } else {
          participatie += u;
        }
      }
    }
  }

  private boolean pip(Gebeurtenis.PipVastgesteld e) {
    NiveauPip n = e.niveau().orElse(null);
    // DUO: no A2 in the onderwijsroute, no B1 in the Z-route.
    if ((e.leerroute() == Leerroute.ONDERWIJSROUTE && n == NiveauPip.A2)
        || (e.leerroute() == Leerroute.Z_ROUTE && n == NiveauPip.B1)) {
      return false;
    }
    if (fase == Fase.BREDE_INTAKE && route == null) {
      // T5: the first PIP; never A2 (T7: afschalen is a later change); art. 11(2) Wi.
      if (n == NiveauPip.A2) {
        return false;
      }
      route = e.leerroute();
      zetNiveaus();
      termijnStart = e.datum().plusDays(1);
      if (e.taalschakeltraject()) {
        tst = Taalschakeltraject.GEVOLGD;
        map = Onderdeelstatus.NIET_VAN_TOEPASSING;
      }
      fase = Fase.IN_TRAJECT;
      nieuwePipNodig = false;
      return true;
    }
    // T8: after a move, a new PIP with the earlier leerroute (art. 15(4) Wi).
    if (!LOPEND.contains(fase) || !nieuwePipNodig || e.leerroute() != route) {
      return false;
    }
    nieuwePipNodig = false;
    return true;
  }

  private void zetNiveaus() {
    niveaus.clear();
    if (route == Leerroute.B1_ROUTE) {
      TAAL.forEach(o -> niveaus.put(o, Taalniveau.B1));
    }
  }

  private boolean schakelen(Gebeurtenis.LeerrouteGewijzigd e) {
    Leerroute naar = e.nieuweLeerroute();
    if (naar == route) {
      return false;
    }
    // T6; art. 17(2) Wi, art. 5.4 BI.
    LocalDate grens = termijnStart.plusMonths(18);
    boolean opTijd = !e.datum().isAfter(grens);
    boolean oNaarB1 = route == Leerroute.ONDERWIJSROUTE && naar == Leerroute.B1_ROUTE;
    // art. 5.4(2) BI: the education ended before the change; it is an exception only when it
    // ended after the 1.5 years
    boolean naOpleiding = false;
    if (e.eindeNietVrijstellendeOpleiding().isPresent()) {
      LocalDate einde = e.eindeNietVrijstellendeOpleiding().get();
      if (einde.isAfter(e.datum())) {
        return false;
      }
      naOpleiding = einde.isAfter(grens);
    }
    if (!(opTijd || oNaarB1 || naOpleiding || e.bijzonderGeval().isPresent())) {
      return false;
    }
    Leerroute van = route;
    route = naar;
    zetNiveaus();
    // Art. 8(3) Wi: MAP not applicable while the taalschakeltraject is followed or completed.
    if (naar == Leerroute.ONDERWIJSROUTE) {
      if (tst == Taalschakeltraject.NIET) {
        tst = Taalschakeltraject.GEVOLGD;
      }
      if (map == Onderdeelstatus.OPEN) {
        map = Onderdeelstatus.NIET_VAN_TOEPASSING;
      }
    } else if (van == Leerroute.ONDERWIJSROUTE && tst == Taalschakeltraject.GEVOLGD) {
      tst = Taalschakeltraject.NIET;
      if (map == Onderdeelstatus.NIET_VAN_TOEPASSING) {
        map = Onderdeelstatus.OPEN;
      }
    }
    return true;
  }

  private boolean afschalen(Gebeurtenis.Afgeschaald e) {
    // T7: art. 17(3) Wi; art. 5.5 BI: B1-route, 600 NT2 hours (intake included), parts still at B1.
    if (route != Leerroute.B1_ROUTE || nt2 + intakeNt2 < 600) {
      return false;
    }
    for (Examenonderdeel o : e.onderdelen()) {
      if (niveaus.get(o) != Taalniveau.B1) {
        return false;
      }
    }
    e.onderdelen().forEach(o -> niveaus.put(o, Taalniveau.A2));
    return true;
  }

  private boolean verlengd(Verlenging v) {
    Verlengingsgrond grond = v.grond();
    LocalDate eind = huidigeEinde().orElseThrow();
    LocalDate besluit = v.besluitdatum();
    boolean nieuw = !nieuweTermijnen.isEmpty();
    // Art. 24(2) Wi: on a new termijn only art. 12(1)(a) (not culpable), not (b) considerable effort.
    if (nieuw && grond == Verlengingsgrond.AANZIENLIJKE_INSPANNING) {
      return false;
    }
    // Art. 4.5(1) BI: no application earlier than six months before the end; none after it.
    if (v.aanvraagdatum().isPresent()) {
      LocalDate a = v.aanvraagdatum().get();
      if (a.isBefore(eind.plusDays(1).minusMonths(6)) || a.isAfter(eind)) {
        return false;
      }
    }
    // Art. 4.1 RI, 4.4 BI: caps per ground.
    Period cap = switch (grond) {
      case OVERLIJDEN -> Period.ofMonths(3);
      case BEVALLING -> Period.ofWeeks(16);
      case ALFABETISERING, INSTELLING, AANZIENLIJKE_INSPANNING -> Period.ofMonths(6);
      case DAKLOOSHEID, BIJZONDERE_OMSTANDIGHEID, NIET_VRIJSTELLENDE_OPLEIDING -> Period.ofYears(2);
      default -> null;
    };
    if (cap != null && langer(v.duur(), cap, besluit)) {
      return false;
    }
    // Art. 4.1(1) RI: the circumstance lasted at least three months.
    boolean drieMaanden = switch (grond) {
      case ZIEKTE, OPVANG, ALFABETISERING, DAKLOOSHEID, INSTELLING, BIJZONDERE_OMSTANDIGHEID,
          COMBINATIE -> true;
      default -> false;
    };
    if (drieMaanden && langer(Period.ofMonths(3), v.duur(), besluit)) {
      return false;
    }
    if (grond == Verlengingsgrond.ALFABETISERING && route == Leerroute.Z_ROUTE) {
      return false;
    }
    if (grond == Verlengingsgrond.NIET_VRIJSTELLENDE_OPLEIDING && besluit.isBefore(NVO_VANAF)) {
      return false;
    }
    if (grond == Verlengingsgrond.AANZIENLIJKE_INSPANNING) {
      // Art. 12(1)(b) Wi, art. 4.4 BI.
      long taal = TAAL.stream().filter(behaald::containsKey).count();
      if (route != Leerroute.B1_ROUTE || taal < 2 || !knmBehaald
          || pvt != Onderdeelstatus.AFGEROND || map != Onderdeelstatus.AFGEROND) {
        return false;
      }
    }
    if (nieuw) {
      @SuppressWarnings("unchecked")
      List<Period> l = (List<Period>) nieuweTermijnen.get(nieuweTermijnen.size() - 1)[2];
      l.add(v.duur());
    } else {
      verlengingen.add(v.duur());
    }
    if (fase == Fase.TERMIJN_VERSTREKEN && !besluit.isAfter(huidigeEinde().orElseThrow())) {
      fase = Fase.IN_TRAJECT;
    }
    aanvraag = null;
    return true;
  }

  private boolean duoBoete(Gebeurtenis.DuoBoeteOpgelegd e) {
    // Art. 24, 25, 27 Wi; art. 5:41 Awb.
    if (!e.verwijtbaar() || e.bijstandVerlaagd()) {
      return false;
    }
    if (e.soorten().contains(Boetesoort.LEERROUTE) && e.vergunningGeweigerdOfIngetrokken()) {
      return false;
    }
    boolean pvtOpen = pvt == Onderdeelstatus.OPEN;
    boolean mapOpen = map == Onderdeelstatus.OPEN;
    boolean routeOpen = !routeBehaald();
    Set<Boetesoort> verwacht = EnumSet.noneOf(Boetesoort.class);
    if (pvtOpen || mapOpen) {
      verwacht.add(Boetesoort.PVT_MAP);
    }
    if (routeOpen) {
      verwacht.add(Boetesoort.LEERROUTE);
    }
    if (!e.soorten().equals(verwacht)) {
      return false;
    }
    if (e.bedragLeerrouteInCenten().isPresent()) {
      int c = e.bedragLeerrouteInCenten().get();
      if (c <= 0 || c > 1_000_00) {
        return false;
      }
    }
    // the fines in the order of their articles: art. 24 before art. 25
    java.util.Set<Boetesoort> soorten = java.util.EnumSet.copyOf(e.soorten());
    java.util.Set<Boetesoort> eerstOfTweede = java.util.EnumSet.noneOf(Boetesoort.class);
    for (Boetesoort s : soorten) {
      List<Boete> eerder = boetes.stream().filter(b -> b.soort() == s).toList();
      if (eerder.size() < 2) {
        eerstOfTweede.add(s);
      } else if (e.datum().isBefore(eerder.get(eerder.size() - 1).datum().plusYears(2))) {
        // Art. 24(4) Wi: after the second, a fine every two years.
        return false;
      }
    }
    boolean nieuweTermijn = !eerstOfTweede.isEmpty();
    Period duur = Period.ZERO;
    for (Boetesoort s : soorten) {
      Period p;
      if (s == Boetesoort.PVT_MAP) {
        boetes.add(new Boete(e.datum(), s, 340_00));
        p = pvtOpen && mapOpen ? Period.ofYears(1) : Period.ofMonths(6);
      } else {
        boetes.add(new Boete(e.datum(), s, e.bedragLeerrouteInCenten().orElseThrow()));
        p = nieuweTermijnLeerroute();
      }
      // art. 24(2)-(3) Wi: only a first or second fine sets a new termijn
      if (eerstOfTweede.contains(s) && p.toTotalMonths() > duur.toTotalMonths()) {
        duur = p;
      }
    }
    if (nieuweTermijn) {
      nieuweTermijnen.add(new Object[] {e.datum().plusDays(1), duur, new ArrayList<Period>()});
      fase = Fase.IN_TRAJECT;
    }
    return true;
  }

  /** Art. 7.4(2)-(4) RI. */
  private Period nieuweTermijnLeerroute() {
    if (route == Leerroute.Z_ROUTE) {
      if (doelgroep == Doelgroep.ASIELSTATUSHOUDER) {
        int u = nt2 + knm + participatie;
        return u <= 400 ? Period.ofYears(2) : u <= 800 ? Period.ofMonths(18)
            : u <= 1200 ? Period.ofYears(1) : Period.ofMonths(6);
      }
      int u = nt2 + knm;
      return u <= 200 ? Period.ofYears(2) : u <= 400 ? Period.ofMonths(18)
          : u <= 600 ? Period.ofYears(1) : Period.ofMonths(6);
    }
    int n = knmBehaald ? 1 : 0;
    for (Examenonderdeel o : TAAL) {
      Taalniveau vereist = route == Leerroute.B1_ROUTE ? niveaus.get(o) : Taalniveau.B1;
      if (behaald.containsKey(o) && behaald.get(o).compareTo(vereist) >= 0) {
        n++;
      }
    }
    return n == 0 ? Period.ofYears(2) : n == 1 ? Period.ofMonths(18)
        : n == 2 ? Period.ofYears(1) : Period.ofMonths(6);
  }

  private boolean collegeBoete(Gebeurtenis.CollegeBoeteOpgelegd e) {
    // E1: art. 23, 27 Wi; art. 7.1(2)-(5) BI.
    if (e.verwijtbaarheid() == Verwijtbaarheid.GEEN || e.bijstandVerlaagd()) {
      return false;
    }
    LocalDate van;
    LocalDate tot;
    int cap;
    if (nieuweTermijnen.isEmpty()) {
      van = termijnStart;
      tot = eindeTermijn();
      cap = 2_400_00;
    } else {
      Object[] nt = nieuweTermijnen.get(nieuweTermijnen.size() - 1);
      van = (LocalDate) nt[0];
      tot = eindeNieuw(nt);
      long m = ((Period) nt[1]).toTotalMonths();
      cap = m <= 6 ? 400_00 : m <= 12 ? 800_00 : m <= 18 ? 1_200_00 : 1_600_00;
    }
    if (e.datum().isBefore(van) || e.datum().isAfter(tot)) {
      return false;
    }
    int som = boetes.stream().filter(b -> b.soort().isCollege())
        .filter(b -> !b.datum().isBefore(van) && !b.datum().isAfter(tot))
        .mapToInt(Boete::bedragInCenten).sum();
    if (som >= cap) {
      return false;
    }
    // Base EUR 50, doubled for a breach within 12 months of the previous fine, at most EUR 800.
    int basis = 0;
    LocalDate vorige = null;
    for (Boete b : boetes) {
      if (b.soort() == Boetesoort.TRAJECT) {
        basis = vorige != null && !b.datum().isAfter(vorige.plusMonths(12))
            ? Math.min(800_00, basis * 2) : 50_00;
        vorige = b.datum();
      }
    }
    basis = vorige != null && !e.datum().isAfter(vorige.plusMonths(12))
        ? Math.min(800_00, basis * 2) : 50_00;
    int bedrag = Math.min(basis * e.verwijtbaarheid().procent() / 100, cap - som);
    boetes.add(new Boete(e.datum(), Boetesoort.TRAJECT, bedrag));
    return true;
  }

  // ------------------------------------------------------------------ voldaan (art. 6-9 Wi)

  private boolean plichtVoldaan() {
    return pvt == Onderdeelstatus.AFGEROND && map != Onderdeelstatus.OPEN && routeBehaald();
  }

  private boolean routeBehaald() {
    if (route == null) {
      return false;
    }
    return switch (route) {
      case B1_ROUTE -> examen(niveaus);
      case ONDERWIJSROUTE -> tst == Taalschakeltraject.AFGEROND || examen(Map.of());
      case Z_ROUTE -> nt2 + knm + intakeNt2 + intakeKnm >= 800
          && (doelgroep != Doelgroep.ASIELSTATUSHOUDER
              || participatie + intakeParticipatie + pvtUren + mapUren >= 800)
          && eindgesprek;
    };
  }

  private boolean examen(Map<Examenonderdeel, Taalniveau> vereist) {
    if (!ontheven.contains(Examenonderdeel.KNM) && !knmBehaald) {
      return false;
    }
    for (Examenonderdeel o : TAAL) {
      if (ontheven.contains(o)) {
        continue;
      }
      Taalniveau n = behaald.get(o);
      if (n == null || n.compareTo(vereist.getOrDefault(o, Taalniveau.B1)) < 0) {
        return false;
      }
    }
    return true;
  }
}
