package io.github.inburgering.core.traject;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.internal.Wetregels;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Inburgeringstermijn;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verlenging;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of one inburgeringsplicht: its state, the PIP history, the termijn with
 * every extension and any new termijn after a DUO fine, the components, hours, exam results and
 * fines. A traject changes only through {@link Transities#toepassen}; {@link #nieuw()} is the
 * initial snapshot.
 *
 * <p>Invariants held by every snapshot: the termijn start, once set, never changes (art. 11(3) Wi);
 * there is a leerroute exactly when a PIP was adopted; a level A2 occurs only in the B1-route; the
 * MAP is not applicable exactly when the taalschakeltraject is followed or completed (art. 8(3) Wi).
 *
 * <p>{@link #toString()} shows no personal data: a traject holds none.
 */
public final class Traject {
  private static final Traject NIEUW = new Bouwer().bouw();

  private final Toestand toestand;
  private final Doelgroep doelgroep;
  private final LocalDate plichtStart;
  private final LocalDate uiterstePipDatum;
  private final Gemeentecode gemeente;
  private final List<PipStap> pipHistorie;
  private final LocalDate termijnStart;
  private final List<Verlenging> verlengingen;
  private final int opgeschortDagen;
  private final List<NieuweTermijn> nieuweTermijnen;
  private final Onderdeelstatus pvt;
  private final Onderdeelstatus map;
  private final Taalschakeltraject taalschakeltraject;
  private final Urenstand uren;
  private final List<Gebeurtenis.Examenuitslag> examens;
  private final Map<Examenonderdeel, Taalniveau> vrijgesteldeNiveaus;
  private final Set<Examenonderdeel> onthevenOnderdelen;
  private final boolean eindgesprekGevoerd;
  private final List<Boete> boetes;
  private final int intakeVerzuimen;
  private final LocalDate verlengingAangevraagd;
  private final LocalDate laatsteGebeurtenis;

  private Traject(Bouwer b) {
    this.toestand = Objects.requireNonNull(b.toestand);
    this.doelgroep = b.doelgroep;
    this.plichtStart = b.plichtStart;
    this.uiterstePipDatum = b.uiterstePipDatum;
    this.gemeente = b.gemeente;
    this.pipHistorie = List.copyOf(b.pipHistorie);
    this.termijnStart = b.termijnStart;
    this.verlengingen = List.copyOf(b.verlengingen);
    this.opgeschortDagen = b.opgeschortDagen;
    this.nieuweTermijnen = List.copyOf(b.nieuweTermijnen);
    this.pvt = Objects.requireNonNull(b.pvt);
    this.map = Objects.requireNonNull(b.map);
    this.taalschakeltraject = Objects.requireNonNull(b.taalschakeltraject);
    this.uren = Objects.requireNonNull(b.uren);
    this.examens = List.copyOf(b.examens);
    this.vrijgesteldeNiveaus = Collections.unmodifiableMap(new EnumMap<>(b.vrijgesteldeNiveaus));
    this.onthevenOnderdelen = Collections.unmodifiableSet(kopie(b.onthevenOnderdelen));
    this.eindgesprekGevoerd = b.eindgesprekGevoerd;
    this.boetes = List.copyOf(b.boetes);
    this.intakeVerzuimen = b.intakeVerzuimen;
    this.verlengingAangevraagd = b.verlengingAangevraagd;
    this.laatsteGebeurtenis = b.laatsteGebeurtenis;
  }

  private static Set<Examenonderdeel> kopie(Set<Examenonderdeel> s) {
    return s.isEmpty() ? EnumSet.noneOf(Examenonderdeel.class) : EnumSet.copyOf(s);
  }

  /** Returns the initial snapshot: not (yet) obliged, nothing recorded. */
  public static Traject nieuw() {
    return NIEUW;
  }

  /** Returns the state. */
  public Toestand toestand() {
    return toestand;
  }

  /** Returns the phase of the state. */
  public Fase fase() {
    return toestand.fase();
  }

  /** Returns the doelgroep, once the plicht arose. */
  public Optional<Doelgroep> doelgroep() {
    return Optional.ofNullable(doelgroep);
  }

  /** Returns the start of the plicht. */
  public Optional<LocalDate> plichtStart() {
    return Optional.ofNullable(plichtStart);
  }

  /**
   * Returns the last day for adopting the (next) PIP: the kennisgeving or the registration after a
   * move plus 10 weeks (art. 5.3(1), (3) BI); empty when no PIP is due.
   */
  public Optional<LocalDate> uiterstePipDatum() {
    return Optional.ofNullable(uiterstePipDatum);
  }

  /** Returns the gemeente the person lives in, once a move was recorded. */
  public Optional<Gemeentecode> gemeente() {
    return Optional.ofNullable(gemeente);
  }

  /** Returns the PIP history, oldest first. */
  public List<PipStap> pipHistorie() {
    return pipHistorie;
  }

  /** Returns the leerroute of the current PIP. */
  public Optional<Leerroute> leerroute() {
    return pipHistorie.isEmpty()
        ? Optional.empty()
        : Optional.of(pipHistorie.get(pipHistorie.size() - 1).leerroute());
  }

  /** Returns the required level per language part (B1-route only; empty otherwise). */
  public Map<Examenonderdeel, Taalniveau> vereisteNiveaus() {
    return pipHistorie.isEmpty() ? Map.of() : pipHistorie.get(pipHistorie.size() - 1).niveaus();
  }

  /** Returns the first day of the termijn: the day after the first PIP's dagtekening (art. 11(2) Wi). */
  public Optional<LocalDate> termijnStart() {
    return Optional.ofNullable(termijnStart);
  }

  /** Returns the extensions of the termijn of art. 11(1) Wi, in order. */
  public List<Verlenging> verlengingen() {
    return verlengingen;
  }

  /**
   * Returns the days the termijn was suspended by a temporary vrijstelling after the PIP (added to
   * the termijn; UNCERTAIN, see rule TV-002).
   */
  public int opgeschortDagen() {
    return opgeschortDagen;
  }

  /** Returns the termijn of art. 11 Wi with its extensions and suspension. */
  public Optional<Inburgeringstermijn> termijn() {
    if (termijnStart == null) {
      return Optional.empty();
    }
    Inburgeringstermijn t = Inburgeringstermijn.berekend(termijnStart.minusDays(1), verlengingen);
    return Optional.of(new Inburgeringstermijn(t.start(), t.einddatum().plusDays(opgeschortDagen)));
  }

  /** Returns the new termijnen set by DUO fine decisions, oldest first. */
  public List<NieuweTermijn> nieuweTermijnen() {
    return nieuweTermijnen;
  }

  /** Returns the last new termijn, if a DUO fine set one. */
  public Optional<NieuweTermijn> nieuweTermijn() {
    return nieuweTermijnen.isEmpty()
        ? Optional.empty()
        : Optional.of(nieuweTermijnen.get(nieuweTermijnen.size() - 1));
  }

  /** Returns the last day of the termijn that applies now: the new termijn, else the termijn. */
  public Optional<LocalDate> huidigeEinddatum() {
    return nieuweTermijn().map(NieuweTermijn::einddatum)
        .or(() -> termijn().map(Inburgeringstermijn::einddatum));
  }

  /** Returns the last day on which the leerroute may change (art. 5.4(1) BI). */
  public Optional<LocalDate> uitersteSchakeldatum() {
    return termijnStart().map(Wetregels::uitersteSchakeldatum);
  }

  /** Returns the state of the PVT. */
  public Onderdeelstatus pvt() {
    return pvt;
  }

  /** Returns the state of the MAP. */
  public Onderdeelstatus map() {
    return map;
  }

  /** Returns whether the taalschakeltraject is followed or completed. */
  public Taalschakeltraject taalschakeltraject() {
    return taalschakeltraject;
  }

  /** Returns the hour counters. */
  public Urenstand uren() {
    return uren;
  }

  /** Returns every exam result, in order. */
  public List<Gebeurtenis.Examenuitslag> examens() {
    return examens;
  }

  /**
   * Returns the highest level per language part, passed in an exam or covered by a partial
   * vrijstelling (art. 7(3) Wi).
   */
  public Map<Examenonderdeel, Taalniveau> behaaldeNiveaus() {
    Map<Examenonderdeel, Taalniveau> m = new EnumMap<>(Examenonderdeel.class);
    m.putAll(vrijgesteldeNiveaus);
    for (Gebeurtenis.Examenuitslag e : examens) {
      if (e.behaald() && e.niveau().isPresent()) {
        m.merge(e.onderdeel(), e.niveau().get(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /** Returns whether the KNM exam was passed. */
  public boolean knmBehaald() {
    return examens.stream().anyMatch(e -> e.onderdeel() == Examenonderdeel.KNM && e.behaald());
  }

  /** Returns the number of attempts per part. */
  public Map<Examenonderdeel, Integer> pogingen() {
    Map<Examenonderdeel, Integer> m = new EnumMap<>(Examenonderdeel.class);
    examens.forEach(e -> m.merge(e.onderdeel(), 1, Integer::sum));
    return Collections.unmodifiableMap(m);
  }

  /** Returns the language parts covered by a partial vrijstelling, with its level. */
  public Map<Examenonderdeel, Taalniveau> vrijgesteldeNiveaus() {
    return vrijgesteldeNiveaus;
  }

  /** Returns the parts covered by a partial ontheffing. */
  public Set<Examenonderdeel> onthevenOnderdelen() {
    return onthevenOnderdelen;
  }

  /** Returns whether the college held the Z-route's eindgesprek. */
  public boolean eindgesprekGevoerd() {
    return eindgesprekGevoerd;
  }

  /** Returns every fine, in order. */
  public List<Boete> boetes() {
    return boetes;
  }

  /** Returns the number of missed calls for the brede intake (art. 14(1)–(2) Wi). */
  public int intakeVerzuimen() {
    return intakeVerzuimen;
  }

  /**
   * Returns the date of an application for an extension on which DUO has not decided yet; while
   * there is one, the termijn does not expire (S.3 T10).
   */
  public Optional<LocalDate> verlengingAangevraagd() {
    return Optional.ofNullable(verlengingAangevraagd);
  }

  /** Returns the date of the last accepted event. */
  public Optional<LocalDate> laatsteGebeurtenis() {
    return Optional.ofNullable(laatsteGebeurtenis);
  }

  /** Returns the parts of the plicht still open; empty before the PIP and in terminal states. */
  public Set<Verplichting> openVerplichtingen() {
    if (pipHistorie.isEmpty() || toestand.isEindtoestand()) {
      return Set.of();
    }
    Set<Verplichting> s = EnumSet.noneOf(Verplichting.class);
    if (pvt == Onderdeelstatus.OPEN) {
      s.add(Verplichting.PVT);
    }
    if (map == Onderdeelstatus.OPEN) {
      s.add(Verplichting.MAP);
    }
    if (!Voldaan.leerrouteBehaald(this)) {
      s.add(Verplichting.LEERROUTE);
    }
    return Collections.unmodifiableSet(s);
  }

  Bouwer bouwer() {
    return new Bouwer(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Traject)) {
      return false;
    }
    Traject t = (Traject) o;
    return toestand.equals(t.toestand) && Objects.equals(doelgroep, t.doelgroep)
        && Objects.equals(plichtStart, t.plichtStart)
        && Objects.equals(uiterstePipDatum, t.uiterstePipDatum)
        && Objects.equals(gemeente, t.gemeente) && pipHistorie.equals(t.pipHistorie)
        && Objects.equals(termijnStart, t.termijnStart) && verlengingen.equals(t.verlengingen)
        && opgeschortDagen == t.opgeschortDagen && nieuweTermijnen.equals(t.nieuweTermijnen)
        && pvt == t.pvt && map == t.map && taalschakeltraject == t.taalschakeltraject
        && uren.equals(t.uren) && examens.equals(t.examens)
        && vrijgesteldeNiveaus.equals(t.vrijgesteldeNiveaus)
        && onthevenOnderdelen.equals(t.onthevenOnderdelen)
        && eindgesprekGevoerd == t.eindgesprekGevoerd && boetes.equals(t.boetes)
        && intakeVerzuimen == t.intakeVerzuimen
        && Objects.equals(verlengingAangevraagd, t.verlengingAangevraagd)
        && Objects.equals(laatsteGebeurtenis, t.laatsteGebeurtenis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(toestand, doelgroep, plichtStart, uiterstePipDatum, gemeente, pipHistorie,
        termijnStart, verlengingen, opgeschortDagen, nieuweTermijnen, pvt, map, taalschakeltraject,
        uren, examens, vrijgesteldeNiveaus, onthevenOnderdelen, eindgesprekGevoerd, boetes,
        intakeVerzuimen, verlengingAangevraagd, laatsteGebeurtenis);
  }

  /** Returns the state, leerroute, termijn and open parts; a traject holds no personal data. */
  @Override
  public String toString() {
    return "Traject[" + toestand + ", leerroute=" + leerroute().map(Leerroute::code).orElse("-")
        + ", termijn=" + termijnStart().map(s -> s + ".." + huidigeEinddatum().orElseThrow())
            .orElse("-")
        + ", open=" + openVerplichtingen() + ", boetes=" + boetes.size() + "]";
  }

  /** A mutable copy used by {@link Transities} to build the next snapshot. */
  static final class Bouwer {
    Toestand toestand = new Toestand.NietPlichtig();
    Doelgroep doelgroep;
    LocalDate plichtStart;
    LocalDate uiterstePipDatum;
    Gemeentecode gemeente;
    List<PipStap> pipHistorie = new ArrayList<>();
    LocalDate termijnStart;
    List<Verlenging> verlengingen = new ArrayList<>();
    int opgeschortDagen;
    List<NieuweTermijn> nieuweTermijnen = new ArrayList<>();
    Onderdeelstatus pvt = Onderdeelstatus.OPEN;
    Onderdeelstatus map = Onderdeelstatus.OPEN;
    Taalschakeltraject taalschakeltraject = Taalschakeltraject.NIET;
    Urenstand uren = Urenstand.GEEN;
    List<Gebeurtenis.Examenuitslag> examens = new ArrayList<>();
    Map<Examenonderdeel, Taalniveau> vrijgesteldeNiveaus = new EnumMap<>(Examenonderdeel.class);
    Set<Examenonderdeel> onthevenOnderdelen = EnumSet.noneOf(Examenonderdeel.class);
    boolean eindgesprekGevoerd;
    List<Boete> boetes = new ArrayList<>();
    int intakeVerzuimen;
    LocalDate verlengingAangevraagd;
    LocalDate laatsteGebeurtenis;

    Bouwer() {}

    Bouwer(Traject t) {
      toestand = t.toestand;
      doelgroep = t.doelgroep;
      plichtStart = t.plichtStart;
      uiterstePipDatum = t.uiterstePipDatum;
      gemeente = t.gemeente;
      pipHistorie = new ArrayList<>(t.pipHistorie);
      termijnStart = t.termijnStart;
      verlengingen = new ArrayList<>(t.verlengingen);
      opgeschortDagen = t.opgeschortDagen;
      nieuweTermijnen = new ArrayList<>(t.nieuweTermijnen);
      pvt = t.pvt;
      map = t.map;
      taalschakeltraject = t.taalschakeltraject;
      uren = t.uren;
      examens = new ArrayList<>(t.examens);
      vrijgesteldeNiveaus = new EnumMap<>(Examenonderdeel.class);
      vrijgesteldeNiveaus.putAll(t.vrijgesteldeNiveaus);
      onthevenOnderdelen = kopie(t.onthevenOnderdelen);
      eindgesprekGevoerd = t.eindgesprekGevoerd;
      boetes = new ArrayList<>(t.boetes);
      intakeVerzuimen = t.intakeVerzuimen;
      verlengingAangevraagd = t.verlengingAangevraagd;
      laatsteGebeurtenis = t.laatsteGebeurtenis;
    }

    Traject bouw() {
      return new Traject(this);
    }
  }
}
