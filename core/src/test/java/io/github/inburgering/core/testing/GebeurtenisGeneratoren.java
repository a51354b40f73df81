package io.github.inburgering.core.testing;

import io.github.inburgering.core.id.Gemeentecode;
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
import io.github.inburgering.core.traject.Beeindigingsgrond;
import io.github.inburgering.core.traject.Boetesoort;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Onderdeelstatus;
import io.github.inburgering.core.traject.Taalschakeltraject;
import io.github.inburgering.core.traject.Traject;
import io.github.inburgering.core.traject.Transities;
import io.github.inburgering.core.traject.Uitkomst;
import io.github.inburgering.core.traject.Urensoort;
import io.github.inburgering.core.traject.Verplichting;
import io.github.inburgering.core.traject.Verwijtbaarheid;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators of event sequences for the lifecycle ({@link Transities}): sequences of 1–40 events
 * with non-decreasing dates, built step by step so that most events fit the phase the traject is
 * in, with some random events mixed in so that refusals happen too.
 *
 * <p>The generator steers by applying each event to the traject it has built so far (with a
 * peildatum far in the future); it uses the engine's answers only to choose plausible next events,
 * never to judge them. Whatever it draws comes from the {@link org.quicktheories.core.RandomnessSource},
 * so QuickTheories replays and shrinks the sequences.
 */
public final class GebeurtenisGeneratoren {
  private GebeurtenisGeneratoren() {}

  /** The peildatum used while steering: later than every generated date. */
  private static final LocalDate STUUR_PEILDATUM = LocalDate.of(2100, 1, 1);

  private static final List<Gemeentecode> GEMEENTEN = List.of(
      Gemeentecode.parse("0363"), Gemeentecode.parse("0599"), Gemeentecode.parse("0518"),
      Gemeentecode.parse("0344"), Gemeentecode.parse("0014"));

  private static final List<Examenonderdeel> TAAL = List.of(Examenonderdeel.LE,
      Examenonderdeel.LU, Examenonderdeel.SC, Examenonderdeel.SP);

  /**
   * A sequence of events and the peildatum to apply it on. The peildatum usually lies on or after
   * the last event, sometimes before it, so that the trailing events are refused (ST-001).
   */
  public record Reeks(List<Gebeurtenis> gebeurtenissen, LocalDate peildatum) {
    /** Copies the list. */
    public Reeks {
      gebeurtenissen = List.copyOf(gebeurtenissen);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("Reeks @ ").append(peildatum).append(':');
      for (int i = 0; i < gebeurtenissen.size(); i++) {
        sb.append("\n  ").append(i).append(": ").append(gebeurtenissen.get(i));
      }
      return sb.toString();
    }
  }

  /** Returns sequences of 1–40 events with non-decreasing dates. */
  public static Gen<Reeks> reeksen() {
    return reeksen(40);
  }

  /** Returns sequences of 1–{@code max} events with non-decreasing dates. */
  public static Gen<Reeks> reeksen(int max) {
    return in -> reeks(new Keuze(in), max);
  }

