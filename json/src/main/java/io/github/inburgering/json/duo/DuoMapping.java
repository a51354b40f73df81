package io.github.inburgering.json.duo;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.Periode;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.Alfabetiseringsonderwijs;
import io.github.inburgering.core.model.Code;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Examenresultaat;
import io.github.inburgering.core.model.Examenuitslag;
import io.github.inburgering.core.model.GedetailleerdeDoelgroep;
import io.github.inburgering.core.model.Inburgeraar;
import io.github.inburgering.core.model.Inburgeringsplicht;
import io.github.inburgering.core.model.Inburgeringstermijn;
import io.github.inburgering.core.model.Leerbaarheidstoets;
import io.github.inburgering.core.model.LeerbaarheidstoetsUitkomst;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.model.RedenEindePlicht;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Vrijstelling;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Pointer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps between DUO's M2M records of this package and the domain model, in both directions.
 *
 * <p><b>From DUO to the domain</b> ({@code naarDomein}, {@code …NaarDomein}) every problem is reported
 * to the {@link Invoer} with a JSON Pointer relative to the DUO document, and the result is empty: a
 * missing value ({@code CD-002}), an unknown code or a code outside the list DUO allows for the field
 * ({@code CD-001}, for example {@code KNM} as the part of a gedeeltelijke vrijstelling), a malformed
 * gemeentecode ({@code ID-005}), a malformed date or score, a value that contradicts another or cannot
 * be built ({@code CD-003}, for example {@code "71.50"} instead of DUO's {@code "71,50"}, or an end
 * before its start). All problems of a record are reported, not only the first. Nothing is coerced:
 * dates are {@code yyyy-MM-dd}, scores {@code ddd,dd}, codes are matched exactly. The mapping never
 * throws for bad input; it throws {@link NullPointerException} only for a missing non-DUO argument
 * (the {@code Invoer}, a {@code Dossier}, a {@code Gemeentecode}).
 *
 * <p><b>From the domain to DUO</b> ({@code naarDuo…}) the mapping is total.
 *
 * <p><b>Conversions.</b> DUO's {@code Inburgeringstermijn.einddatum} is exclusive (its schema says
 * "einde van de periode (exclusief)"); the domain's {@link Inburgeringstermijn#einddatum()} is the last
 * day: the mapping subtracts one day from DUO and adds one towards DUO. The {@code einddatum} of a
 * {@code TijdelijkeVrijstelling} is inclusive at DUO and the end of a {@link Periode} exclusive: one day
 * is added from DUO and subtracted towards DUO. The plicht's {@code einddatum} is inclusive on both
 * sides. Scores are {@code BigDecimal} with two decimals in the domain and strings with a decimal
 * comma at DUO. {@code verwijtbaar} {@code Ja}/{@code Nee} is an {@code Optional<Boolean>}.
 *
 * <p><b>Shapes that differ.</b> A domain {@link Ontheffing.Gedeeltelijk} holds a set of exam parts; DUO
 * sends one {@code GedeeltelijkeOntheffing} per part. Towards DUO one element is written per part (in
 * the order KNM, LE, LU, SC, SP); from DUO, {@link #ontheffingenNaarDomein} merges the partial
 * ontheffingen with the same grond, oordeel and datumOordeel into one, at the place of the first (a
 * part that occurs twice in such a group is a {@code CD-003}). The MAP/PVT/Z-route resources are
 * replaced as a whole by DUO's PUT; they are mapped onto a {@link Dossier}: an absent date withdraws
 * the completion.
 *
 * <p><b>DUO fields without a domain counterpart</b> are checked for their format when they are dates
 * or codes, and are otherwise not carried over; they are absent when writing towards DUO:
 *
 * <ul>
 *   <li>{@code Inburgeringsplicht.wijzigingsdatum};
 *   <li>{@code Doelgroep.begindatum} and {@code Doelgroep.asielrechtenWijzigingVerblijfsdoel};
 *   <li>{@code Inburgeringstermijn.wijzigingsdatum}, {@code verlengingsgrondcode} and {@code
 *       verlengingsgrondomschrijving} (DUO's codes of the keteninformatiemodel are not the library's
 *       {@code Verlengingsgrond}; verlengingen are not derived from the termijn);
 *   <li>{@code GedeeltelijkeOntheffing.urenBelastbaarheidParticipatieactiviteit} (the partial
 *       ontheffing of the participation part of the Z-route is not modelled yet);
 *   <li>{@code Examenresultaat.redenGeenResultaat};
 *   <li>the culpability {@code verwijtbaar} is not part of DUO's GET responses {@code DatumPvt} and
 *       {@code DatumMap}: read from them, an {@link Afronding} has no indication.
 * </ul>
 *
 * <p><b>Required by the domain, optional at DUO</b> (reported as {@code CD-002} when absent): {@code
 * datumOordeel} of every vrijstelling, {@code startdatum} of a tijdelijke vrijstelling, {@code
 * examenonderdeel} and {@code examenniveau} of a gedeeltelijke vrijstelling, {@code examenonderdeel} of
 * a gedeeltelijke ontheffing, the {@code niveau} of a language exam, {@code begindatum} of the
 * inburgeringsplicht and {@code indeling} of the doelgroep. DUO's indication {@code
 * indicatorInburgeringsplicht} must agree with the presence of {@code einddatum} ({@code CD-003}
 * otherwise); an answer without {@code begindatum} (no plicht at all) has no domain value.
 *
 * <p><b>Domain fields without a DUO counterpart</b>, not written towards DUO and set to their empty
 * value when read from DUO: of {@link PipVersie} everything but dagtekening, gemeente, leerroute,
 * niveau, geschatteIntensiteitB1Route, indicatorMagOpleidingAfmaken and alfabetiseringsonderwijs (so:
 * a2Onderdelen, begeleidingEnOndersteuning, pvtUren, map, vveAfspraken, ontzorgen,
 * maatschappelijkeBegeleiding, leerdoelen, voortgangsgesprekken, zrouteExamens, financiering,
 * redenWijziging, bijzonderGeval); DUO's absent {@code indicatorMagOpleidingAfmaken} reads as {@code
 * false}. {@link Inburgeringsplicht#grond()} is not exchanged by DUO: the caller passes it. Of {@link
 * Inburgeraar} only doelgroep and gedetailleerdeDoelgroep are exchanged (the Doelgroep resource). A
 * {@link Leerbaarheidstoets.Ontheffing} (the college's ontheffing of the test) has no DUO form.
 *
 * <p>The table per field is in {@code docs/duo-mapping.md}.
 */
public final class DuoMapping {
  private static final Pattern DATUM = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final String DATUMVORM = "yyyy-MM-dd";
  private static final Pattern SCORE = Pattern.compile("^\\d{1,3},\\d{2}$");
  private static final String SCOREVORM = "ddd,dd (" + SCORE.pattern() + ")";

  /** DUO's {@code ExamenonderdeelNederlands}: the parts a gedeeltelijke vrijstelling may name. */
  private static final Set<Examenonderdeel> TAALONDERDELEN =
      EnumSet.of(Examenonderdeel.LE, Examenonderdeel.LU, Examenonderdeel.SC, Examenonderdeel.SP);

  /** DUO's {@code ExamenniveauWI2021}. */
  private static final Set<Taalniveau> EXAMENNIVEAUS = EnumSet.of(Taalniveau.A2, Taalniveau.B1, Taalniveau.B2);

  /** DUO's {@code RedenGeenResultaatInburgeringsexamen} (checked, not mapped). */
  private static final List<String> REDENEN_GEEN_RESULTAAT =
      List.of("Verwijtbaar", "Nietverwijtbaar", "Afgemeld", "Absent");

  /** DUO's {@code AsielrechtenWijzigingVerblijfsdoel} (checked, not mapped). */
  private static final List<String> ASIELRECHTEN = List.of(
      "Asielrechten toegekend",
      "Behoud asielrechten",
      "Op verzoek behoud rechten van gezins- en overige migrant",
      "Op verzoek rechten van gezins- en overige migrant toegekend");

  private DuoMapping() {}

  // =================================================================== PIP

  /** Returns the DUO form of a PIP version: the body of {@code POST /personen/{bsn}/PIP}. */
  public static DuoPip naarDuo(PipVersie v) {
    return new DuoPip(
        tekst(v.dagtekening()),
        v.leerroute().code(),
        code(v.niveau()),
        getal(v.geschatteIntensiteitB1Route()),
        v.indicatorMagOpleidingAfmaken(),
        code(v.alfabetiseringsonderwijs()));
  }

  /** Returns the DUO form of a PIP version with its gemeente, as {@code GET /personen/{bsn}/PIP} answers. */
  public static DuoGemeente naarDuoGemeente(PipVersie v) {
    return new DuoGemeente(v.gemeente().value(), naarDuo(v));
  }

  /**
   * Maps DUO's PIP to a version adopted by {@code gemeente} (for a request body, the sending gemeente).
   * Pointers are relative to the PIP document.
   */
  public static Optional<PipVersie> naarDomein(DuoPip w, Gemeentecode gemeente, Invoer in) {
    Objects.requireNonNull(gemeente, "gemeente");
    return new Lezer(in).pip(Pointer.root(), w, gemeente);
  }

  /** Maps DUO's {@code Gemeente} response to the PIP version it holds. */
  public static Optional<PipVersie> naarDomein(DuoGemeente w, Invoer in) {
    Lezer l = new Lezer(in);
    Pointer r = Pointer.root();
    if (w == null) {
      l.ontbreekt(r);
      return Optional.empty();
    }
    int voor = l.fouten;
    Gemeentecode g = l.gemeente(r.add("gemeentecode"), w.gemeentecode());
    Optional<PipVersie> v = l.pip(r.add("pip"), w.pip(), g);
    return l.fouten > voor ? Optional.empty() : v;
  }

  // =================================================================== MAP, PVT, Z-route

  /**
   * Returns the body of {@code PUT /personen/{bsn}/pvt} for the PVT completion of {@code d}; without
   * one, the empty body that withdraws an earlier date.
   */
  public static DuoResultaatPvt naarDuoPvt(Dossier d) {
    return d.pvt().map(a -> new DuoResultaatPvt(tekst(a.datum()), jaNee(a))).orElse(new DuoResultaatPvt(null, null));
  }

  /**
   * Returns the body of {@code PUT /personen/{bsn}/map} for the MAP completion (eindgesprek) of {@code
   * d}; without one, the empty body that withdraws an earlier date.
   */
  public static DuoResultaatMap naarDuoMap(Dossier d) {
    return d.map().map(a -> new DuoResultaatMap(tekst(a.datum()), jaNee(a))).orElse(new DuoResultaatMap(null, null));
  }

  /** Returns the body of {@code PUT /personen/{bsn}/zroute} for the Z-route completion of {@code d}. */
  public static DuoResultaatZroute naarDuoZroute(Dossier d) {
    return new DuoResultaatZroute(d.zrouteAfgerond().map(DuoMapping::tekst).orElse(null));
  }

  /** Returns DUO's answer to {@code GET /personen/{bsn}/pvt} for a completion (DUO omits {@code verwijtbaar}). */
  public static DuoDatumPvt naarDuoDatumPvt(Afronding a) {
    return new DuoDatumPvt(tekst(a.datum()));
  }

  /** Returns DUO's answer to {@code GET /personen/{bsn}/map} for a completion (DUO omits {@code verwijtbaar}). */
  public static DuoDatumMap naarDuoDatumMap(Afronding a) {
    return new DuoDatumMap(tekst(a.datum()));
  }

  /**
   * Applies DUO's PVT resource to {@code dossier}, as DUO's PUT does: the dossier with its PVT completion
   * replaced, or removed when the resource has no date.
   */
  public static Optional<Dossier> naarDomein(DuoResultaatPvt w, Dossier dossier, Invoer in) {
    Objects.requireNonNull(dossier, "dossier");
    return lees(w, in, l -> {
      return l.afronding(w.datumOndertekeningPvt(), "datumOndertekeningPvt", w.verwijtbaar())
          .map(a -> dossier.toBuilder().pvt(a.orElse(null)).build());
    });
  }

  /**
   * Applies DUO's MAP resource to {@code dossier}, as DUO's PUT does: the dossier with its MAP completion
   * replaced, or removed when the resource has no date.
   */
  public static Optional<Dossier> naarDomein(DuoResultaatMap w, Dossier dossier, Invoer in) {
    Objects.requireNonNull(dossier, "dossier");
    return lees(w, in, l -> {
      return l.afronding(w.datumEindgesprekMap(), "datumEindgesprekMap", w.verwijtbaar())
          .map(a -> dossier.toBuilder().map(a.orElse(null)).build());
    });
  }

  /** Applies DUO's Z-route resource to {@code dossier}: its Z-route completion replaced or removed. */
  public static Optional<Dossier> naarDomein(DuoResultaatZroute w, Dossier dossier, Invoer in) {
    Objects.requireNonNull(dossier, "dossier");
    return lees(w, in, l -> {
      int voor = l.fouten;
      LocalDate datum = l.datumOpt(Pointer.of("datumAfrondingZroute"), w.datumAfrondingZroute());
      return l.fouten > voor ? Optional.empty() : Optional.of(dossier.toBuilder().zrouteAfgerond(datum).build());
    });
  }

  /** Maps DUO's answer on the PVT to a completion without culpability indication. */
  public static Optional<Afronding> naarDomein(DuoDatumPvt w, Invoer in) {
    return lees(w, in, l -> {
      return Optional.ofNullable(l.datum(Pointer.of("datumOndertekeningPvt"), w.datumOndertekeningPvt()))
          .map(Afronding::op);
    });
  }

  /** Maps DUO's answer on the MAP to a completion without culpability indication. */
  public static Optional<Afronding> naarDomein(DuoDatumMap w, Invoer in) {
    return lees(w, in, l -> {
      return Optional.ofNullable(l.datum(Pointer.of("datumEindgesprekMap"), w.datumEindgesprekMap()))
          .map(Afronding::op);
    });
  }

  // =================================================================== Inburgeringsplicht

  /** Returns DUO's form of the plicht; {@code indicatorInburgeringsplicht} is {@code true} while it has no end. */
  public static DuoInburgeringsplicht naarDuo(Inburgeringsplicht p) {
    return new DuoInburgeringsplicht(
        p.einde().isEmpty(),
        tekst(p.ontstaan()),
        p.einde().map(DuoMapping::tekst).orElse(null),
        null,
        p.kennisgeving().map(DuoMapping::tekst).orElse(null),
        code(p.redenEinde()));
  }

  /**
   * Maps DUO's plicht; DUO does not exchange the ground of art. 3(1) Wi, so the caller passes it.
   *
   * @param grond the ground, from the caller's own records
   */
  public static Optional<Inburgeringsplicht> naarDomein(DuoInburgeringsplicht w, PlichtGrond grond, Invoer in) {
    Objects.requireNonNull(grond, "grond");
    Lezer l = new Lezer(in);
    Pointer r = Pointer.root();
    if (w == null) {
      l.ontbreekt(r);
      return Optional.empty();
    }
    int voor = l.fouten;
    Boolean indicator = l.verplicht(r.add("indicatorInburgeringsplicht"), w.indicatorInburgeringsplicht());
    LocalDate begin = l.datum(r.add("begindatum"), w.begindatum());
    LocalDate einde = l.datumOpt(r.add("einddatum"), w.einddatum());
    l.datumOpt(r.add("wijzigingsdatum"), w.wijzigingsdatum());
    LocalDate kennisgeving = l.datumOpt(r.add("datumKennisgevingInburgeringsplicht"),
        w.datumKennisgevingInburgeringsplicht());
    RedenEindePlicht reden = l.codeOpt(r.add("redenGeenInburgeringsplicht"), RedenEindePlicht.class,
        w.redenGeenInburgeringsplicht());
    if (indicator != null && indicator == (w.einddatum() != null)) {
      l.fout("CD-003", r.add("indicatorInburgeringsplicht"), Reason.INCONSISTENT,
          "indicatorInburgeringsplicht == (einddatum is afwezig)");
    }
    if (l.fouten > voor) {
      return Optional.empty();
    }
    return l.bouw(r, () -> new Inburgeringsplicht(begin, grond, Optional.ofNullable(kennisgeving),
        Optional.ofNullable(einde), Optional.ofNullable(reden)));
  }

  /** Returns DUO's Doelgroep resource for the target groups of {@code i}. */
  public static DuoDoelgroep naarDuoDoelgroep(Inburgeraar i) {
    return new DuoDoelgroep(i.doelgroep().code(), null, code(i.gedetailleerdeDoelgroep()), null);
  }

  /**
   * Applies DUO's Doelgroep resource to {@code inburgeraar}: its doelgroep and gedetailleerde doelgroep
   * replaced (an absent gedetailleerde doelgroep clears it). Whether the two agree is rule {@code PL-004}
   * of the validator, not a mapping problem.
   */
  public static Optional<Inburgeraar> naarDomein(DuoDoelgroep w, Inburgeraar inburgeraar, Invoer in) {
    Objects.requireNonNull(inburgeraar, "inburgeraar");
    Lezer l = new Lezer(in);
    Pointer r = Pointer.root();
    if (w == null) {
      l.ontbreekt(r);
      return Optional.empty();
    }
    int voor = l.fouten;
    Doelgroep doelgroep = l.code(r.add("indeling"), Doelgroep.class, w.indeling());
    l.datumOpt(r.add("begindatum"), w.begindatum());
    GedetailleerdeDoelgroep detail = l.codeOpt(r.add("gedetailleerdeDoelgroep"), GedetailleerdeDoelgroep.class,
        w.gedetailleerdeDoelgroep());
    l.tekstcodeOpt(r.add("asielrechtenWijzigingVerblijfsdoel"), ASIELRECHTEN, w.asielrechtenWijzigingVerblijfsdoel());
    if (l.fouten > voor) {
      return Optional.empty();
    }
    return l.bouw(r, () -> inburgeraar.toBuilder().doelgroep(doelgroep).gedetailleerdeDoelgroep(detail).build());
  }

  // =================================================================== Inburgeringstermijn

  /** Returns DUO's form of the termijn; DUO's {@code einddatum} is the day after the last day. */
  public static DuoInburgeringstermijn naarDuo(Inburgeringstermijn t) {
    return new DuoInburgeringstermijn(tekst(t.start()), tekst(t.einddatum().plusDays(1)), null, null, null);
  }

  /** Maps DUO's termijn; the last day is the day before DUO's exclusive {@code einddatum}. */
  public static Optional<Inburgeringstermijn> naarDomein(DuoInburgeringstermijn w, Invoer in) {
    Lezer l = new Lezer(in);
    Pointer r = Pointer.root();
    if (w == null) {
      l.ontbreekt(r);
      return Optional.empty();
    }
    int voor = l.fouten;
    LocalDate start = l.datum(r.add("startdatum"), w.startdatum());
    LocalDate eindExclusief = l.datum(r.add("einddatum"), w.einddatum());
    l.datumOpt(r.add("wijzigingsdatum"), w.wijzigingsdatum());
    if (l.fouten > voor) {
      return Optional.empty();
    }
    if (!eindExclusief.isAfter(start)) {
      l.fout("CD-003", r.add("einddatum"), Reason.INCONSISTENT, "einddatum (exclusief) > startdatum");
      return Optional.empty();
    }
    return l.bouw(r, () -> new Inburgeringstermijn(start, eindExclusief.minusDays(1)));
  }

  // =================================================================== Vrijstelling

  /** Returns DUO's form of a vrijstelling. */
  public static DuoVrijstelling naarDuo(Vrijstelling v) {
    if (v instanceof Vrijstelling.Tijdelijk t) {
      return new DuoVrijstelling(null, new DuoTijdelijkeVrijstelling(t.oordeel().code(), t.reden().code(),
          tekst(t.datumOordeel()), tekst(t.periode().start()),
          t.periode().eind().map(e -> tekst(e.minusDays(1))).orElse(null)), null);
    }
    if (v instanceof Vrijstelling.Gedeeltelijk g) {
      return new DuoVrijstelling(null, null, new DuoGedeeltelijkeVrijstelling(g.reden().code(), g.oordeel().code(),
          tekst(g.datumOordeel()), g.onderdeel().code(), g.niveau().code()));
    }
    return new DuoVrijstelling(new DuoGeheleVrijstelling(v.oordeel().code(), v.reden().code(),
        tekst(v.datumOordeel())), null, null);
  }

  /** Returns DUO's form of a list of vrijstellingen, as {@code GET /personen/{bsn}/vrijstellingen} answers. */
  public static List<DuoVrijstelling> naarDuoVrijstellingen(List<Vrijstelling> vrijstellingen) {
    return vrijstellingen.stream().map(DuoMapping::naarDuo).toList();
  }

  /** Maps one DUO vrijstelling, with pointers below {@code plek}. */
  public static Optional<Vrijstelling> naarDomein(DuoVrijstelling w, Pointer plek, Invoer in) {
    return new Lezer(in).vrijstelling(plek, w);
  }

  /** Maps DUO's list of vrijstellingen; empty when any element has a problem. */
  public static Optional<List<Vrijstelling>> vrijstellingenNaarDomein(List<DuoVrijstelling> w, Invoer in) {
    Lezer l = new Lezer(in);
    return l.lijst(w, l::vrijstelling);
  }

  // =================================================================== Ontheffing

  /**
   * Returns DUO's form of an ontheffing: one element for a gehele ontheffing, one per exam part (in the
   * order KNM, LE, LU, SC, SP) for a gedeeltelijke.
   */
  public static List<DuoOntheffing> naarDuo(Ontheffing o) {
    if (o instanceof Ontheffing.Gedeeltelijk g) {
      return g.onderdelen().stream().sorted().map(e -> new DuoOntheffing(null, new DuoGedeeltelijkeOntheffing(
          g.oordeel().code(), tekst(g.datumOordeel()), g.grond().code(), e.code(), null))).toList();
    }
    return List.of(new DuoOntheffing(new DuoGeheleOntheffing(o.oordeel().code(), tekst(o.datumOordeel()),
        o.grond().code()), null));
  }

  /** Returns DUO's form of a list of ontheffingen, as {@code GET /personen/{bsn}/ontheffingen} answers. */
  public static List<DuoOntheffing> naarDuoOntheffingen(List<Ontheffing> ontheffingen) {
    return ontheffingen.stream().flatMap(o -> naarDuo(o).stream()).toList();
  }

  /**
   * Maps one DUO ontheffing, with pointers below {@code plek}; a gedeeltelijke ontheffing has one part.
   */
  public static Optional<Ontheffing> naarDomein(DuoOntheffing w, Pointer plek, Invoer in) {
    return new Lezer(in).ontheffing(plek, w);
  }

  /**
   * Maps DUO's list of ontheffingen, merging the partial ontheffingen with the same grond, oordeel and
   * datumOordeel into one with all their parts; empty when any element has a problem.
   */
  public static Optional<List<Ontheffing>> ontheffingenNaarDomein(List<DuoOntheffing> w, Invoer in) {
    return lees(w, in, l -> {
      int voor = l.fouten;
      List<Ontheffing> uit = new ArrayList<>();
      Map<List<Object>, Integer> groepen = new LinkedHashMap<>();
      for (int i = 0; i < w.size(); i++) {
        Pointer p = Pointer.root().add(i);
        Optional<Ontheffing> o = w.get(i) == null ? l.<Ontheffing>ontbreekt(p) : l.ontheffing(p, w.get(i));
        if (o.isEmpty()) {
          continue;
        }
        if (!(o.get() instanceof Ontheffing.Gedeeltelijk g)) {
          uit.add(o.get());
          continue;
        }
        List<Object> sleutel = List.of(g.grond(), g.oordeel(), g.datumOordeel());
        Integer plaats = groepen.get(sleutel);
        if (plaats == null) {
          groepen.put(sleutel, uit.size());
          uit.add(g);
          continue;
        }
        Ontheffing.Gedeeltelijk eerder = (Ontheffing.Gedeeltelijk) uit.get(plaats);
        Examenonderdeel deel = g.onderdelen().iterator().next();
        if (eerder.onderdelen().contains(deel)) {
          l.fout("CD-003", p.add("GedeeltelijkeOntheffing").add("examenonderdeel"), Reason.INCONSISTENT,
              "examenonderdeel al in een gedeeltelijke ontheffing met dezelfde grond, oordeel en datumOordeel");
          continue;
        }
        Set<Examenonderdeel> delen = EnumSet.copyOf(eerder.onderdelen());
        delen.add(deel);
        uit.set(plaats, new Ontheffing.Gedeeltelijk(g.grond(), g.oordeel(), g.datumOordeel(), delen));
      }
      return l.fouten > voor ? Optional.empty() : Optional.of(List.copyOf(uit));
    });
  }

  // =================================================================== Examen

  /** Returns DUO's form of an exam result. */
  public static DuoExamenresultaat naarDuo(Examenresultaat e) {
    return new DuoExamenresultaat(tekst(e.datum()), e.uitslag().code(), null, e.onderdeel().code(), code(e.niveau()));
  }

  /** Returns DUO's form of a list of exam results, as {@code GET /personen/{bsn}/examens/resultaten} answers. */
  public static List<DuoExamenresultaat> naarDuoExamens(List<Examenresultaat> examens) {
    return examens.stream().map(DuoMapping::naarDuo).toList();
  }

  /** Maps one DUO exam result, with pointers below {@code plek}. */
  public static Optional<Examenresultaat> naarDomein(DuoExamenresultaat w, Pointer plek, Invoer in) {
    return new Lezer(in).examen(plek, w);
  }

  /** Maps DUO's list of exam results; empty when any element has a problem. */
  public static Optional<List<Examenresultaat>> examensNaarDomein(List<DuoExamenresultaat> w, Invoer in) {
    Lezer l = new Lezer(in);
    return l.lijst(w, l::examen);
  }

  // =================================================================== Leerbaarheidstoets

  /** Returns DUO's form of a leerbaarheidstoets result; scores get a decimal comma, {@code 71,50}. */
  public static DuoLeerbaarheidstoetsResultaat naarDuo(Leerbaarheidstoets.Afgenomen a) {
    return new DuoLeerbaarheidstoetsResultaat(a.uitkomst().code(), score(a.behaaldeScore()),
        score(a.benodigdeScore()), tekst(a.datumAfname()));
  }

  /** Maps one DUO leerbaarheidstoets result, with pointers below {@code plek}. */
  public static Optional<Leerbaarheidstoets.Afgenomen> naarDomein(
      DuoLeerbaarheidstoetsResultaat w, Pointer plek, Invoer in) {
    return new Lezer(in).lbt(plek, w);
  }

  /** Maps DUO's list of leerbaarheidstoets results; empty when any element has a problem. */
  public static Optional<List<Leerbaarheidstoets.Afgenomen>> leerbaarheidstoetsenNaarDomein(
      List<DuoLeerbaarheidstoetsResultaat> w, Invoer in) {
    Lezer l = new Lezer(in);
    return l.lijst(w, l::lbt);
  }

  // =================================================================== helpers towards DUO

  private static String tekst(LocalDate d) {
    return d.toString();
  }

  private static String code(Optional<? extends Code> c) {
    return c.map(Code::code).orElse(null);
  }

  private static Integer getal(OptionalInt i) {
    return i.isPresent() ? i.getAsInt() : null;
  }

  private static String jaNee(Afronding a) {
    return a.verwijtbaar().map(b -> JaNee.van(b).code()).orElse(null);
  }

  /** The domain keeps scores with exactly two decimals (0.00–999.99), so this is DUO's {@code ddd,dd}. */
  private static String score(BigDecimal s) {
    return s.setScale(2).toPlainString().replace('.', ',');
  }

  // =================================================================== reading DUO

  /** Reports a missing record as {@code CD-002}; otherwise reads it with a fresh {@link Lezer}. */
  private static <T> Optional<T> lees(Object w, Invoer in, java.util.function.Function<Lezer, Optional<T>> f) {
    Lezer l = new Lezer(in);
    return w == null ? l.ontbreekt(Pointer.root()) : f.apply(l);
  }

  /**
   * Reads the values of DUO records and counts the problems it reports, so that each record can check
   * all its fields before deciding whether it can be built.
   */
  private static final class Lezer {
    private final Invoer in;
    private int fouten;

    Lezer(Invoer in) {
      this.in = Objects.requireNonNull(in, "in");
    }

    void fout(String code, Pointer p, Object... args) {
      in.add(code, p, args);
      fouten++;
    }

    <T> Optional<T> ontbreekt(Pointer p) {
      fout("CD-002", p);
      return Optional.empty();
    }

    <T> T verplicht(Pointer p, T v) {
      if (v == null) {
        ontbreekt(p);
      }
      return v;
    }

    <T> Optional<T> bouw(Pointer p, Supplier<T> f) {
      try {
        return Optional.of(f.get());
      } catch (InburgeringException e) {
        fout("CD-003", p, e.reason(), e.getMessage());
        return Optional.empty();
      }
    }

    <W, D> Optional<List<D>> lijst(List<W> w, BiFunction<Pointer, W, Optional<D>> f) {
      if (w == null) {
        return ontbreekt(Pointer.root());
      }
      int voor = fouten;
      List<D> uit = new ArrayList<>();
      for (int i = 0; i < w.size(); i++) {
        Pointer p = Pointer.root().add(i);
        Optional<D> d = w.get(i) == null ? ontbreekt(p) : f.apply(p, w.get(i));
        d.ifPresent(uit::add);
      }
      return fouten > voor ? Optional.empty() : Optional.of(List.copyOf(uit));
    }

    LocalDate datum(Pointer p, String raw) {
      return raw == null ? verplicht(p, null) : datumOpt(p, raw);
    }

    LocalDate datumOpt(Pointer p, String raw) {
      if (raw == null) {
        return null;
      }
      if (DATUM.matcher(raw).matches()) {
        try {
          return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      fout("CD-003", p, Reason.FORMAT, DATUMVORM);
      return null;
    }

    BigDecimal score(Pointer p, String raw) {
      if (raw == null) {
        return verplicht(p, null);
      }
      if (!SCORE.matcher(raw).matches()) {
        fout("CD-003", p, Reason.FORMAT, SCOREVORM);
        return null;
      }
      return new BigDecimal(raw.replace(',', '.'));
    }

    Gemeentecode gemeente(Pointer p, String raw) {
      Optional<Gemeentecode> g = in.gemeentecode(p, raw);
      if (g.isEmpty()) {
        fouten++;
      }
      return g.orElse(null);
    }

    <E extends Enum<E> & Code> E code(Pointer p, Class<E> type, String raw) {
      Optional<E> e = in.code(p, type, raw);
      if (e.isEmpty()) {
        fouten++;
      }
      return e.orElse(null);
    }

    <E extends Enum<E> & Code> E codeOpt(Pointer p, Class<E> type, String raw) {
      return raw == null ? null : code(p, type, raw);
    }

    /** Reads a code of {@code type} that DUO allows for this field only when it is in {@code toegestaan}. */
    <E extends Enum<E> & Code> E code(Pointer p, Class<E> type, String raw, Set<E> toegestaan) {
      if (raw == null) {
        return verplicht(p, null);
      }
      for (E e : toegestaan) {
        if (e.code().equals(raw)) {
          return e;
        }
      }
      fout("CD-001", p, Arrays.stream(type.getEnumConstants()).filter(toegestaan::contains).map(Code::code)
          .collect(Collectors.joining(", ")));
      return null;
    }

    /** Checks an optional code of a DUO list the library does not model; returns nothing. */
    void tekstcodeOpt(Pointer p, List<String> toegestaan, String raw) {
      if (raw != null && !toegestaan.contains(raw)) {
        fout("CD-001", p, String.join(", ", toegestaan));
      }
    }

    Optional<PipVersie> pip(Pointer p, DuoPip w, Gemeentecode gemeente) {
      if (w == null) {
        return ontbreekt(p);
      }
      int voor = fouten;
      LocalDate dagtekening = datum(p.add("dagtekeningPip"), w.dagtekeningPip());
      Leerroute leerroute = code(p.add("leerroute"), Leerroute.class, w.leerroute());
      NiveauPip niveau = codeOpt(p.add("niveau"), NiveauPip.class, w.niveau());
      Integer intensiteit = w.geschatteIntensiteitB1Route();
      if (intensiteit != null && (intensiteit < 1 || intensiteit > 9999)) {
        fout("CD-003", p.add("geschatteIntensiteitB1Route"), Reason.OUT_OF_RANGE, "1..9999");
      }
      Alfabetiseringsonderwijs alfa = codeOpt(p.add("indicatorAlfabetiseringsonderwijs"),
          Alfabetiseringsonderwijs.class, w.indicatorAlfabetiseringsonderwijs());
      if (fouten > voor || gemeente == null) {
        return Optional.empty();
      }
      return bouw(p, () -> PipVersie.builder()
          .dagtekening(dagtekening)
          .gemeente(gemeente)
          .leerroute(leerroute)
          .niveau(niveau)
          .geschatteIntensiteitB1Route(intensiteit)
          .indicatorMagOpleidingAfmaken(Boolean.TRUE.equals(w.indicatorMagOpleidingAfmaken()))
          .alfabetiseringsonderwijs(alfa)
          .build());
    }

    /**
     * Reads a PVT or MAP resource: empty on a problem, otherwise the completion, or an empty inner
     * optional when the resource withdraws it.
     */
    Optional<Optional<Afronding>> afronding(String rawDatum, String datumVeld, String rawVerwijtbaar) {
      Pointer r = Pointer.root();
      int voor = fouten;
      LocalDate datum = datumOpt(r.add(datumVeld), rawDatum);
      JaNee verwijtbaar = codeOpt(r.add("verwijtbaar"), JaNee.class, rawVerwijtbaar);
      if (rawDatum == null && rawVerwijtbaar != null) {
        ontbreekt(r.add(datumVeld));
      }
      if (fouten > voor) {
        return Optional.empty();
      }
      if (datum == null) {
        return Optional.of(Optional.empty());
      }
      return Optional.of(Optional.of(new Afronding(datum, Optional.ofNullable(verwijtbaar).map(JaNee::waarde))));
    }

    Optional<Vrijstelling> vrijstelling(Pointer p, DuoVrijstelling w) {
      if (w == null) {
        return ontbreekt(p);
      }
      int vormen = (w.geheleVrijstelling() == null ? 0 : 1) + (w.tijdelijkeVrijstelling() == null ? 0 : 1)
          + (w.gedeeltelijkeVrijstelling() == null ? 0 : 1);
      if (vormen != 1) {
        fout("CD-003", p, Reason.INCONSISTENT,
            "precies een van GeheleVrijstelling, TijdelijkeVrijstelling, GedeeltelijkeVrijstelling");
        return Optional.empty();
      }
      int voor = fouten;
      if (w.geheleVrijstelling() != null) {
        DuoGeheleVrijstelling g = w.geheleVrijstelling();
        Pointer q = p.add("GeheleVrijstelling");
        Oordeel oordeel = code(q.add("oordeel"), Oordeel.class, g.oordeel());
        RedenVrijstelling reden = code(q.add("reden"), RedenVrijstelling.class, g.reden());
        LocalDate datum = datum(q.add("datumOordeel"), g.datumOordeel());
        return fouten > voor ? Optional.empty() : bouw(q, () -> new Vrijstelling.Geheel(reden, oordeel, datum));
      }
      if (w.tijdelijkeVrijstelling() != null) {
        DuoTijdelijkeVrijstelling t = w.tijdelijkeVrijstelling();
        Pointer q = p.add("TijdelijkeVrijstelling");
        Oordeel oordeel = code(q.add("oordeel"), Oordeel.class, t.oordeel());
        RedenVrijstelling reden = code(q.add("reden"), RedenVrijstelling.class, t.reden());
        LocalDate datum = datum(q.add("datumOordeel"), t.datumOordeel());
        LocalDate start = datum(q.add("startdatum"), t.startdatum());
        LocalDate laatste = datumOpt(q.add("einddatum"), t.einddatum());
        if (fouten > voor) {
          return Optional.empty();
        }
        if (laatste != null && laatste.isBefore(start)) {
          fout("CD-003", q.add("einddatum"), Reason.INCONSISTENT, "einddatum >= startdatum");
          return Optional.empty();
        }
        return bouw(q, () -> new Vrijstelling.Tijdelijk(reden, oordeel, datum,
            laatste == null ? Periode.vanaf(start) : Periode.of(start, laatste.plusDays(1))));
      }
      DuoGedeeltelijkeVrijstelling g = w.gedeeltelijkeVrijstelling();
      Pointer q = p.add("GedeeltelijkeVrijstelling");
      RedenVrijstelling reden = code(q.add("reden"), RedenVrijstelling.class, g.reden());
      Oordeel oordeel = code(q.add("oordeel"), Oordeel.class, g.oordeel());
      LocalDate datum = datum(q.add("datumOordeel"), g.datumOordeel());
      Examenonderdeel onderdeel = code(q.add("examenonderdeel"), Examenonderdeel.class, g.examenonderdeel(),
          TAALONDERDELEN);
      NiveauPip niveau = code(q.add("examenniveau"), NiveauPip.class, g.examenniveau());
      return fouten > voor ? Optional.empty()
          : bouw(q, () -> new Vrijstelling.Gedeeltelijk(reden, oordeel, datum, onderdeel, niveau));
    }

    Optional<Ontheffing> ontheffing(Pointer p, DuoOntheffing w) {
      if (w == null) {
        return ontbreekt(p);
      }
      if ((w.geheleOntheffing() == null) == (w.gedeeltelijkeOntheffing() == null)) {
        fout("CD-003", p, Reason.INCONSISTENT, "precies een van GeheleOntheffing, GedeeltelijkeOntheffing");
        return Optional.empty();
      }
      int voor = fouten;
      if (w.geheleOntheffing() != null) {
        DuoGeheleOntheffing g = w.geheleOntheffing();
        Pointer q = p.add("GeheleOntheffing");
        Oordeel oordeel = code(q.add("oordeel"), Oordeel.class, g.oordeel());
        LocalDate datum = datum(q.add("datumOordeel"), g.datumOordeel());
        Ontheffingsgrond grond = code(q.add("grond"), Ontheffingsgrond.class, g.grond());
        return fouten > voor ? Optional.empty() : bouw(q, () -> new Ontheffing.Geheel(grond, oordeel, datum));
      }
      DuoGedeeltelijkeOntheffing g = w.gedeeltelijkeOntheffing();
      Pointer q = p.add("GedeeltelijkeOntheffing");
      Oordeel oordeel = code(q.add("oordeel"), Oordeel.class, g.oordeel());
      LocalDate datum = datum(q.add("datumOordeel"), g.datumOordeel());
      Ontheffingsgrond grond = code(q.add("grond"), Ontheffingsgrond.class, g.grond());
      Examenonderdeel onderdeel = code(q.add("examenonderdeel"), Examenonderdeel.class, g.examenonderdeel());
      Integer uren = g.urenBelastbaarheidParticipatieactiviteit();
      if (uren != null && (uren < 0 || uren > 9999)) {
        fout("CD-003", q.add("urenBelastbaarheidParticipatieactiviteit"), Reason.OUT_OF_RANGE, "0..9999");
      }
      return fouten > voor ? Optional.empty()
          : bouw(q, () -> new Ontheffing.Gedeeltelijk(grond, oordeel, datum, EnumSet.of(onderdeel)));
    }

    Optional<Examenresultaat> examen(Pointer p, DuoExamenresultaat w) {
      if (w == null) {
        return ontbreekt(p);
      }
      int voor = fouten;
      LocalDate datum = datum(p.add("examendatum"), w.examendatum());
      Examenuitslag uitslag = code(p.add("resultaat"), Examenuitslag.class, w.resultaat());
      tekstcodeOpt(p.add("redenGeenResultaat"), REDENEN_GEEN_RESULTAAT, w.redenGeenResultaat());
      Examenonderdeel onderdeel = code(p.add("onderdeel"), Examenonderdeel.class, w.onderdeel());
      Taalniveau niveau = w.niveau() == null ? null
          : code(p.add("niveau"), Taalniveau.class, w.niveau(), EXAMENNIVEAUS);
      if (onderdeel != null && onderdeel.isTaalonderdeel() && w.niveau() == null) {
        ontbreekt(p.add("niveau"));
      }
      if (onderdeel == Examenonderdeel.KNM && w.niveau() != null) {
        fout("CD-003", p.add("niveau"), Reason.INCONSISTENT, "KNM heeft geen niveau");
      }
      return fouten > voor ? Optional.empty()
          : bouw(p, () -> new Examenresultaat(onderdeel, Optional.ofNullable(niveau), datum, uitslag));
    }

    Optional<Leerbaarheidstoets.Afgenomen> lbt(Pointer p, DuoLeerbaarheidstoetsResultaat w) {
      if (w == null) {
        return ontbreekt(p);
      }
      int voor = fouten;
      LeerbaarheidstoetsUitkomst uitkomst = code(p.add("resultaat"), LeerbaarheidstoetsUitkomst.class, w.resultaat());
      BigDecimal behaald = score(p.add("behaaldeScore"), w.behaaldeScore());
      BigDecimal benodigd = score(p.add("benodigdeScore"), w.benodigdeScore());
      LocalDate datum = datum(p.add("datumAfname"), w.datumAfname());
      return fouten > voor ? Optional.empty()
          : bouw(p, () -> new Leerbaarheidstoets.Afgenomen(uitkomst, behaald, benodigd, datum));
    }
  }
}
