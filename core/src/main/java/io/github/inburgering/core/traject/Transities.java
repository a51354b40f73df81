package io.github.inburgering.core.traject;

import static io.github.inburgering.core.traject.Fase.BEEINDIGD;
import static io.github.inburgering.core.traject.Fase.BREDE_INTAKE;
import static io.github.inburgering.core.traject.Fase.GEMELD;
import static io.github.inburgering.core.traject.Fase.IN_TRAJECT;
import static io.github.inburgering.core.traject.Fase.NIET_PLICHTIG;
import static io.github.inburgering.core.traject.Fase.ONTHEVEN;
import static io.github.inburgering.core.traject.Fase.TERMIJN_VERSTREKEN;
import static io.github.inburgering.core.traject.Fase.TIJDELIJK_VRIJGESTELD;
import static io.github.inburgering.core.traject.Fase.VOLDAAN;
import static io.github.inburgering.core.traject.Fase.VRIJGESTELD;

import io.github.inburgering.core.internal.Checks;
import io.github.inburgering.core.internal.Wetregels;
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
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Report;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle of the inburgeringsplicht as pure functions: {@link #toepassen} applies one event
 * to a traject and returns the new traject with its effects, or a refusal with the report of every
 * broken rule. Nothing here reads the clock: the peildatum is a parameter, and the rules in force
 * on the event's date apply.
 *
 * <p>Every guard and every effect is a rule of the catalogue ({@link Regels}), with its code,
 * legal basis and validity period; {@link #verklaar} gives the reasoning in Dutch or English.
 *
 * <pre>{@code
 * Uitkomst u = Transities.toepassen(traject, Gebeurtenis.LeerrouteGewijzigd.naar(datum, Z_ROUTE),
 *     peildatum);
 * if (!u.isAanvaard()) {
 *   u.report().codes(); // for example [PIP-023]
 * }
 * }</pre>
 */
public final class Transities {
  private static final int CAP_TERMIJN = 2_400_00;
  private static final int BASIS_ART23 = 50_00;
  private static final int INTAKEBOETE = 250_00;

  private static final List<Overgang> TABEL = bouwTabel();
  private static final Map<Fase, Map<Gebeurtenissoort, Set<Fase>>> INDEX = index(TABEL);

  private Transities() {}

  // ------------------------------------------------------------------ API

  /**
   * Applies {@code gebeurtenis} to {@code traject} as known on {@code peildatum}, with messages in
   * Dutch.
   *
   * @return the accepted new traject with its effects, or a refusal with the unchanged traject
   */
  public static Uitkomst toepassen(Traject traject, Gebeurtenis gebeurtenis, LocalDate peildatum) {
    return toepassen(traject, gebeurtenis, peildatum, Regels.NEDERLANDS);
  }

  /** Applies {@code gebeurtenis}, with messages in the language of {@code taal} (nl or en). */
  public static Uitkomst toepassen(
      Traject traject, Gebeurtenis gebeurtenis, LocalDate peildatum, Locale taal) {
    return beoordeel(traject, gebeurtenis, peildatum, taal, Pointer.of("gebeurtenis"), false).uitkomst;
  }

  /**
   * Returns the reasoning of {@link #toepassen}: every rule checked (✓ kept, ✗ broken, - not in
   * force), every effect with its legal basis, and the result; in Dutch, or English for a locale
   * whose language is {@code en}.
   */
  public static String verklaar(
      Traject traject, Gebeurtenis gebeurtenis, LocalDate peildatum, Locale taal) {
    Resultaat r = beoordeel(traject, gebeurtenis, peildatum, taal, Pointer.of("gebeurtenis"), true);
    boolean en = "en".equals(taal.getLanguage());
    StringBuilder sb = new StringBuilder();
    Gebeurtenissoort s = gebeurtenis.soort();
    sb.append(en ? "Event: " : "Gebeurtenis: ").append(en ? s.en() : s.nl())
        .append(en ? " on " : " op ").append(gebeurtenis.datum());
    gebeurtenis.duoGebeurtenis().ifPresent(d -> sb.append(" (").append(d.code()).append(')'));
    sb.append(en ? ", state " : ", toestand ").append(label(traject.fase(), en)).append('\n');
    r.stappen.forEach(l -> sb.append(l).append('\n'));
    if (r.uitkomst.isAanvaard()) {
      sb.append(en ? "Result: accepted, state " : "Uitkomst: aanvaard, toestand ")
          .append(label(r.uitkomst.traject().fase(), en));
    } else {
      sb.append(en ? "Result: refused, traject unchanged" : "Uitkomst: geweigerd, traject ongewijzigd");
    }
    return sb.append('\n').toString();
  }

  /**
   * Applies {@code gebeurtenissen} in order to a new traject. Stops at the first refusal, whose
   * findings point into the list ({@code /gebeurtenissen/3/...}).
   *
   * @return the final traject with every effect, or the first refusal
   */
  public static Uitkomst afspelen(List<? extends Gebeurtenis> gebeurtenissen, LocalDate peildatum) {
    return afspelen(Traject.nieuw(), gebeurtenissen, peildatum);
  }

  /** Applies {@code gebeurtenissen} in order to {@code start}; see {@link #afspelen(List, LocalDate)}. */
  public static Uitkomst afspelen(
      Traject start, List<? extends Gebeurtenis> gebeurtenissen, LocalDate peildatum) {
    return afspelen(start, gebeurtenissen, peildatum, Regels.NEDERLANDS);
  }

  /** Applies {@code gebeurtenissen} in order to {@code start}, with messages in {@code taal}. */
  public static Uitkomst afspelen(Traject start, List<? extends Gebeurtenis> gebeurtenissen,
      LocalDate peildatum, Locale taal) {
    Checks.required(taal, "taal");
    Checks.required(start, "start");
    Checks.required(peildatum, "peildatum");
    Traject t = start;
    List<Effect> effecten = new ArrayList<>();
    Report waarschuwingen = Report.empty();
    for (int i = 0; i < gebeurtenissen.size(); i++) {
      Uitkomst u = beoordeel(t, gebeurtenissen.get(i), peildatum, taal,
          Pointer.of("gebeurtenissen", i), false).uitkomst;
      if (!u.isAanvaard()) {
        return u;
      }
      t = u.traject();
      effecten.addAll(((Uitkomst.Aanvaard) u).effecten());
      waarschuwingen = waarschuwingen.merge(u.report());
    }
    return new Uitkomst.Aanvaard(t, effecten, waarschuwingen);
  }

  /** Returns the transition table: every phase an event of each kind may lead to, from each phase. */
  public static List<Overgang> tabel() {
    return TABEL;
  }

  /** Returns whether an event of kind {@code soort} may happen in phase {@code fase}. */
  public static boolean isToegestaan(Fase fase, Gebeurtenissoort soort) {
    return INDEX.getOrDefault(fase, Map.of()).containsKey(soort);
  }

  // ------------------------------------------------------------------ table

  private static List<Overgang> bouwTabel() {
    List<Overgang> t = new ArrayList<>();
    Set<Fase> open = EnumSet.of(GEMELD, TIJDELIJK_VRIJGESTELD, BREDE_INTAKE, IN_TRAJECT,
        TERMIJN_VERSTREKEN);
    Set<Fase> lopend = EnumSet.of(IN_TRAJECT, TERMIJN_VERSTREKEN);
    rij(t, NIET_PLICHTIG, Gebeurtenissoort.PLICHT_ONTSTAAN, GEMELD);
    for (Fase f : open) {
      rij(t, f, Gebeurtenissoort.VRIJSTELLING, VRIJGESTELD);
      rij(t, f, Gebeurtenissoort.VRIJSTELLING, f);
      rij(t, f, Gebeurtenissoort.ONTHEFFING, ONTHEVEN);
      rij(t, f, Gebeurtenissoort.ONTHEFFING, f);
      rij(t, f, Gebeurtenissoort.DOELGROEP_GEWIJZIGD, f);
      rij(t, f, Gebeurtenissoort.PLICHT_BEEINDIGD, BEEINDIGD);
      if (f != TIJDELIJK_VRIJGESTELD) {
        rij(t, f, Gebeurtenissoort.TIJDELIJKE_VRIJSTELLING, TIJDELIJK_VRIJGESTELD);
      }
    }
    rij(t, GEMELD, Gebeurtenissoort.VERHUISD, GEMELD);
    rij(t, BREDE_INTAKE, Gebeurtenissoort.VERHUISD, GEMELD);
    rij(t, TIJDELIJK_VRIJGESTELD, Gebeurtenissoort.VERHUISD, TIJDELIJK_VRIJGESTELD);
    rij(t, IN_TRAJECT, Gebeurtenissoort.VERHUISD, IN_TRAJECT);
    rij(t, TERMIJN_VERSTREKEN, Gebeurtenissoort.VERHUISD, TERMIJN_VERSTREKEN);
    rij(t, TIJDELIJK_VRIJGESTELD, Gebeurtenissoort.PLICHT_HERVAT, GEMELD);
    rij(t, TIJDELIJK_VRIJGESTELD, Gebeurtenissoort.PLICHT_HERVAT, IN_TRAJECT);
    rij(t, TIJDELIJK_VRIJGESTELD, Gebeurtenissoort.PLICHT_HERVAT, TERMIJN_VERSTREKEN);
    rij(t, TIJDELIJK_VRIJGESTELD, Gebeurtenissoort.PLICHT_HERVAT, VOLDAAN);
    rij(t, GEMELD, Gebeurtenissoort.BREDE_INTAKE_GESTART, BREDE_INTAKE);
    rij(t, BREDE_INTAKE, Gebeurtenissoort.INTAKE_VERZUIM, BREDE_INTAKE);
    rij(t, BREDE_INTAKE, Gebeurtenissoort.UREN_GEVOLGD, BREDE_INTAKE);
    rij(t, BREDE_INTAKE, Gebeurtenissoort.PIP_VASTGESTELD, IN_TRAJECT);
    rij(t, IN_TRAJECT, Gebeurtenissoort.PIP_VASTGESTELD, IN_TRAJECT);
    rij(t, TERMIJN_VERSTREKEN, Gebeurtenissoort.PIP_VASTGESTELD, TERMIJN_VERSTREKEN);
    // a route change (onderwijsroute -> B1-route "gedurende het gehele inburgeringstraject", art.
    // 5.4(1) BI) and afschalen (no time limit, art. 17(3) Wi) also after the termijn
    for (Fase f : lopend) {
      rij(t, f, Gebeurtenissoort.LEERROUTE_GEWIJZIGD, f);
      rij(t, f, Gebeurtenissoort.LEERROUTE_GEWIJZIGD, VOLDAAN);
      rij(t, f, Gebeurtenissoort.AFGESCHAALD, f);
      rij(t, f, Gebeurtenissoort.AFGESCHAALD, VOLDAAN);
    }
    rij(t, IN_TRAJECT, Gebeurtenissoort.VERLENGING_AANGEVRAAGD, IN_TRAJECT);
    rij(t, IN_TRAJECT, Gebeurtenissoort.VERLENGING_AFGEWEZEN, IN_TRAJECT);
    rij(t, IN_TRAJECT, Gebeurtenissoort.TERMIJN_VERLENGD, IN_TRAJECT);
    rij(t, TERMIJN_VERSTREKEN, Gebeurtenissoort.TERMIJN_VERLENGD, IN_TRAJECT);
    rij(t, TERMIJN_VERSTREKEN, Gebeurtenissoort.TERMIJN_VERLENGD, TERMIJN_VERSTREKEN);
    for (Fase f : lopend) {
      for (Gebeurtenissoort s : List.of(Gebeurtenissoort.EXAMENUITSLAG,
          Gebeurtenissoort.PVT_AFGEROND, Gebeurtenissoort.MAP_AFGEROND,
          Gebeurtenissoort.UREN_GEVOLGD, Gebeurtenissoort.TAALSCHAKELTRAJECT_AFGEROND,
          Gebeurtenissoort.EINDGESPREK_GEVOERD)) {
        rij(t, f, s, f);
        rij(t, f, s, VOLDAAN);
      }
      rij(t, f, Gebeurtenissoort.VRIJSTELLING, VOLDAAN);
      rij(t, f, Gebeurtenissoort.ONTHEFFING, VOLDAAN);
      rij(t, f, Gebeurtenissoort.DOELGROEP_GEWIJZIGD, VOLDAAN);
    }
    rij(t, IN_TRAJECT, Gebeurtenissoort.TERMIJN_VERSTREKEN, TERMIJN_VERSTREKEN);
    rij(t, TERMIJN_VERSTREKEN, Gebeurtenissoort.DUO_BOETE, IN_TRAJECT);
    rij(t, TERMIJN_VERSTREKEN, Gebeurtenissoort.DUO_BOETE, TERMIJN_VERSTREKEN);
    rij(t, IN_TRAJECT, Gebeurtenissoort.COLLEGE_BOETE, IN_TRAJECT);
    return Collections.unmodifiableList(t);
  }

  private static void rij(List<Overgang> t, Fase van, Gebeurtenissoort s, Fase naar) {
    t.add(new Overgang(van, s, naar));
  }

  private static Map<Fase, Map<Gebeurtenissoort, Set<Fase>>> index(List<Overgang> tabel) {
    Map<Fase, Map<Gebeurtenissoort, Set<Fase>>> m = new EnumMap<>(Fase.class);
    for (Overgang o : tabel) {
      m.computeIfAbsent(o.van(), f -> new EnumMap<>(Gebeurtenissoort.class))
          .computeIfAbsent(o.soort(), s -> EnumSet.noneOf(Fase.class))
          .add(o.naar());
    }
    return m;
  }

  // ------------------------------------------------------------------ engine

  private static final class Resultaat {
    final Uitkomst uitkomst;
    final List<String> stappen;

    Resultaat(Uitkomst uitkomst, List<String> stappen) {
      this.uitkomst = uitkomst;
      this.stappen = stappen;
    }
  }

  private static Resultaat beoordeel(
      Traject traject, Gebeurtenis g, LocalDate peildatum, Locale taal, Pointer basis,
      boolean uitleg) {
    Checks.required(traject, "traject");
    Checks.required(g, "gebeurtenis");
    Checks.required(peildatum, "peildatum");
    Checks.required(taal, "taal");
    Beoordeling b = new Beoordeling(traject, g, taal, basis, uitleg);
    Fase fase = traject.fase();
    boolean structuur = b.eisAltijd("ST-001", !g.datum().isAfter(peildatum), "datum", peildatum)
        && b.eisAltijd("ST-002", traject.laatsteGebeurtenis().map(l -> !g.datum().isBefore(l))
            .orElse(true), "datum", traject.laatsteGebeurtenis().orElse(g.datum()))
        && b.eisAltijd("ST-003", !fase.isEindtoestand(), null, fase.nl(), fase.en())
        && b.eisAltijd("ST-004", isToegestaan(fase, g.soort()), null, g.soort().nl(), fase.nl(),
            g.soort().en(), fase.en());
    if (structuur) {
      pasToe(b);
    }
    if (b.heeftFouten()) {
      return new Resultaat(new Uitkomst.Geweigerd(traject, b.report()), b.stappen());
    }
    b.nieuw.laatsteGebeurtenis = g.datum();
    Traject nieuw = b.nieuw.bouw();
    Fase naar = nieuw.fase();
    if (!INDEX.get(fase).get(g.soort()).contains(naar)) {
      throw new IllegalStateException(
          "transition " + fase + " --" + g.soort() + "--> " + naar + " is not in the table");
    }
    return new Resultaat(new Uitkomst.Aanvaard(nieuw, b.effecten(), b.report()), b.stappen());
  }

  private static void pasToe(Beoordeling b) {
    Gebeurtenis g = b.gebeurtenis;
    if (g instanceof Gebeurtenis.PlichtOntstaan e) {
      plichtOntstaan(b, e);
    } else if (g instanceof Gebeurtenis.TijdelijkeVrijstelling e) {
      b.nieuw.toestand = new Toestand.TijdelijkVrijgesteld(e.datum(), b.oud.fase());
      b.effect("TV-001", e.datum());
    } else if (g instanceof Gebeurtenis.PlichtHervat e) {
      hervat(b, e);
    } else if (g instanceof Gebeurtenis.VrijstellingVerleend e) {
      vrijstelling(b, e);
    } else if (g instanceof Gebeurtenis.BredeIntakeGestart e) {
      b.nieuw.toestand = new Toestand.InBredeIntake(e.datum());
      b.nieuw.intakeVerzuimen = 0;
      b.effect("IN-001", e.datum());
    } else if (g instanceof Gebeurtenis.IntakeVerzuim e) {
      intakeVerzuim(b, e);
    } else if (g instanceof Gebeurtenis.PipVastgesteld e) {
      pip(b, e);
    } else if (g instanceof Gebeurtenis.LeerrouteGewijzigd e) {
      schakelen(b, e);
    } else if (g instanceof Gebeurtenis.Afgeschaald e) {
      afschalen(b, e);
    } else if (g instanceof Gebeurtenis.Verhuisd e) {
      verhuisd(b, e);
    } else if (g instanceof Gebeurtenis.VerlengingAangevraagd e) {
      aanvraag(b, e);
    } else if (g instanceof Gebeurtenis.VerlengingAfgewezen e) {
      LocalDate aangevraagd = b.oud.verlengingAangevraagd().orElse(null);
      if (b.eis("VL-006", aangevraagd != null, null)) {
        b.nieuw.verlengingAangevraagd = null;
        b.effect("VL-007", aangevraagd, b.oud.huidigeEinddatum().orElseThrow());
      }
    } else if (g instanceof Gebeurtenis.TermijnVerlengd e) {
      verlengd(b, e);
    } else if (g instanceof Gebeurtenis.OntheffingVerleend e) {
      ontheffing(b, e);
    } else if (g instanceof Gebeurtenis.Examenuitslag e) {
      b.nieuw.examens.add(e);
      if (e.behaald() && e.niveau().isPresent()) {
        b.effect("EX-003", e.onderdeel().code(), e.niveau().get().code());
      } else if (e.behaald()) {
        b.effect("EX-004");
      }
      voldaanCheck(b);
    } else if (g instanceof Gebeurtenis.PvtAfgerond e) {
      if (b.eis("PM-011", b.oud.pvt() != Onderdeelstatus.AFGEROND, null, "PVT")) {
        b.nieuw.pvt = Onderdeelstatus.AFGEROND;
        b.nieuw.uren = b.nieuw.uren.metPvt(e.uren());
        voldaanCheck(b);
      }
    } else if (g instanceof Gebeurtenis.MapAfgerond e) {
      boolean ok = b.eis("PM-010", b.oud.map() != Onderdeelstatus.NIET_VAN_TOEPASSING, null)
          & b.eis("PM-011", b.oud.map() != Onderdeelstatus.AFGEROND, null, "MAP");
      if (ok) {
        b.nieuw.map = Onderdeelstatus.AFGEROND;
        b.nieuw.uren = b.nieuw.uren.metMap(e.uren());
        voldaanCheck(b);
      }
    } else if (g instanceof Gebeurtenis.UrenGevolgd e) {
      b.nieuw.uren = b.nieuw.uren.plus(e.urensoort(), e.uren(), b.oud.fase() == BREDE_INTAKE);
      voldaanCheck(b);
    } else if (g instanceof Gebeurtenis.TaalschakeltrajectAfgerond e) {
      if (b.eis("OR-003", b.oud.taalschakeltraject() == Taalschakeltraject.GEVOLGD, null)) {
        b.nieuw.taalschakeltraject = Taalschakeltraject.AFGEROND;
        voldaanCheck(b);
      }
    } else if (g instanceof Gebeurtenis.EindgesprekGevoerd e) {
      boolean ok = b.eis("ZR-007", b.oud.leerroute().orElse(null) == Leerroute.Z_ROUTE, null)
          & b.eis("ZR-008", !b.oud.eindgesprekGevoerd(), null);
      if (ok) {
        b.nieuw.eindgesprekGevoerd = true;
        voldaanCheck(b);
      }
    } else if (g instanceof Gebeurtenis.TermijnVerstreken e) {
      LocalDate eind = b.oud.huidigeEinddatum().orElseThrow();
      boolean ok = b.eis("TE-001", e.datum().isAfter(eind), "datum", eind)
          & b.eis("TE-003", b.oud.verlengingAangevraagd().isEmpty(), null,
              b.oud.verlengingAangevraagd().map(Object::toString).orElse("-"));
      if (ok) {
        b.nieuw.toestand = new Toestand.TermijnVerstreken(eind.plusDays(1));
        b.effect("TE-002", eind, lijst(b.oud.openVerplichtingen()));
      }
    } else if (g instanceof Gebeurtenis.DuoBoeteOpgelegd e) {
      duoBoete(b, e);
    } else if (g instanceof Gebeurtenis.CollegeBoeteOpgelegd e) {
      collegeBoete(b, e);
    } else if (g instanceof Gebeurtenis.DoelgroepGewijzigd e) {
      doelgroep(b, e);
    } else if (g instanceof Gebeurtenis.PlichtBeeindigd e) {
      b.nieuw.toestand = new Toestand.Beeindigd(e.datum(), e.grond());
      b.effect("EI-001", e.grond().omschrijving(), lijst(b.oud.openVerplichtingen()));
    } else {
      throw new IllegalStateException("unknown event " + g.soort());
    }
  }

  private static void plichtOntstaan(Beoordeling b, Gebeurtenis.PlichtOntstaan e) {
    if (!b.eisAltijd("ST-005", !e.datum().isBefore(Regels.INWERKINGTREDING), "datum")) {
      return;
    }
    b.nieuw.toestand = new Toestand.Gemeld(e.datum());
    b.nieuw.doelgroep = e.doelgroep();
    b.nieuw.plichtStart = e.datum();
    b.nieuw.uiterstePipDatum = e.kennisgeving().plus(Wetregels.TIEN_WEKEN);
    b.effect("PV-001", b.nieuw.uiterstePipDatum);
  }

  private static void hervat(Beoordeling b, Gebeurtenis.PlichtHervat e) {
    boolean heeftPip = !b.oud.pipHistorie().isEmpty();
    if (!b.eis("TV-002", e.metPip() == heeftPip, "metPip", heeftPip ? "SS130" : "SS129")) {
      return;
    }
    Toestand.TijdelijkVrijgesteld tv = (Toestand.TijdelijkVrijgesteld) b.oud.toestand();
    if (!heeftPip) {
      b.nieuw.toestand = new Toestand.Gemeld(e.datum());
      b.nieuw.uiterstePipDatum = e.datum().plus(Wetregels.TIEN_WEKEN);
      b.effect("PV-001", b.nieuw.uiterstePipDatum);
      return;
    }
    if (tv.hervatIn() == IN_TRAJECT && b.oud.nieuweTermijn().isEmpty()) {
      int dagen = (int) Math.min(100_000, ChronoUnit.DAYS.between(tv.sinds(), e.datum()));
      b.nieuw.opgeschortDagen = b.oud.opgeschortDagen() + dagen;
      Traject t = b.nieuw.bouw();
      b.effect("TV-003", dagen, t.huidigeEinddatum().orElseThrow());
    }
    LocalDate eind = b.nieuw.bouw().huidigeEinddatum().orElseThrow();
    if (e.datum().isAfter(eind)) {
      // the termijn ran out while the plicht was suspended (art. 11(1) Wi)
      b.nieuw.toestand = new Toestand.TermijnVerstreken(eind.plusDays(1));
      b.effect("TE-002", eind, lijst(b.oud.openVerplichtingen()));
    } else {
      b.nieuw.toestand = new Toestand.InTraject(e.datum());
    }
    // A partial vrijstelling or ontheffing, or a new doelgroep, granted during the temporary
    // vrijstelling may have completed the plicht (art. 6 Wi).
    voldaanCheck(b);
  }

  private static void vrijstelling(Beoordeling b, Gebeurtenis.VrijstellingVerleend e) {
    Vrijstelling v = e.vrijstelling();
    if (v instanceof Vrijstelling.Geheel g) {
      b.nieuw.toestand = new Toestand.Vrijgesteld(e.datum(), g.reden());
      b.effect("EI-002", g.reden().omschrijving(), lijst(b.oud.openVerplichtingen()));
      return;
    }
    Vrijstelling.Gedeeltelijk gd = (Vrijstelling.Gedeeltelijk) v;
    Taalniveau niveau = Taalniveau.fromCode(gd.niveau().code());
    b.nieuw.vrijgesteldeNiveaus.merge(gd.onderdeel(), niveau,
        (x, y) -> x.compareTo(y) >= 0 ? x : y);
    b.effect("VR-004", gd.onderdeel().code(), niveau.code());
    voldaanCheck(b);
  }

  private static void ontheffing(Beoordeling b, Gebeurtenis.OntheffingVerleend e) {
    Ontheffing o = e.ontheffing();
    if (o instanceof Ontheffing.Geheel) {
      b.nieuw.toestand = new Toestand.Ontheven(e.datum(), o.grond());
      b.effect("EI-003", o.grond().code(), lijst(b.oud.openVerplichtingen()));
      return;
    }
    Set<Examenonderdeel> delen = ((Ontheffing.Gedeeltelijk) o).onderdelen();
    long taal = delen.stream().filter(Examenonderdeel::isTaalonderdeel).count();
    boolean ok = b.eis("ON-002", o.grond() == Ontheffingsgrond.MED, "ontheffing")
        & b.eis("ON-001", taal <= 3, "ontheffing");
    b.eis("ON-004", b.oud.leerroute().orElse(null) != Leerroute.Z_ROUTE, "ontheffing");
    if (ok) {
      b.nieuw.onthevenOnderdelen.addAll(delen);
      b.effect("ON-005", lijst(delen));
      voldaanCheck(b);
    }
  }

  private static void intakeVerzuim(Beoordeling b, Gebeurtenis.IntakeVerzuim e) {
    int n = b.oud.intakeVerzuimen() + 1;
    if (!b.eis("IN-002", n <= 3, null)) {
      return;
    }
    b.nieuw.intakeVerzuimen = n;
    if (n == 1) {
      b.effect("IN-003", e.datum());
      return;
    }
    boolean boete = e.verwijtbaarheid() != Verwijtbaarheid.GEEN && !e.bijstandVerlaagd();
    if (boete) {
      b.nieuw.boetes.add(new Boete(e.datum(), Boetesoort.BREDE_INTAKE, INTAKEBOETE));
      b.effect(n == 2 ? "IN-004" : "IN-005", euro(INTAKEBOETE),
          e.datum().plusMonths(2));
    } else {
      b.effect("IN-006", e.bijstandVerlaagd() ? "art. 27 Wi" : "art. 5:41 Awb");
    }
    if (n == 3) {
      b.effect("IN-007");
    }
  }

  private static void pip(Beoordeling b, Gebeurtenis.PipVastgesteld e) {
    Leerroute route = e.leerroute();
    NiveauPip niveau = e.niveau().orElse(null);
    boolean eerste = b.oud.pipHistorie().isEmpty();
    boolean ok = b.eis("PIP-004", !(route == Leerroute.ONDERWIJSROUTE && niveau == NiveauPip.A2),
            "niveau")
        & b.eis("PIP-005", !(route == Leerroute.Z_ROUTE && niveau == NiveauPip.B1), "niveau");
    if (eerste) {
      ok &= b.eis("PIP-006", niveau != NiveauPip.A2, "niveau");
      if (!ok) {
        return;
      }
      LocalDate uiterst = b.oud.uiterstePipDatum().orElse(e.datum());
      b.eis("PIP-011", !e.datum().isAfter(uiterst), "datum", uiterst);
      b.nieuw.termijnStart = e.datum().plusDays(1);
      b.nieuw.uiterstePipDatum = null;
      b.nieuw.pipHistorie.add(new PipStap(e.datum(), PipStap.Aanleiding.EERSTE, route,
          niveaus(route, Taalniveau.B1)));
      if (e.taalschakeltraject()) {
        b.nieuw.taalschakeltraject = Taalschakeltraject.GEVOLGD;
        b.nieuw.map = Onderdeelstatus.NIET_VAN_TOEPASSING;
        b.effect("PM-012");
      }
      b.nieuw.toestand = new Toestand.InTraject(e.datum());
      Traject t = b.nieuw.bouw();
      b.effect("PV-002", t.termijnStart().orElseThrow(), t.huidigeEinddatum().orElseThrow(),
          t.uitersteSchakeldatum().orElseThrow());
      return;
    }
    Leerroute huidig = b.oud.leerroute().orElseThrow();
    ok &= b.eis("PV-003", b.oud.uiterstePipDatum().isPresent(), null)
        && b.eis("PIP-013", route == huidig, "leerroute", huidig.omschrijving());
    if (!ok) {
      return;
    }
    LocalDate uiterst = b.oud.uiterstePipDatum().orElseThrow();
    b.eis("PIP-012", !e.datum().isAfter(uiterst), "datum", uiterst);
    b.nieuw.uiterstePipDatum = null;
    b.nieuw.pipHistorie.add(new PipStap(e.datum(), PipStap.Aanleiding.VERHUIZING, huidig,
        b.oud.vereisteNiveaus()));
    b.effect("VZ-003", huidig.omschrijving(), b.oud.termijnStart().orElseThrow());
  }

  private static Map<Examenonderdeel, Taalniveau> niveaus(Leerroute route, Taalniveau niveau) {
    if (route != Leerroute.B1_ROUTE) {
      return Map.of();
    }
    Map<Examenonderdeel, Taalniveau> m = new EnumMap<>(Examenonderdeel.class);
    Examenonderdeel.taalonderdelen().forEach(o -> m.put(o, niveau));
    return m;
  }

  private static void schakelen(Beoordeling b, Gebeurtenis.LeerrouteGewijzigd e) {
    Leerroute van = b.oud.leerroute().orElseThrow();
    Leerroute naar = e.nieuweLeerroute();
    if (!b.eis("SW-001", van != naar, "nieuweLeerroute", naar.omschrijving())) {
      return;
    }
    LocalDate grens = b.oud.uitersteSchakeldatum().orElseThrow();
    boolean opTijd = !e.datum().isAfter(grens);
    boolean onderwijsNaarB1 = van == Leerroute.ONDERWIJSROUTE && naar == Leerroute.B1_ROUTE;
    boolean naOpleiding = e.eindeNietVrijstellendeOpleiding().map(d -> d.isAfter(grens))
        .orElse(false);
    boolean bijzonder = e.bijzonderGeval().isPresent();
    boolean ok = b.eis("SW-002", e.eindeNietVrijstellendeOpleiding()
        .map(d -> !d.isAfter(e.datum())).orElse(true), "eindeNietVrijstellendeOpleiding", e.datum());
    ok &= b.eis("PIP-023", opTijd || onderwijsNaarB1 || naOpleiding || bijzonder, "datum", grens);
    if (!ok) {
      return;
    }
    if (!opTijd) {
      String grond = onderwijsNaarB1 ? "art. 5.4 lid 1 Bi" : naOpleiding ? "art. 5.4 lid 2 Bi"
          : "art. 5.4 lid 3 Bi";
      b.effect("SW-004", grens, grond);
    }
    b.nieuw.pipHistorie.add(new PipStap(e.datum(), PipStap.Aanleiding.SCHAKELEN, naar,
        niveaus(naar, Taalniveau.B1)));
    if (naar == Leerroute.ONDERWIJSROUTE) {
      if (b.oud.taalschakeltraject() == Taalschakeltraject.NIET) {
        b.nieuw.taalschakeltraject = Taalschakeltraject.GEVOLGD;
      }
      if (b.oud.map() == Onderdeelstatus.OPEN) {
        b.nieuw.map = Onderdeelstatus.NIET_VAN_TOEPASSING;
        b.effect("PM-012");
      }
    } else if (b.oud.taalschakeltraject() == Taalschakeltraject.GEVOLGD) {
      b.nieuw.taalschakeltraject = Taalschakeltraject.NIET;
      if (b.oud.map() == Onderdeelstatus.NIET_VAN_TOEPASSING) {
        b.nieuw.map = Onderdeelstatus.OPEN;
        b.effect("PM-013");
      }
    }
    b.effect("SW-003", van.omschrijving(), naar.omschrijving(), b.oud.termijnStart().orElseThrow());
    voldaanCheck(b);
  }

  private static void afschalen(Beoordeling b, Gebeurtenis.Afgeschaald e) {
    boolean b1 = b.oud.leerroute().orElse(null) == Leerroute.B1_ROUTE;
    if (!b.eis("PIP-025", b1, null)) {
      return;
    }
    int uren = b.oud.uren().nt2VoorAfschalen();
    Map<Examenonderdeel, Taalniveau> huidig = b.oud.vereisteNiveaus();
    Set<Examenonderdeel> alA2 = e.onderdelen().stream()
        .filter(o -> huidig.get(o) == Taalniveau.A2)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Examenonderdeel.class)));
    boolean ok = b.eis("PIP-024", uren >= Wetregels.AFSCHALEN_NT2_UREN, null, uren)
        & b.eis("AF-001", alA2.isEmpty(), "onderdelen", lijst(alA2));
    if (!ok) {
      return;
    }
    Map<Examenonderdeel, Taalniveau> nieuw = new EnumMap<>(huidig);
    e.onderdelen().forEach(o -> nieuw.put(o, Taalniveau.A2));
    b.nieuw.pipHistorie.add(new PipStap(e.datum(), PipStap.Aanleiding.AFSCHALEN,
        Leerroute.B1_ROUTE, nieuw));
    b.effect("AF-002", lijst(e.onderdelen()), uren);
    voldaanCheck(b);
  }

  private static void verhuisd(Beoordeling b, Gebeurtenis.Verhuisd e) {
    boolean ok = b.eis("VZ-001", b.oud.gemeente().map(g -> g.equals(e.verhuizing().van()))
        .orElse(true), "verhuizing", b.oud.gemeente().map(Object::toString).orElse("-"));
    if (!ok) {
      return;
    }
    b.nieuw.gemeente = e.verhuizing().naar();
    LocalDate uiterst = e.datum().plus(Wetregels.TIEN_WEKEN);
    if (b.oud.fase() == TIJDELIJK_VRIJGESTELD && b.oud.pipHistorie().isEmpty()) {
      // No PIP yet: the 10 weeks run again when the plicht resumes (PLICHT_HERVAT). With a PIP,
      // the new college owes a PIP with the same leerroute (art. 15(4) Wi), also after a move
      // during the temporary vrijstelling; otherwise PV-003 would refuse it for good.
      b.effect("VZ-002", e.verhuizing().naar().toString(), "-");
      return;
    }
    b.nieuw.uiterstePipDatum = uiterst;
    if (b.oud.fase() == BREDE_INTAKE) {
      b.nieuw.toestand = new Toestand.Gemeld(e.datum());
      b.nieuw.intakeVerzuimen = 0;
    }
    b.effect("VZ-002", e.verhuizing().naar().toString(), uiterst);
  }

  private static void aanvraag(Beoordeling b, Gebeurtenis.VerlengingAangevraagd e) {
    LocalDate eind = b.oud.huidigeEinddatum().orElseThrow();
    LocalDate vroegst = Wetregels.vroegsteAanvraag(eind);
    boolean ok = b.eis("VL-004", b.oud.verlengingAangevraagd().isEmpty(), null,
            b.oud.verlengingAangevraagd().map(Object::toString).orElse("-"))
        & b.eis("TR-004", !e.datum().isBefore(vroegst), "datum", vroegst)
        & b.eis("VL-002", !e.datum().isAfter(eind), "datum", eind);
    if (ok) {
      b.nieuw.verlengingAangevraagd = e.datum();
      b.effect("VL-005", e.datum(), eind);
    }
  }

  private static void verlengd(Beoordeling b, Gebeurtenis.TermijnVerlengd e) {
    Verlenging v = e.verlenging();
    Verlengingsgrond grond = v.grond();
    Traject t = b.oud;
    boolean nieuweTermijn = t.nieuweTermijn().isPresent();
    LocalDate eind = t.huidigeEinddatum().orElseThrow();
    LocalDate vroegst = Wetregels.vroegsteAanvraag(eind);
    Leerroute route = t.leerroute().orElseThrow();
    boolean ok = b.eis("VL-001", !(nieuweTermijn
        && grond == Verlengingsgrond.AANZIENLIJKE_INSPANNING), "verlenging");
    ok &= b.eis("TR-004", v.aanvraagdatum().map(a -> !a.isBefore(vroegst)).orElse(true),
        "verlenging", vroegst);
    Optional<Period> max = Wetregels.maximum(grond);
    ok &= b.eis("TR-005", max.map(m -> !Wetregels.langer(v.duur(), m, v.besluitdatum()))
        .orElse(true), "verlenging", max.map(Object::toString).orElse("-"));
    ok &= b.eis("TR-006", !(Wetregels.isAfrondingsnorm(grond)
        && Wetregels.langer(Period.ofMonths(3), v.duur(), v.besluitdatum())), "verlenging");
    ok &= b.eis("TR-007", !(grond == Verlengingsgrond.ALFABETISERING
        && route == Leerroute.Z_ROUTE), "verlenging");
    ok &= b.eis("TR-008", grond != Verlengingsgrond.NIET_VRIJSTELLENDE_OPLEIDING, "verlenging");
    if (grond == Verlengingsgrond.AANZIENLIJKE_INSPANNING) {
      ok &= b.eis("TR-009", route == Leerroute.B1_ROUTE, "verlenging");
      long taal = t.behaaldeNiveaus().keySet().stream().filter(Examenonderdeel::isTaalonderdeel)
          .count();
      ok &= b.eis("TR-010", taal >= 2 && t.knmBehaald() && t.pvt() == Onderdeelstatus.AFGEROND
          && t.map() == Onderdeelstatus.AFGEROND, "verlenging", taal);
    }
    // By date, not by phase: the termijn passes by its own event, and an application after the
    // last day is late whether or not that event has arrived yet.
    ok &= b.eis("VL-002", v.aanvraagdatum().map(a -> !a.isAfter(eind)).orElse(true),
        "verlenging", eind);
    if (!ok) {
      return;
    }
    if (nieuweTermijn) {
      NieuweTermijn nt = t.nieuweTermijn().orElseThrow();
      List<Verlenging> vs = new ArrayList<>(nt.verlengingen());
      vs.add(v);
      b.nieuw.nieuweTermijnen.set(b.nieuw.nieuweTermijnen.size() - 1,
          new NieuweTermijn(nt.start(), nt.duur(), vs));
    } else {
      b.nieuw.verlengingen.add(v);
    }
    b.nieuw.verlengingAangevraagd = null;
    LocalDate nieuwEind = b.nieuw.bouw().huidigeEinddatum().orElseThrow();
    b.effect("VL-003", v.duur().toString(), nieuwEind);
    if (t.fase() == TERMIJN_VERSTREKEN) {
      b.nieuw.toestand = e.datum().isAfter(nieuwEind)
          ? new Toestand.TermijnVerstreken(nieuwEind.plusDays(1)) : new Toestand.InTraject(e.datum());
    }
  }

  private static void duoBoete(Beoordeling b, Gebeurtenis.DuoBoeteOpgelegd e) {
    Traject t = b.oud;
    // The record holds a Set.copyOf, whose iteration order changes from one JVM run to the next;
    // fines, effects and the new termijn follow the order of the articles instead.
    Set<Boetesoort> soorten = EnumSet.copyOf(e.soorten());
    Set<Verplichting> open = t.openVerplichtingen();
    Set<Boetesoort> verwacht = EnumSet.noneOf(Boetesoort.class);
    if (open.contains(Verplichting.PVT) || open.contains(Verplichting.MAP)) {
      verwacht.add(Boetesoort.PVT_MAP);
    }
    if (open.contains(Verplichting.LEERROUTE)) {
      verwacht.add(Boetesoort.LEERROUTE);
    }
    boolean ok = b.eis("BC-003", e.verwijtbaar(), "verwijtbaar");
    ok &= b.eis("BO-003", !e.bijstandVerlaagd(), "bijstandVerlaagd");
    ok &= b.eis("BO-002", !(soorten.contains(Boetesoort.LEERROUTE)
        && e.vergunningGeweigerdOfIngetrokken()), "vergunningGeweigerdOfIngetrokken");
    ok &= b.eis("BO-004", soorten.equals(verwacht), "soorten", lijst(verwacht));
    ok &= b.eis("BO-005", e.bedragLeerrouteInCenten().map(c -> c > 0
        && c <= Boetesoort.LEERROUTE.maximumInCenten()).orElse(true), "bedragLeerrouteInCenten");
    Set<Boetesoort> metNieuweTermijn = EnumSet.noneOf(Boetesoort.class);
    for (Boetesoort s : soorten) {
      List<Boete> eerder = t.boetes().stream().filter(x -> x.soort() == s).toList();
      if (eerder.size() >= 2) {
        LocalDate volgende = eerder.get(eerder.size() - 1).datum().plusYears(2);
        ok &= b.eis("BO-007", !e.datum().isBefore(volgende), "datum", volgende);
      } else {
        metNieuweTermijn.add(s);
      }
    }
    if (!ok) {
      return;
    }
    for (Boetesoort s : soorten) {
      int bedrag = s == Boetesoort.PVT_MAP ? s.maximumInCenten()
          : e.bedragLeerrouteInCenten().orElseThrow();
      b.nieuw.boetes.add(new Boete(e.datum(), s, bedrag));
      b.effect("BO-001", euro(bedrag), s.artikel());
    }
    if (metNieuweTermijn.size() < soorten.size()) {
      b.effect("BO-008", e.datum().plusYears(2));
    }
    if (metNieuweTermijn.isEmpty()) {
      return;
    }
    // only the first and second fine of a kind set a new termijn (art. 24(2)-(3) Wi); a kind on
    // its two-yearly cycle (art. 24(4)) does not lengthen it
    Period duur = Period.ZERO;
    for (Boetesoort s : metNieuweTermijn) {
      Period p = s == Boetesoort.PVT_MAP ? duurPvtMap(open) : duurLeerroute(t);
      if (Wetregels.langer(p, duur, e.datum())) {
        duur = p;
      }
    }
    NieuweTermijn nt = new NieuweTermijn(e.datum().plusDays(1), duur, List.of());
    b.nieuw.nieuweTermijnen.add(nt);
    b.nieuw.toestand = new Toestand.InTraject(e.datum());
    b.effect("BO-006", duur.toTotalMonths(), nt.start(), nt.einddatum());
  }

  /** The new termijn after an art. 24 fine (art. 7.4(1) RI). */
  static Period duurPvtMap(Set<Verplichting> open) {
    return open.contains(Verplichting.PVT) && open.contains(Verplichting.MAP)
        ? Period.ofYears(1) : Period.ofMonths(6);
  }

  /** The new termijn after an art. 25 fine (art. 7.4(2)–(4) RI). */
  static Period duurLeerroute(Traject t) {
    if (t.leerroute().orElseThrow() != Leerroute.Z_ROUTE) {
      Map<Examenonderdeel, Taalniveau> behaald = t.behaaldeNiveaus();
      long n = java.util.Arrays.stream(Examenonderdeel.values())
          .filter(o -> Voldaan.behaald(t, behaald, t.vereisteNiveaus(), o)).count();
      return n == 0 ? Period.ofYears(2) : n == 1 ? Period.of(1, 6, 0)
          : n == 2 ? Period.ofYears(1) : Period.ofMonths(6);
    }
    Urenstand u = t.uren();
    if (t.doelgroep().orElseThrow() == Doelgroep.ASIELSTATUSHOUDER) {
      int uren = u.nt2() + u.knm() + u.participatie();
      return uren <= 400 ? Period.ofYears(2) : uren <= 800 ? Period.of(1, 6, 0)
          : uren <= 1200 ? Period.ofYears(1) : Period.ofMonths(6);
    }
    int uren = u.nt2() + u.knm();
    return uren <= 200 ? Period.ofYears(2) : uren <= 400 ? Period.of(1, 6, 0)
        : uren <= 600 ? Period.ofYears(1) : Period.ofMonths(6);
  }

  private static void collegeBoete(Beoordeling b, Gebeurtenis.CollegeBoeteOpgelegd e) {
    Traject t = b.oud;
    boolean ok = b.eis("BC-003", e.verwijtbaarheid() != Verwijtbaarheid.GEEN, "verwijtbaarheid")
        & b.eis("BO-003", !e.bijstandVerlaagd(), "bijstandVerlaagd");
    int basis = BASIS_ART23;
    Boete vorige = null;
    int vorigeBasis = 0;
    for (Boete x : t.boetes()) {
      if (x.soort() != Boetesoort.TRAJECT) {
        continue;
      }
      vorigeBasis = vorige != null && !x.datum().minusMonths(12).isAfter(vorige.datum())
          ? Math.min(Boetesoort.TRAJECT.maximumInCenten(), vorigeBasis * 2) : BASIS_ART23;
      vorige = x;
    }
    if (vorige != null && !e.datum().minusMonths(12).isAfter(vorige.datum())) {
      basis = Math.min(Boetesoort.TRAJECT.maximumInCenten(), vorigeBasis * 2);
    }
    int bedrag = basis * e.verwijtbaarheid().procent() / 100;
    LocalDate van;
    LocalDate tot;
    int cap;
    Optional<NieuweTermijn> nt = t.nieuweTermijn();
    if (nt.isPresent()) {
      van = nt.get().start();
      tot = nt.get().einddatum();
      cap = capNieuweTermijn(nt.get().duur());
    } else {
      van = t.termijnStart().orElseThrow();
      tot = t.termijn().orElseThrow().einddatum();
      cap = CAP_TERMIJN;
    }
    int som = t.boetes().stream().filter(x -> x.soort().isCollege())
        .filter(x -> !x.datum().isBefore(van) && !x.datum().isAfter(tot))
        .mapToInt(Boete::bedragInCenten).sum();
    int ruimte = cap - som;
    ok &= b.eis("BC-005", !e.datum().isBefore(van) && !e.datum().isAfter(tot), "datum", van, tot);
    ok &= b.eis("BC-002", ruimte > 0, null, euro(cap));
    if (!ok) {
      return;
    }
    b.effect("BC-001", euro(basis), e.verwijtbaarheid().procent(), euro(bedrag));
    if (bedrag > ruimte) {
      bedrag = ruimte;
      b.effect("BC-004", euro(bedrag), euro(cap));
    }
    b.nieuw.boetes.add(new Boete(e.datum(), Boetesoort.TRAJECT, bedrag));
  }

  /** The cap on college fines during a new termijn (art. 7.1(5) BI). */
  static int capNieuweTermijn(Period duur) {
    long maanden = duur.toTotalMonths();
    return maanden <= 6 ? 400_00 : maanden <= 12 ? 800_00 : maanden <= 18 ? 1_200_00 : 1_600_00;
  }

  private static void doelgroep(Beoordeling b, Gebeurtenis.DoelgroepGewijzigd e) {
    Doelgroep huidig = b.oud.doelgroep().orElseThrow();
    if (!b.eis("DG-001", e.nieuweDoelgroep() != huidig, "nieuweDoelgroep",
        huidig.omschrijving())) {
      return;
    }
    b.nieuw.doelgroep = e.nieuweDoelgroep();
    b.effect(e.nieuweDoelgroep() == Doelgroep.ASIELSTATUSHOUDER ? "DG-003" : "DG-002");
    voldaanCheck(b);
  }

  /** Moves an open traject to VOLDAAN when the plicht is met (rules VD-001 to VD-003). */
  private static void voldaanCheck(Beoordeling b) {
    Fase f = b.nieuw.toestand.fase();
    if (f != IN_TRAJECT && f != TERMIJN_VERSTREKEN) {
      return;
    }
    Traject t = b.nieuw.bouw();
    if (!Voldaan.plichtVoldaan(t)) {
      return;
    }
    Leerroute route = t.leerroute().orElseThrow();
    String code = route == Leerroute.B1_ROUTE ? "VD-001"
        : route == Leerroute.ONDERWIJSROUTE ? "VD-002" : "VD-003";
    b.nieuw.toestand = new Toestand.Voldaan(b.datum());
    b.effect(code, b.datum());
  }

  private static String lijst(Set<?> s) {
    if (s.isEmpty()) {
      return "-";
    }
    List<Object> gesorteerd = new ArrayList<>(s);
    gesorteerd.sort(java.util.Comparator.comparing(
        o -> o instanceof Enum<?> e ? String.format("%03d", e.ordinal()) : Objects.toString(o)));
    Set<String> l = new LinkedHashSet<>();
    for (Object o : gesorteerd) {
      l.add(o instanceof Examenonderdeel eo ? eo.code() : Objects.toString(o));
    }
    return String.join(", ", l);
  }

  private static BigDecimal euro(int centen) {
    return BigDecimal.valueOf(centen, 2);
  }

  private static String label(Fase f, boolean en) {
    return en ? f.en() : f.nl();
  }
}