  /** Builds one sequence from the choices in {@code k}. */
  public static Reeks reeks(Keuze k, int max) {
    int n = k.tussen(1, max);
    LocalDate datum = k.datum(LocalDate.of(2021, 10, 1), LocalDate.of(2026, 6, 30));
    Traject t = Traject.nieuw();
    List<Gebeurtenis> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (t.fase().isEindtoestand() && k.tussen(0, 3) != 0) {
        break; // a terminal state absorbs everything: a few events after it are enough
      }
      Gebeurtenis g = k.tussen(0, 99) < 8 ? willekeurig(k, t, datum) : plausibel(k, t, datum);
      l.add(g);
      datum = g.datum();
      Uitkomst u = Transities.toepassen(t, g, STUUR_PEILDATUM);
      t = u.traject();
    }
    LocalDate peildatum = k.tussen(0, 99) < 4
        ? datum.minusDays(k.tussen(1, 400)) : datum.plusDays(k.tussen(0, 30));
    return new Reeks(l, peildatum);
  }

  // ------------------------------------------------------------------ dates

  private static LocalDate kort(Keuze k, LocalDate d) {
    return d.plusDays(k.tussen(0, 45));
  }

  private static LocalDate later(Keuze k, LocalDate d) {
    int r = k.tussen(0, 9);
    return r < 6 ? d.plusDays(k.tussen(0, 60)) : r < 9 ? d.plusDays(k.tussen(0, 300))
        : d.plusDays(k.tussen(0, 900));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  // ------------------------------------------------------------------ plausible events

  private static Gebeurtenis plausibel(Keuze k, Traject t, LocalDate d) {
    int r = k.tussen(0, 99);
    switch (t.fase()) {
      case NIET_PLICHTIG:
        return plichtOntstaan(k, kort(k, d));
      case GEMELD:
        return r < 70 ? new Gebeurtenis.BredeIntakeGestart(kort(k, d))
            : r < 78 ? verhuisd(k, t, kort(k, d))
            : r < 85 ? new Gebeurtenis.TijdelijkeVrijstelling(kort(k, d))
            : r < 92 ? doelgroep(k, t, kort(k, d))
            : r < 95 ? vrijstelling(k, kort(k, d))
            : r < 98 ? ontheffing(k, kort(k, d))
            : einde(k, kort(k, d));
      case BREDE_INTAKE:
        return r < 55 ? pip(k, t, kort(k, d))
            : r < 70 ? verzuim(k, kort(k, d))
            : r < 85 ? uren(k, kort(k, d))
            : r < 90 ? verhuisd(k, t, kort(k, d))
            : r < 94 ? new Gebeurtenis.TijdelijkeVrijstelling(kort(k, d))
            : r < 97 ? doelgroep(k, t, kort(k, d))
            : einde(k, kort(k, d));
      case TIJDELIJK_VRIJGESTELD:
        return r < 75 ? new Gebeurtenis.PlichtHervat(later(k, d),
                k.tussen(0, 9) < 9 ? !t.pipHistorie().isEmpty() : t.pipHistorie().isEmpty())
            : r < 85 ? verhuisd(k, t, kort(k, d))
            : r < 90 ? vrijstelling(k, kort(k, d))
            : r < 95 ? doelgroep(k, t, kort(k, d))
            : r < 98 ? ontheffing(k, kort(k, d))
            : einde(k, kort(k, d));
      case IN_TRAJECT:
        return inTraject(k, t, d, r);
      case TERMIJN_VERSTREKEN:
        return verstreken(k, t, d, r);
      default:
        return willekeurig(k, t, d);
    }
  }

  private static Gebeurtenis inTraject(Keuze k, Traject t, LocalDate d, int r) {
    LocalDate eind = t.huidigeEinddatum().orElse(d);
    if (t.uiterstePipDatum().isPresent() && r < 40) {
      return pip(k, t, kort(k, d));
    }
    if (r < 30) {
      return voortgang(k, t, d);
    }
    if (r < 38) {
      return new Gebeurtenis.TermijnVerstreken(
          k.tussen(0, 9) < 8 ? max(d, eind.plusDays(1)).plusDays(k.tussen(0, 60)) : kort(k, d));
    }
    if (r < 46) {
      return schakelen(k, t, d);
    }
    if (r < 52) {
      return new Gebeurtenis.Afgeschaald(kort(k, d),
          k.bool() ? Examenonderdeel.taalonderdelen() : k.nietLegeDeelverzameling(TAAL));
    }
    if (r < 60) {
      int v = k.tussen(0, 9);
      if (v < 3) {
        LocalDate vroegst = eind.plusDays(1).minusMonths(6);
        return new Gebeurtenis.VerlengingAangevraagd(
            max(d, k.datum(vroegst.minusDays(10), max(vroegst, eind.plusDays(10)))));
      }
      if (v < 5 && t.verlengingAangevraagd().isPresent() || v == 5) {
        return new Gebeurtenis.VerlengingAfgewezen(kort(k, d));
      }
      return verlengd(k, t, d);
    }
    if (r < 70) {
      return new Gebeurtenis.CollegeBoeteOpgelegd(kort(k, d), verwijtbaarheid(k), k.tussen(0, 9) == 0);
    }
    if (r < 76) {
      return verhuisd(k, t, kort(k, d));
    }
    if (r < 80) {
      return new Gebeurtenis.TijdelijkeVrijstelling(kort(k, d));
    }
    if (r < 85) {
      return doelgroep(k, t, kort(k, d));
    }
    if (r < 90) {
      return vrijstelling(k, kort(k, d));
    }
    if (r < 95) {
      return ontheffing(k, kort(k, d));
    }
    if (r < 97) {
      return einde(k, kort(k, d));
    }
    return voortgang(k, t, d);
  }

  private static Gebeurtenis verstreken(Keuze k, Traject t, LocalDate d, int r) {
    if (t.uiterstePipDatum().isPresent() && r < 20) {
      return pip(k, t, kort(k, d));
    }
    if (r < 45) {
      return duoBoete(k, t, d);
    }
    LocalDate eind = t.huidigeEinddatum().orElse(d);
    if (r < 60) {
      int v = k.tussen(0, 9);
      if (v < 3) {
        LocalDate vroegst = eind.plusDays(1).minusMonths(6);
        return new Gebeurtenis.VerlengingAangevraagd(
            max(d, k.datum(vroegst.minusDays(10), max(vroegst, eind.plusDays(10)))));
      }
      if (v < 5 && t.verlengingAangevraagd().isPresent() || v == 5) {
        return new Gebeurtenis.VerlengingAfgewezen(kort(k, d));
      }
      return verlengd(k, t, d);
    }
    if (r < 80) {
      return voortgang(k, t, d);
    }
    if (r < 85) {
      return verhuisd(k, t, kort(k, d));
    }
    if (r < 88) {
      return new Gebeurtenis.TijdelijkeVrijstelling(kort(k, d));
    }
    if (r < 92) {
      return vrijstelling(k, kort(k, d));
    }
    if (r < 96) {
      return ontheffing(k, kort(k, d));
    }
    if (r < 98) {
      return doelgroep(k, t, kort(k, d));
    }
    return einde(k, kort(k, d));
  }

  /** Results, PVT, MAP, hours, taalschakeltraject and eindgesprek: progress towards VOLDAAN. */
  private static Gebeurtenis voortgang(Keuze k, Traject t, LocalDate d) {
    LocalDate dd = kort(k, d);
    Leerroute route = t.leerroute().orElse(Leerroute.B1_ROUTE);
    int r = k.tussen(0, 99);
    if (r < 12 && (t.pvt() == Onderdeelstatus.OPEN || k.tussen(0, 9) == 0)) {
      return new Gebeurtenis.PvtAfgerond(dd, k.tussen(12, 80));
    }
    if (r < 24 && (t.map() == Onderdeelstatus.OPEN || k.tussen(0, 9) == 0)) {
      return new Gebeurtenis.MapAfgerond(dd, k.tussen(40, 300));
    }
    if (route == Leerroute.Z_ROUTE) {
      if (r < 85) {
        return new Gebeurtenis.UrenGevolgd(dd, k.een(Urensoort.class), k.tussen(1, 600));
      }
      return new Gebeurtenis.EindgesprekGevoerd(dd);
    }
    if (route == Leerroute.ONDERWIJSROUTE && r < 45
        && (t.taalschakeltraject() == Taalschakeltraject.GEVOLGD || k.tussen(0, 9) == 0)) {
      return new Gebeurtenis.TaalschakeltrajectAfgerond(dd);
    }
    if (r < 40) {
      return new Gebeurtenis.UrenGevolgd(dd, k.tussen(0, 3) == 0 ? k.een(Urensoort.class)
          : Urensoort.NT2, k.tussen(1, 700));
    }
    if (r < 44) {
      return new Gebeurtenis.EindgesprekGevoerd(dd);
    }
    return examen(k, t, dd);
  }

  private static Gebeurtenis examen(Keuze k, Traject t, LocalDate d) {
    List<Examenonderdeel> open = new ArrayList<>();
    Map<Examenonderdeel, Taalniveau> behaald = t.behaaldeNiveaus();
    if (!t.knmBehaald()) {
      open.add(Examenonderdeel.KNM);
    }
    for (Examenonderdeel o : TAAL) {
      Taalniveau vereist = t.vereisteNiveaus().getOrDefault(o, Taalniveau.B1);
      if (!behaald.containsKey(o) || behaald.get(o).compareTo(vereist) < 0) {
        open.add(o);
      }
    }
    Examenonderdeel o = open.isEmpty() || k.tussen(0, 9) == 0
        ? k.een(Examenonderdeel.class) : k.een(open);
    boolean gehaald = k.tussen(0, 9) < 7;
    if (o == Examenonderdeel.KNM) {
      return new Gebeurtenis.Examenuitslag(d, o, Optional.empty(), gehaald);
    }
    Taalniveau niveau = k.een(List.of(Taalniveau.A2, Taalniveau.B1, Taalniveau.B1, Taalniveau.B2));
    return new Gebeurtenis.Examenuitslag(d, o, Optional.of(niveau), gehaald);
  }

  private static Gebeurtenis plichtOntstaan(Keuze k, LocalDate d) {
    return new Gebeurtenis.PlichtOntstaan(d, k.een(Doelgroep.class), d.plusDays(k.tussen(0, 30)));
  }

  private static Gebeurtenis verzuim(Keuze k, LocalDate d) {
    return new Gebeurtenis.IntakeVerzuim(d, verwijtbaarheid(k), k.tussen(0, 9) == 0);
  }

  private static Verwijtbaarheid verwijtbaarheid(Keuze k) {
    return k.tussen(0, 9) == 0 ? Verwijtbaarheid.GEEN
        : k.een(List.of(Verwijtbaarheid.OPZET, Verwijtbaarheid.GROVE_SCHULD,
            Verwijtbaarheid.GEWONE_SCHULD, Verwijtbaarheid.VERMINDERD));
  }

  private static Gebeurtenis uren(Keuze k, LocalDate d) {
    return new Gebeurtenis.UrenGevolgd(d, k.een(Urensoort.class), k.tussen(1, 300));
  }

  private static Gebeurtenis pip(Keuze k, Traject t, LocalDate d) {
    Leerroute route = t.leerroute().isPresent() && k.tussen(0, 9) < 9
        ? t.leerroute().get() : k.een(Leerroute.class);
    if (k.tussen(0, 9) < 8) {
      return Gebeurtenis.PipVastgesteld.of(d, route);
    }
    Optional<NiveauPip> niveau = k.bool() ? Optional.empty() : Optional.of(k.een(NiveauPip.class));
    return new Gebeurtenis.PipVastgesteld(d, route, niveau,
        route == Leerroute.ONDERWIJSROUTE && k.bool());
  }

  private static Gebeurtenis schakelen(Keuze k, Traject t, LocalDate d) {
    Leerroute naar = k.een(Leerroute.class);
    LocalDate grens = t.uitersteSchakeldatum().orElse(d);
    int r = k.tussen(0, 9);
    LocalDate datum = r < 6 || grens.isBefore(d) ? kort(k, d) : k.datum(d, grens.plusDays(30));
    int uitzondering = k.tussen(0, 9);
    if (uitzondering == 0) {
      return new Gebeurtenis.LeerrouteGewijzigd(datum, naar, Optional.of("omstandigheden"),
          Optional.empty());
    }
    if (uitzondering == 1) {
      LocalDate einde = k.bool() ? datum.minusDays(k.tussen(0, 60)) : datum.plusDays(1);
      return new Gebeurtenis.LeerrouteGewijzigd(datum, naar, Optional.empty(), Optional.of(einde));
    }
    return Gebeurtenis.LeerrouteGewijzigd.naar(datum, naar);
  }

  private static Gebeurtenis verlengd(Keuze k, Traject t, LocalDate d) {
    LocalDate eind = t.huidigeEinddatum().orElse(d);
    LocalDate besluit = k.bool() ? kort(k, d) : max(d, eind.minusMonths(k.tussen(0, 7)));
    Verlengingsgrond grond = k.tussen(0, 9) < 6
        ? k.een(List.of(Verlengingsgrond.ZIEKTE, Verlengingsgrond.BEVALLING,
            Verlengingsgrond.GEEN_AANBOD, Verlengingsgrond.OVERLIJDEN))
        : k.een(Verlengingsgrond.class);
    Period duur = k.tussen(0, 9) < 7 ? Period.ofMonths(k.tussen(1, 8))
        : k.bool() ? Period.ofWeeks(k.tussen(1, 30)) : Period.ofMonths(k.tussen(1, 30));
    Optional<LocalDate> aanvraag;
    int a = k.tussen(0, 9);
    if (a < 3) {
      aanvraag = Optional.empty();
    } else if (a < 8) {
      LocalDate vroegst = eind.plusDays(1).minusMonths(6);
      aanvraag = Optional.of(k.datum(vroegst, max(vroegst, eind)));
    } else {
      aanvraag = Optional.of(besluit.minusDays(k.tussen(0, 400)));
    }
    if (aanvraag.isPresent() && aanvraag.get().isAfter(besluit)) {
      aanvraag = Optional.of(besluit);
    }
    return new Gebeurtenis.TermijnVerlengd(new Verlenging(grond, duur, aanvraag, besluit));
  }

  private static Gebeurtenis duoBoete(Keuze k, Traject t, LocalDate d) {
    Set<Boetesoort> soorten = EnumSet.noneOf(Boetesoort.class);
    Set<Verplichting> open = t.openVerplichtingen();
    if (k.tussen(0, 9) < 8) {
      if (open.contains(Verplichting.PVT) || open.contains(Verplichting.MAP)) {
        soorten.add(Boetesoort.PVT_MAP);
      }
      if (open.contains(Verplichting.LEERROUTE)) {
        soorten.add(Boetesoort.LEERROUTE);
      }
    }
    if (soorten.isEmpty()) {
      soorten.addAll(k.nietLegeDeelverzameling(List.of(Boetesoort.PVT_MAP, Boetesoort.LEERROUTE)));
    }
    Optional<Integer> bedrag = soorten.contains(Boetesoort.LEERROUTE)
        ? Optional.of(k.tussen(0, 19) == 0 ? k.tussen(1_000_01, 1_500_00) : k.tussen(1, 1_000_00))
        : Optional.empty();
    LocalDate datum = k.tussen(0, 3) == 0 ? later(k, d) : kort(k, d);
    if (t.boetes().stream().filter(b -> !b.soort().isCollege()).count() >= 2 && k.bool()) {
      datum = max(datum, t.boetes().get(t.boetes().size() - 1).datum().plusYears(2));
    }
    int r = k.tussen(0, 19);
    return new Gebeurtenis.DuoBoeteOpgelegd(datum, soorten, bedrag, r != 0, r == 1, r == 2);
  }

  private static Gebeurtenis verhuisd(Keuze k, Traject t, LocalDate d) {
    Gemeentecode van = t.gemeente().isPresent() && k.tussen(0, 9) < 9
        ? t.gemeente().get() : k.een(GEMEENTEN);
    Gemeentecode naar = k.een(GEMEENTEN);
    while (naar.equals(van)) {
      naar = k.een(GEMEENTEN);
    }
    return new Gebeurtenis.Verhuisd(new Verhuizing(d, van, naar));
  }

  private static Gebeurtenis doelgroep(Keuze k, Traject t, LocalDate d) {
    Doelgroep huidig = t.doelgroep().orElse(Doelgroep.ASIELSTATUSHOUDER);
    Doelgroep nieuw = k.tussen(0, 9) < 9
        ? (huidig == Doelgroep.ASIELSTATUSHOUDER ? Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT
            : Doelgroep.ASIELSTATUSHOUDER)
        : huidig;
    return new Gebeurtenis.DoelgroepGewijzigd(d, nieuw);
  }

  private static Gebeurtenis vrijstelling(Keuze k, LocalDate d) {
    if (k.tussen(0, 3) == 0) {
      return new Gebeurtenis.VrijstellingVerleend(new Vrijstelling.Geheel(
          k.een(List.of(RedenVrijstelling.AVI, RedenVrijstelling.DIP, RedenVrijstelling.DOC,
              RedenVrijstelling.INB)), Oordeel.TOEKENNING, d));
    }
    return new Gebeurtenis.VrijstellingVerleend(new Vrijstelling.Gedeeltelijk(RedenVrijstelling.GED,
        Oordeel.TOEKENNING, d, k.een(TAAL), k.een(NiveauPip.class)));
  }

  private static Gebeurtenis ontheffing(Keuze k, LocalDate d) {
    if (k.tussen(0, 3) == 0) {
      return new Gebeurtenis.OntheffingVerleend(new Ontheffing.Geheel(
          k.een(Ontheffingsgrond.class), Oordeel.TOEKENNING, d));
    }
    return new Gebeurtenis.OntheffingVerleend(new Ontheffing.Gedeeltelijk(
        k.tussen(0, 9) < 8 ? Ontheffingsgrond.MED : Ontheffingsgrond.BIO, Oordeel.TOEKENNING, d,
        k.nietLegeDeelverzameling(List.of(Examenonderdeel.values()))));
  }

  private static Gebeurtenis einde(Keuze k, LocalDate d) {
    return new Gebeurtenis.PlichtBeeindigd(d, k.een(Beeindigingsgrond.class));
  }

  // ------------------------------------------------------------------ random events

  /** Any kind of event, whatever the phase: most of these are refused. */
  private static Gebeurtenis willekeurig(Keuze k, Traject t, LocalDate d) {
    LocalDate dd = later(k, d);
    switch (k.tussen(0, 25)) {
      case 0:
        return plichtOntstaan(k, dd);
      case 1:
        return new Gebeurtenis.TijdelijkeVrijstelling(dd);
      case 2:
        return new Gebeurtenis.PlichtHervat(dd, k.bool());
      case 3:
        return vrijstelling(k, dd);
      case 4:
        return new Gebeurtenis.BredeIntakeGestart(dd);
      case 5:
        return verzuim(k, dd);
      case 6:
        return pip(k, t, dd);
      case 7:
        return schakelen(k, t, d);
      case 8:
        return new Gebeurtenis.Afgeschaald(dd, k.nietLegeDeelverzameling(TAAL));
      case 9:
        return verhuisd(k, t, dd);
      case 10:
        return verlengd(k, t, d);
      case 11:
        return ontheffing(k, dd);
      case 12:
        return examen(k, t, dd);
      case 13:
        return new Gebeurtenis.PvtAfgerond(dd, k.tussen(12, 80));
      case 14:
        return new Gebeurtenis.MapAfgerond(dd, k.tussen(40, 300));
      case 15:
        return uren(k, dd);
      case 16:
        return new Gebeurtenis.TaalschakeltrajectAfgerond(dd);
      case 17:
        return new Gebeurtenis.EindgesprekGevoerd(dd);
      case 18:
        return new Gebeurtenis.TermijnVerstreken(dd);
      case 19:
        return duoBoete(k, t, d);
      case 20:
        return new Gebeurtenis.CollegeBoeteOpgelegd(dd, verwijtbaarheid(k), k.bool());
      case 21:
        return doelgroep(k, t, dd);
      case 22:
        return einde(k, dd);
      case 23:
        return new Gebeurtenis.VerlengingAangevraagd(dd);
      case 24:
        return new Gebeurtenis.VerlengingAfgewezen(dd);
      default:
        return voortgang(k, t, d);
    }
  }
}
