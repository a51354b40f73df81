package io.github.inburgering.json.v1;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.Periode;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.Alfabetiseringsonderwijs;
import io.github.inburgering.core.model.BredeIntake;
import io.github.inburgering.core.model.Code;
import io.github.inburgering.core.model.Contactpersoon;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.DuoGebeurtenis;
import io.github.inburgering.core.model.DuoMelding;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Examenresultaat;
import io.github.inburgering.core.model.Examenuitslag;
import io.github.inburgering.core.model.Financiering;
import io.github.inburgering.core.model.GedetailleerdeDoelgroep;
import io.github.inburgering.core.model.Inburgeraar;
import io.github.inburgering.core.model.Inburgeringsplicht;
import io.github.inburgering.core.model.Inburgeringstermijn;
import io.github.inburgering.core.model.Leerbaarheidstoets;
import io.github.inburgering.core.model.LeerbaarheidstoetsOntheffingsgrond;
import io.github.inburgering.core.model.LeerbaarheidstoetsUitkomst;
import io.github.inburgering.core.model.Leerdoel;
import io.github.inburgering.core.model.Leerdomein;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Lening;
import io.github.inburgering.core.model.MaatschappelijkeBegeleidingThema;
import io.github.inburgering.core.model.MapAfspraak;
import io.github.inburgering.core.model.Naam;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.Ontzorgen;
import io.github.inburgering.core.model.OpleidingEnWerkervaring;
import io.github.inburgering.core.model.Opleidingsniveau;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.Partner;
import io.github.inburgering.core.model.PartnerId;
import io.github.inburgering.core.model.PartnerRol;
import io.github.inburgering.core.model.PersoonlijkeOmstandigheden;
import io.github.inburgering.core.model.Pip;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.model.RedenEindePlicht;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.RedenWijziging;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Uren;
import io.github.inburgering.core.model.Verhuizing;
import io.github.inburgering.core.traject.Boete;
import io.github.inburgering.core.traject.Beeindigingsgrond;
import io.github.inburgering.core.traject.Boetesoort;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Gebeurtenissoort;
import io.github.inburgering.core.traject.Toestand;
import io.github.inburgering.core.traject.Traject;
import io.github.inburgering.core.traject.Urensoort;
import io.github.inburgering.core.traject.Verwijtbaarheid;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.model.VimeLeervorm;
import io.github.inburgering.core.model.Vrijstelling;
import io.github.inburgering.core.model.Vrijwilligersrol;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Pointer;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Maps between the wire model {@code v1} and the domain model. From wire to domain every problem is
 * reported to an {@link Invoer} at its JSON Pointer (unknown codes, malformed identifiers, values that
 * cannot be built); nothing is dropped or coerced. From domain to wire the mapping is total.
 */
public final class V1Mapping {
  private V1Mapping() {}

  // ------------------------------------------------------------------ domain -> wire

  /** Returns the wire form of {@code d}. */
  public static DossierV1 naarV1(Dossier d) {
    return new DossierV1(
        naarV1(d.inburgeraar()),
        new PlichtV1(d.plicht().ontstaan(), d.plicht().grond().code(), d.plicht().kennisgeving().orElse(null),
            d.plicht().einde().orElse(null), d.plicht().redenEinde().map(Code::code).orElse(null)),
        lijst(d.vrijstellingen().stream().map(V1Mapping::naarV1).toList()),
        lijst(d.ontheffingen().stream().map(V1Mapping::naarV1).toList()),
        d.bredeIntake().map(V1Mapping::naarV1).orElse(null),
        d.pip().map(p -> new PipV1(p.versies().stream().map(V1Mapping::naarV1).toList())).orElse(null),
        d.termijn().map(t -> new TermijnV1(t.start(), t.einddatum())).orElse(null),
        lijst(d.verlengingen().stream().map(v -> new VerlengingV1(v.grond().code(), v.duur().toString(),
            v.aanvraagdatum().orElse(null), v.besluitdatum())).toList()),
        lijst(d.verhuizingen().stream().map(v -> new VerhuizingV1(v.inschrijving(), v.van().value(),
            v.naar().value())).toList()),
        d.uren().equals(Uren.GEEN) ? null : new UrenV1(d.uren().nt2(), d.uren().knm(), d.uren().participatie(),
            d.uren().pvt(), d.uren().map()),
        lijst(d.examens().stream().map(e -> new ExamenresultaatV1(e.onderdeel().code(),
            e.niveau().map(Code::code).orElse(null), e.datum(), e.uitslag().code())).toList()),
        d.pvt().map(a -> new AfrondingV1(a.datum(), a.verwijtbaar().orElse(null))).orElse(null),
        d.map().map(a -> new AfrondingV1(a.datum(), a.verwijtbaar().orElse(null))).orElse(null),
        d.zrouteAfgerond().orElse(null),
        d.lening().map(l -> new LeningV1(l.bedrag())).orElse(null),
        d.contactpersoon().map(c -> new ContactpersoonV1(naarV1(c.naam()), c.gemeente().value(),
            c.email().orElse(null), c.telefoon().orElse(null))).orElse(null),
        null);
  }

  private static <T> List<T> lijst(List<T> l) {
    return l.isEmpty() ? null : l;
  }

  private static NaamV1 naarV1(Naam n) {
    return new NaamV1(n.voornamen(), n.achternaam());
  }

  /** Returns the wire form of {@code i}. */
  public static InburgeraarV1 naarV1(Inburgeraar i) {
    return new InburgeraarV1(i.bsn().unmasked(), i.vNummer().map(v -> v.unmasked()).orElse(null),
        i.naam().map(V1Mapping::naarV1).orElse(null), i.geboortedatum(), i.doelgroep().code(),
        i.gedetailleerdeDoelgroep().map(Code::code).orElse(null), i.gemeente().value(),
        i.vestigingsdatum().orElse(null));
  }

  private static VrijstellingV1 naarV1(Vrijstelling v) {
    if (v instanceof Vrijstelling.Tijdelijk t) {
      return new VrijstellingV1(VrijstellingVorm.TIJDELIJK.code(), t.reden().code(), t.oordeel().code(),
          t.datumOordeel(), naarV1(t.periode()), null, null);
    }
    if (v instanceof Vrijstelling.Gedeeltelijk g) {
      return new VrijstellingV1(VrijstellingVorm.GEDEELTELIJK.code(), g.reden().code(), g.oordeel().code(),
          g.datumOordeel(), null, g.onderdeel().code(), g.niveau().code());
    }
    return new VrijstellingV1(VrijstellingVorm.GEHEEL.code(), v.reden().code(), v.oordeel().code(),
        v.datumOordeel(), null, null, null);
  }

  private static OntheffingV1 naarV1(Ontheffing o) {
    if (o instanceof Ontheffing.Gedeeltelijk g) {
      return new OntheffingV1(OntheffingVorm.GEDEELTELIJK.code(), g.grond().code(), g.oordeel().code(),
          g.datumOordeel(), codes(g.onderdelen()));
    }
    return new OntheffingV1(OntheffingVorm.GEHEEL.code(), o.grond().code(), o.oordeel().code(),
        o.datumOordeel(), null);
  }

  /** Codes of a set in the enum's declaration order, so output is deterministic. */
  private static <E extends Enum<E> & Code> List<String> codes(Set<E> set) {
    if (set.isEmpty()) {
      return null;
    }
    return set.stream().sorted().map(Code::code).toList();
  }

  private static PeriodeV1 naarV1(Periode p) {
    return new PeriodeV1(p.start(), p.eind().orElse(null));
  }

  private static BredeIntakeV1 naarV1(BredeIntake b) {
    return new BredeIntakeV1(b.startdatum(), b.afgerond().orElse(null),
        b.leerbaarheidstoets().map(V1Mapping::naarV1).orElse(null),
        b.opleidingEnWerkervaring().map(o -> new OpleidingEnWerkervaringV1(o.hoogsteOpleiding().code(),
            o.jarenWerkervaring(), o.wilVervolgonderwijs())).orElse(null),
        b.persoonlijkeOmstandigheden().map(p -> new PersoonlijkeOmstandighedenV1(p.gezondheid().orElse(null),
            p.overig().orElse(null), p.individueelGesprekAangeboden())).orElse(null),
        b.geadviseerdeLeerroute().map(Code::code).orElse(null),
        b.nt2UrenTijdensIntake() == 0 ? null : b.nt2UrenTijdensIntake());
  }

  private static LeerbaarheidstoetsV1 naarV1(Leerbaarheidstoets l) {
    if (l instanceof Leerbaarheidstoets.Afgenomen a) {
      return new LeerbaarheidstoetsV1(LeerbaarheidstoetsSoort.AFGENOMEN.code(), a.uitkomst().code(),
          a.behaaldeScore(), a.benodigdeScore(), a.datumAfname(), null, null);
    }
    Leerbaarheidstoets.Ontheffing o = (Leerbaarheidstoets.Ontheffing) l;
    return new LeerbaarheidstoetsV1(LeerbaarheidstoetsSoort.ONTHEFFING.code(), null, null, null, null,
        o.grond().code(), o.datum());
  }

  /** Returns the wire form of one PIP version. */
  public static PipVersieV1 naarV1(PipVersie v) {
    return new PipVersieV1(v.dagtekening(), v.gemeente().value(), v.leerroute().code(),
        v.niveau().map(Code::code).orElse(null), codes(v.a2Onderdelen()),
        v.geschatteIntensiteitB1Route().isPresent() ? v.geschatteIntensiteitB1Route().getAsInt() : null,
        v.indicatorMagOpleidingAfmaken() ? Boolean.TRUE : null,
        v.alfabetiseringsonderwijs().map(Code::code).orElse(null),
        v.begeleidingEnOndersteuning().orElse(null),
        v.pvtUren().isPresent() ? v.pvtUren().getAsInt() : null,
        v.map().map(m -> m instanceof MapAfspraak.Intensiteit i
            ? new MapAfspraakV1(true, i.uren()) : new MapAfspraakV1(false, null)).orElse(null),
        v.vveAfspraken().orElse(null),
        v.ontzorgen().map(o -> naarV1(o.periode())).orElse(null),
        codes(v.maatschappelijkeBegeleiding()),
        lijst(v.leerdoelen().stream().map(V1Mapping::naarV1).toList()),
        v.voortgangsgesprekken(),
        codes(v.zrouteExamens()),
        v.financiering().map(Code::code).orElse(null),
        v.redenWijziging().map(Code::code).orElse(null),
        v.bijzonderGeval().orElse(null));
  }

  private static LeerdoelV1 naarV1(Leerdoel l) {
    return new LeerdoelV1(l.omschrijving(), l.leerdomein().code(), l.leervorm().code(),
        l.partner().map(V1Mapping::naarV1).orElse(null), l.vrijwilligersrol().map(Code::code).orElse(null));
  }

  /** Returns the wire form of a partner. */
  public static PartnerV1 naarV1(Partner p) {
    String oin = p.id() instanceof PartnerId.ViaOin o ? o.oin().value() : null;
    String kvk = p.id() instanceof PartnerId.ViaKvk k ? k.kvk().value() : null;
    return new PartnerV1(p.naam(), p.rol().code(), oin, kvk, p.keurmerk() ? Boolean.TRUE : null);
  }

  // ------------------------------------------------------------------ wire -> domain

  /**
   * Maps {@code w} to the domain, reporting every problem to {@code in}.
   *
   * @return the dossier, or empty when a problem was reported
   */
  public static Optional<Dossier> naarDomein(DossierV1 w, Invoer in) {
    Lezer l = new Lezer(in);
    Pointer root = Pointer.root();
    Dossier.Builder b = Dossier.builder();
    l.verplicht(root.add("inburgeraar"), w.inburgeraar()).flatMap(x -> l.inburgeraar(root.add("inburgeraar"), x))
        .ifPresent(b::inburgeraar);
    l.verplicht(root.add("plicht"), w.plicht()).flatMap(x -> l.plicht(root.add("plicht"), x)).ifPresent(b::plicht);
    l.elk(root.add("vrijstellingen"), w.vrijstellingen(), l::vrijstelling).forEach(b::addVrijstellingen);
    l.elk(root.add("ontheffingen"), w.ontheffingen(), l::ontheffing).forEach(b::addOntheffingen);
    if (w.bredeIntake() != null) {
      l.bredeIntake(root.add("bredeIntake"), w.bredeIntake()).ifPresent(b::bredeIntake);
    }
    if (w.pip() != null) {
      Pointer pp = root.add("pip").add("versies");
      List<PipVersie> versies = l.elk(pp, w.pip().versies(), l::pipVersie);
      if (w.pip().versies() == null || w.pip().versies().isEmpty()) {
        in.add("CD-002", pp);
      } else if (versies.size() == w.pip().versies().size()) {
        b.pip(new Pip(versies));
      }
    }
    if (w.termijn() != null) {
      Pointer p = root.add("termijn");
      l.bouw(p, () -> new Inburgeringstermijn(l.datum(p.add("start"), w.termijn().start()),
          l.datum(p.add("einddatum"), w.termijn().einddatum()))).ifPresent(b::termijn);
    }
    l.elk(root.add("verlengingen"), w.verlengingen(), l::verlenging).forEach(b::addVerlengingen);
    l.elk(root.add("verhuizingen"), w.verhuizingen(), l::verhuizing).forEach(b::addVerhuizingen);
    if (w.uren() != null) {
      Pointer p = root.add("uren");
      UrenV1 u = w.uren();
      l.bouw(p, () -> new Uren(l.getal(p.add("nt2"), u.nt2()), l.getal(p.add("knm"), u.knm()),
          l.getal(p.add("participatie"), u.participatie()), l.getal(p.add("pvt"), u.pvt()),
          l.getal(p.add("map"), u.map()))).ifPresent(b::uren);
    }
    l.elk(root.add("examens"), w.examens(), l::examen).forEach(b::addExamens);
    if (w.pvt() != null) {
      l.afronding(root.add("pvt"), w.pvt()).ifPresent(b::pvt);
    }
    if (w.map() != null) {
      l.afronding(root.add("map"), w.map()).ifPresent(b::map);
    }
    b.zrouteAfgerond(w.zrouteAfgerond());
    if (w.lening() != null) {
      Pointer p = root.add("lening");
      l.bouw(p, () -> new Lening(l.getal(p.add("bedrag"), w.lening().bedrag()))).ifPresent(b::lening);
    }
    if (w.contactpersoon() != null) {
      Pointer p = root.add("contactpersoon");
      ContactpersoonV1 c = w.contactpersoon();
      l.bouw(p, () -> new Contactpersoon(l.naam(p.add("naam"), c.naam()),
          l.gemeente(p.add("gemeente"), c.gemeente()), Optional.ofNullable(c.email()),
          Optional.ofNullable(c.telefoon()))).ifPresent(b::contactpersoon);
    }
    if (!in.isLeeg()) {
      return Optional.empty();
    }
    return l.bouw(root, b::build);
  }

  /** Returns the wire form of a DUO notification. */
  public static GebeurtenisV1 naarV1(DuoMelding m) {
    return new GebeurtenisV1(m.gebeurtenis().code(), m.registratie(), m.bsn().map(b -> b.unmasked()).orElse(null),
        m.vNummer().map(v -> v.unmasked()).orElse(null));
  }

  /** Maps an event to the domain, reporting problems to {@code in} relative to {@code p}. */
  public static Optional<DuoMelding> naarDomein(GebeurtenisV1 w, Pointer p, Invoer in) {
    Lezer l = new Lezer(in);
    return l.bouw(p, () -> new DuoMelding(
        l.code(p.add("gebeurtenis"), DuoGebeurtenis.class, w.gebeurtenis()),
        l.nodig(in.verplicht(p.add("registratie"), w.registratie())),
        w.bsn() == null ? Optional.empty() : Optional.of(l.nodig(in.bsn(p.add("bsn"), w.bsn()))),
        w.vNummer() == null ? Optional.empty() : Optional.of(l.nodig(in.vNummer(p.add("vNummer"), w.vNummer())))));
  }

  /** Maps one PIP version, reporting problems to {@code in} relative to {@code pointer}. */
  public static Optional<PipVersie> naarDomein(PipVersieV1 w, Pointer pointer, Invoer in) {
    return new Lezer(in).pipVersie(pointer, w);
  }


  // ------------------------------------------------------------------ lifecycle

  /** Returns the wire form of a lifecycle: its events and the stand of {@code traject}. */
  public static TrajectV1 naarV1(List<? extends Gebeurtenis> gebeurtenissen, Traject traject) {
    return new TrajectV1(gebeurtenissen.stream().map(V1Mapping::naarV1).toList(), stand(traject));
  }

  /** Returns the derived stand of {@code t}. */
  public static TrajectstandV1 stand(Traject t) {
    int boetes = t.boetes().stream().mapToInt(Boete::bedragInCenten).sum();
    return new TrajectstandV1(t.fase().code(),
        t.toestand() instanceof Toestand.NietPlichtig ? null : t.toestand().sinds(),
        t.leerroute().map(Code::code).orElse(null), t.termijnStart().orElse(null),
        t.huidigeEinddatum().orElse(null), t.uitersteSchakeldatum().orElse(null),
        t.uiterstePipDatum().orElse(null), codes(t.openVerplichtingen()),
        t.boetes().isEmpty() ? null : boetes);
  }

  /** Returns the wire form of one lifecycle event. */
  public static TrajectgebeurtenisV1 naarV1(Gebeurtenis g) {
    Velden v = new Velden();
    if (g instanceof Gebeurtenis.PlichtOntstaan e) {
      v.doelgroep = e.doelgroep().code();
      v.kennisgeving = e.kennisgeving();
    } else if (g instanceof Gebeurtenis.PlichtHervat e) {
      v.metPip = e.metPip();
    } else if (g instanceof Gebeurtenis.VrijstellingVerleend e) {
      v.vrijstelling = naarV1(e.vrijstelling());
    } else if (g instanceof Gebeurtenis.OntheffingVerleend e) {
      v.ontheffing = naarV1(e.ontheffing());
    } else if (g instanceof Gebeurtenis.IntakeVerzuim e) {
      v.verwijtbaarheid = e.verwijtbaarheid().code();
      v.bijstandVerlaagd = e.bijstandVerlaagd();
    } else if (g instanceof Gebeurtenis.PipVastgesteld e) {
      v.leerroute = e.leerroute().code();
      v.niveau = e.niveau().map(Code::code).orElse(null);
      v.taalschakeltraject = e.taalschakeltraject();
    } else if (g instanceof Gebeurtenis.LeerrouteGewijzigd e) {
      v.leerroute = e.nieuweLeerroute().code();
      v.bijzonderGeval = e.bijzonderGeval().orElse(null);
      v.eindeNietVrijstellendeOpleiding = e.eindeNietVrijstellendeOpleiding().orElse(null);
    } else if (g instanceof Gebeurtenis.Afgeschaald e) {
      v.onderdelen = codes(e.onderdelen());
    } else if (g instanceof Gebeurtenis.Verhuisd e) {
      Verhuizing h = e.verhuizing();
      v.verhuizing = new VerhuizingV1(h.inschrijving(), h.van().value(), h.naar().value());
    } else if (g instanceof Gebeurtenis.TermijnVerlengd e) {
      Verlenging x = e.verlenging();
      v.verlenging = new VerlengingV1(x.grond().code(), x.duur().toString(),
          x.aanvraagdatum().orElse(null), x.besluitdatum());
    } else if (g instanceof Gebeurtenis.Examenuitslag e) {
      v.onderdeel = e.onderdeel().code();
      v.taalniveau = e.niveau().map(Code::code).orElse(null);
      v.behaald = e.behaald();
    } else if (g instanceof Gebeurtenis.PvtAfgerond e) {
      v.uren = e.uren();
    } else if (g instanceof Gebeurtenis.MapAfgerond e) {
      v.uren = e.uren();
    } else if (g instanceof Gebeurtenis.UrenGevolgd e) {
      v.urensoort = e.urensoort().code();
      v.uren = e.uren();
    } else if (g instanceof Gebeurtenis.DuoBoeteOpgelegd e) {
      v.boetesoorten = codes(e.soorten());
      v.bedragLeerrouteInCenten = e.bedragLeerrouteInCenten().orElse(null);
      v.verwijtbaar = e.verwijtbaar();
      v.vergunningGeweigerdOfIngetrokken = e.vergunningGeweigerdOfIngetrokken();
      v.bijstandVerlaagd = e.bijstandVerlaagd();
    } else if (g instanceof Gebeurtenis.CollegeBoeteOpgelegd e) {
      v.verwijtbaarheid = e.verwijtbaarheid().code();
      v.bijstandVerlaagd = e.bijstandVerlaagd();
    } else if (g instanceof Gebeurtenis.DoelgroepGewijzigd e) {
      v.doelgroep = e.nieuweDoelgroep().code();
    } else if (g instanceof Gebeurtenis.PlichtBeeindigd e) {
      v.grond = e.grond().code();
    }
    return new TrajectgebeurtenisV1(g.soort().code(), g.datum(), v.doelgroep, v.kennisgeving,
        v.metPip, v.vrijstelling, v.ontheffing, v.verwijtbaarheid, v.bijstandVerlaagd, v.leerroute,
        v.niveau, v.taalschakeltraject, v.bijzonderGeval, v.eindeNietVrijstellendeOpleiding,
        v.onderdelen, v.verhuizing, v.verlenging, v.onderdeel, v.taalniveau, v.behaald, v.uren,
        v.urensoort, v.boetesoorten, v.bedragLeerrouteInCenten, v.verwijtbaar,
        v.vergunningGeweigerdOfIngetrokken, v.grond);
  }

  /** The optional properties of an event on the wire, filled per kind. */
  private static final class Velden {
    String doelgroep;
    LocalDate kennisgeving;
    Boolean metPip;
    VrijstellingV1 vrijstelling;
    OntheffingV1 ontheffing;
    String verwijtbaarheid;
    Boolean bijstandVerlaagd;
    String leerroute;
    String niveau;
    Boolean taalschakeltraject;
    String bijzonderGeval;
    LocalDate eindeNietVrijstellendeOpleiding;
    List<String> onderdelen;
    VerhuizingV1 verhuizing;
    VerlengingV1 verlenging;
    String onderdeel;
    String taalniveau;
    Boolean behaald;
    Integer uren;
    String urensoort;
    List<String> boetesoorten;
    Integer bedragLeerrouteInCenten;
    Boolean verwijtbaar;
    Boolean vergunningGeweigerdOfIngetrokken;
    String grond;
  }

  /**
   * Maps the events of a wire lifecycle to the domain, reporting every problem at its pointer under
   * {@code pointer}.
   *
   * @return the events, or empty when any could not be mapped
   */
  public static Optional<List<Gebeurtenis>> naarDomein(TrajectV1 w, Pointer pointer, Invoer in) {
    Lezer l = new Lezer(in);
    Pointer p = pointer.add("gebeurtenissen");
    if (w.gebeurtenissen() == null) {
      in.add("CD-002", p);
      return Optional.empty();
    }
    List<Gebeurtenis> gs = l.elk(p, w.gebeurtenissen(), l::gebeurtenis);
    return gs.size() == w.gebeurtenissen().size() ? Optional.of(gs) : Optional.empty();
  }

  /** Maps one wire event to the domain; see {@link #naarDomein(TrajectV1, Pointer, Invoer)}. */
  public static Optional<Gebeurtenis> naarDomein(TrajectgebeurtenisV1 w, Pointer pointer, Invoer in) {
    return new Lezer(in).gebeurtenis(pointer, w);
  }

  /** Collects problems; a failed part makes the whole read fail but reading goes on. */
  private static final class Lezer {
    private final Invoer in;

    Lezer(Invoer in) {
      this.in = in;
    }

    /** Thrown inside a {@link #bouw} block when a part was already reported. */
    private static final class AlGemeld extends RuntimeException {
      private static final long serialVersionUID = 1L;

      AlGemeld() {
        super(null, null, false, false);
      }
    }

    <T> Optional<T> bouw(Pointer p, Supplier<T> f) {
      try {
        return Optional.of(f.get());
      } catch (AlGemeld e) {
        return Optional.empty();
      } catch (InburgeringException e) {
        in.add("CD-003", p, e.reason(), e.getMessage());
        return Optional.empty();
      }
    }

    <T> Optional<T> verplicht(Pointer p, T v) {
      return in.verplicht(p, v);
    }

    <T> T nodig(Optional<T> o) {
      return o.orElseThrow(AlGemeld::new);
    }

    LocalDate datum(Pointer p, LocalDate d) {
      return nodig(in.verplicht(p, d));
    }

    int getal(Pointer p, Integer i) {
      return nodig(in.verplicht(p, i));
    }

    <E extends Enum<E> & Code> E code(Pointer p, Class<E> type, String raw) {
      return nodig(in.code(p, type, raw));
    }

    <E extends Enum<E> & Code> E optioneleCode(Pointer p, Class<E> type, String raw) {
      return raw == null ? null : code(p, type, raw);
    }

    Gemeentecode gemeente(Pointer p, String raw) {
      return nodig(in.gemeentecode(p, raw));
    }

    <E extends Enum<E> & Code> Set<E> codes(Pointer p, Class<E> type, List<String> raw) {
      Set<E> s = new LinkedHashSet<>();
      if (raw != null) {
        boolean fout = false;
        for (int i = 0; i < raw.size(); i++) {
          Optional<E> e = in.code(p.add(i), type, raw.get(i));
          if (e.isPresent()) {
            s.add(e.get());
          } else {
            fout = true;
          }
        }
        if (fout) {
          throw new AlGemeld();
        }
      }
      return s;
    }

    <W, D> List<D> elk(Pointer p, List<W> lijst, java.util.function.BiFunction<Pointer, W, Optional<D>> f) {
      List<D> uit = new ArrayList<>();
      if (lijst != null) {
        for (int i = 0; i < lijst.size(); i++) {
          if (lijst.get(i) == null) {
            in.add("CD-002", p.add(i));
            continue;
          }
          f.apply(p.add(i), lijst.get(i)).ifPresent(uit::add);
        }
      }
      return uit;
    }

    Naam naam(Pointer p, NaamV1 n) {
      NaamV1 x = nodig(in.verplicht(p, n));
      return new Naam(nodig(in.verplicht(p.add("voornamen"), x.voornamen())),
          nodig(in.verplicht(p.add("achternaam"), x.achternaam())));
    }

    Optional<Inburgeraar> inburgeraar(Pointer p, InburgeraarV1 w) {
      return bouw(p, () -> Inburgeraar.builder()
          .bsn(nodig(in.bsn(p.add("bsn"), w.bsn())))
          .vNummer(w.vNummer() == null ? null : nodig(in.vNummer(p.add("vNummer"), w.vNummer())))
          .naam(w.naam() == null ? null : bouw(p.add("naam"), () -> naam(p.add("naam"), w.naam()))
              .orElseThrow(AlGemeld::new))
          .geboortedatum(datum(p.add("geboortedatum"), w.geboortedatum()))
          .doelgroep(code(p.add("doelgroep"), Doelgroep.class, w.doelgroep()))
          .gedetailleerdeDoelgroep(optioneleCode(p.add("gedetailleerdeDoelgroep"),
              GedetailleerdeDoelgroep.class, w.gedetailleerdeDoelgroep()))
          .gemeente(gemeente(p.add("gemeente"), w.gemeente()))
          .vestigingsdatum(w.vestigingsdatum())
          .build());
    }

    Optional<Inburgeringsplicht> plicht(Pointer p, PlichtV1 w) {
      return bouw(p, () -> new Inburgeringsplicht(datum(p.add("ontstaan"), w.ontstaan()),
          code(p.add("grond"), PlichtGrond.class, w.grond()), Optional.ofNullable(w.kennisgeving()),
          Optional.ofNullable(w.einde()),
          Optional.ofNullable(optioneleCode(p.add("redenEinde"), RedenEindePlicht.class, w.redenEinde()))));
    }

    Optional<Vrijstelling> vrijstelling(Pointer p, VrijstellingV1 w) {
      return bouw(p, () -> {
        VrijstellingVorm vorm = code(p.add("vorm"), VrijstellingVorm.class, w.vorm());
        RedenVrijstelling reden = code(p.add("reden"), RedenVrijstelling.class, w.reden());
        Oordeel oordeel = code(p.add("oordeel"), Oordeel.class, w.oordeel());
        LocalDate datum = datum(p.add("datumOordeel"), w.datumOordeel());
        switch (vorm) {
          case TIJDELIJK:
            return new Vrijstelling.Tijdelijk(reden, oordeel, datum,
                periode(p.add("periode"), nodig(in.verplicht(p.add("periode"), w.periode()))));
          case GEDEELTELIJK:
            return new Vrijstelling.Gedeeltelijk(reden, oordeel, datum,
                code(p.add("onderdeel"), Examenonderdeel.class, w.onderdeel()),
                code(p.add("niveau"), NiveauPip.class, w.niveau()));
          default:
            return new Vrijstelling.Geheel(reden, oordeel, datum);
        }
      });
    }

    Optional<Ontheffing> ontheffing(Pointer p, OntheffingV1 w) {
      return bouw(p, () -> {
        OntheffingVorm vorm = code(p.add("vorm"), OntheffingVorm.class, w.vorm());
        Ontheffingsgrond grond = code(p.add("grond"), Ontheffingsgrond.class, w.grond());
        Oordeel oordeel = code(p.add("oordeel"), Oordeel.class, w.oordeel());
        LocalDate datum = datum(p.add("datumOordeel"), w.datumOordeel());
        if (vorm == OntheffingVorm.GEHEEL) {
          return new Ontheffing.Geheel(grond, oordeel, datum);
        }
        return new Ontheffing.Gedeeltelijk(grond, oordeel, datum,
            codes(p.add("onderdelen"), Examenonderdeel.class, w.onderdelen()));
      });
    }

    Periode periode(Pointer p, PeriodeV1 w) {
      LocalDate start = datum(p.add("start"), w.start());
      return w.eind() == null ? Periode.vanaf(start) : Periode.of(start, w.eind());
    }

    Optional<BredeIntake> bredeIntake(Pointer p, BredeIntakeV1 w) {
      return bouw(p, () -> BredeIntake.builder()
          .startdatum(datum(p.add("startdatum"), w.startdatum()))
          .afgerond(w.afgerond())
          .leerbaarheidstoets(w.leerbaarheidstoets() == null ? null
              : bouw(p.add("leerbaarheidstoets"), () -> lbt(p.add("leerbaarheidstoets"), w.leerbaarheidstoets()))
                  .orElseThrow(AlGemeld::new))
          .opleidingEnWerkervaring(w.opleidingEnWerkervaring() == null ? null
              : bouw(p.add("opleidingEnWerkervaring"), () -> new OpleidingEnWerkervaring(
                  code(p.add("opleidingEnWerkervaring").add("hoogsteOpleiding"), Opleidingsniveau.class,
                      w.opleidingEnWerkervaring().hoogsteOpleiding()),
                  getal(p.add("opleidingEnWerkervaring").add("jarenWerkervaring"),
                      w.opleidingEnWerkervaring().jarenWerkervaring()),
                  nodig(in.verplicht(p.add("opleidingEnWerkervaring").add("wilVervolgonderwijs"),
                      w.opleidingEnWerkervaring().wilVervolgonderwijs())))).orElseThrow(AlGemeld::new))
          .persoonlijkeOmstandigheden(w.persoonlijkeOmstandigheden() == null ? null
              : new PersoonlijkeOmstandigheden(Optional.ofNullable(w.persoonlijkeOmstandigheden().gezondheid()),
                  Optional.ofNullable(w.persoonlijkeOmstandigheden().overig()),
                  nodig(in.verplicht(p.add("persoonlijkeOmstandigheden").add("individueelGesprekAangeboden"),
                      w.persoonlijkeOmstandigheden().individueelGesprekAangeboden()))))
          .geadviseerdeLeerroute(optioneleCode(p.add("geadviseerdeLeerroute"), Leerroute.class,
              w.geadviseerdeLeerroute()))
          .nt2UrenTijdensIntake(w.nt2UrenTijdensIntake() == null ? 0 : w.nt2UrenTijdensIntake())
          .build());
    }

    Leerbaarheidstoets lbt(Pointer p, LeerbaarheidstoetsV1 w) {
      LeerbaarheidstoetsSoort soort = code(p.add("soort"), LeerbaarheidstoetsSoort.class, w.soort());
      if (soort == LeerbaarheidstoetsSoort.ONTHEFFING) {
        return new Leerbaarheidstoets.Ontheffing(
            code(p.add("ontheffingsgrond"), LeerbaarheidstoetsOntheffingsgrond.class, w.ontheffingsgrond()),
            datum(p.add("datum"), w.datum()));
      }
      return new Leerbaarheidstoets.Afgenomen(
          code(p.add("uitkomst"), LeerbaarheidstoetsUitkomst.class, w.uitkomst()),
          nodig(in.verplicht(p.add("behaaldeScore"), w.behaaldeScore())),
          nodig(in.verplicht(p.add("benodigdeScore"), w.benodigdeScore())),
          datum(p.add("datumAfname"), w.datumAfname()));
    }

    Optional<PipVersie> pipVersie(Pointer p, PipVersieV1 w) {
      return bouw(p, () -> PipVersie.builder()
          .dagtekening(datum(p.add("dagtekening"), w.dagtekening()))
          .gemeente(gemeente(p.add("gemeente"), w.gemeente()))
          .leerroute(code(p.add("leerroute"), Leerroute.class, w.leerroute()))
          .niveau(optioneleCode(p.add("niveau"), NiveauPip.class, w.niveau()))
          .a2Onderdelen(codes(p.add("a2Onderdelen"), Examenonderdeel.class, w.a2Onderdelen()))
          .geschatteIntensiteitB1Route(w.geschatteIntensiteitB1Route())
          .indicatorMagOpleidingAfmaken(Boolean.TRUE.equals(w.indicatorMagOpleidingAfmaken()))
          .alfabetiseringsonderwijs(optioneleCode(p.add("alfabetiseringsonderwijs"),
              Alfabetiseringsonderwijs.class, w.alfabetiseringsonderwijs()))
          .begeleidingEnOndersteuning(w.begeleidingEnOndersteuning())
          .pvtUren(w.pvtUren())
          .map(w.map() == null ? null : mapAfspraak(p.add("map"), w.map()))
          .vveAfspraken(w.vveAfspraken())
          .ontzorgen(w.ontzorgen() == null ? null
              : bouw(p.add("ontzorgen"), () -> new Ontzorgen(periode(p.add("ontzorgen"), w.ontzorgen())))
                  .orElseThrow(AlGemeld::new))
          .maatschappelijkeBegeleiding(codes(p.add("maatschappelijkeBegeleiding"),
              MaatschappelijkeBegeleidingThema.class, w.maatschappelijkeBegeleiding()))
          .leerdoelen(alles(p.add("leerdoelen"), w.leerdoelen(), this::leerdoel))
          .voortgangsgesprekken(getal(p.add("voortgangsgesprekken"), w.voortgangsgesprekken()))
          .zrouteExamens(codes(p.add("zrouteExamens"), Examenonderdeel.class, w.zrouteExamens()))
          .financiering(optioneleCode(p.add("financiering"), Financiering.class, w.financiering()))
          .redenWijziging(optioneleCode(p.add("redenWijziging"), RedenWijziging.class, w.redenWijziging()))
          .bijzonderGeval(w.bijzonderGeval())
          .build());
    }

    /** Like {@link #elk} but fails the enclosing value when one element fails. */
    <W, D> List<D> alles(Pointer p, List<W> lijst, java.util.function.BiFunction<Pointer, W, Optional<D>> f) {
      List<D> uit = elk(p, lijst, f);
      if (lijst != null && uit.size() != lijst.size()) {
        throw new AlGemeld();
      }
      return uit;
    }

    MapAfspraak mapAfspraak(Pointer p, MapAfspraakV1 w) {
      boolean van = nodig(in.verplicht(p.add("vanToepassing"), w.vanToepassing()));
      if (!van) {
        if (w.uren() != null) {
          in.add("CD-003", p.add("uren"), "INCONSISTENT", "uren bij een MAP die niet van toepassing is");
          throw new AlGemeld();
        }
        return MapAfspraak.nietVanToepassing();
      }
      return bouw(p, () -> MapAfspraak.uren(getal(p.add("uren"), w.uren()))).orElseThrow(AlGemeld::new);
    }

    Optional<Leerdoel> leerdoel(Pointer p, LeerdoelV1 w) {
      return bouw(p, () -> new Leerdoel(nodig(in.verplicht(p.add("omschrijving"), w.omschrijving())),
          code(p.add("leerdomein"), Leerdomein.class, w.leerdomein()),
          code(p.add("leervorm"), VimeLeervorm.class, w.leervorm()),
          w.partner() == null ? Optional.empty() : Optional.of(partner(p.add("partner"), w.partner())),
          Optional.ofNullable(optioneleCode(p.add("vrijwilligersrol"), Vrijwilligersrol.class,
              w.vrijwilligersrol()))));
    }

    Partner partner(Pointer p, PartnerV1 w) {
      PartnerRol rol = code(p.add("rol"), PartnerRol.class, w.rol());
      PartnerId id;
      if (w.oin() != null && w.kvk() == null) {
        id = PartnerId.of(nodig(in.oin(p.add("oin"), w.oin())));
      } else if (w.kvk() != null && w.oin() == null) {
        id = PartnerId.of(nodig(in.kvkNummer(p.add("kvk"), w.kvk())));
      } else {
        in.add("CD-003", p, "INCONSISTENT", "een partner heeft precies een OIN of een KvK-nummer");
        throw new AlGemeld();
      }
      Partner[] uit = new Partner[1];
      bouw(p, () -> uit[0] = new Partner(nodig(in.verplicht(p.add("naam"), w.naam())), rol, id,
          Boolean.TRUE.equals(w.keurmerk()))).orElseThrow(AlGemeld::new);
      return uit[0];
    }

    /** The properties each kind of event uses besides soort and datum. */
    private static Set<String> velden(Gebeurtenissoort s) {
      switch (s) {
        case PLICHT_ONTSTAAN:
          return Set.of("doelgroep", "kennisgeving");
        case PLICHT_HERVAT:
          return Set.of("metPip");
        case VRIJSTELLING:
          return Set.of("vrijstelling");
        case ONTHEFFING:
          return Set.of("ontheffing");
        case INTAKE_VERZUIM:
        case COLLEGE_BOETE:
          return Set.of("verwijtbaarheid", "bijstandVerlaagd");
        case PIP_VASTGESTELD:
          return Set.of("leerroute", "niveau", "taalschakeltraject");
        case LEERROUTE_GEWIJZIGD:
          return Set.of("leerroute", "bijzonderGeval", "eindeNietVrijstellendeOpleiding");
        case AFGESCHAALD:
          return Set.of("onderdelen");
        case VERHUISD:
          return Set.of("verhuizing");
        case TERMIJN_VERLENGD:
          return Set.of("verlenging");
        case EXAMENUITSLAG:
          return Set.of("onderdeel", "taalniveau", "behaald");
        case PVT_AFGEROND:
        case MAP_AFGEROND:
          return Set.of("uren");
        case UREN_GEVOLGD:
          return Set.of("urensoort", "uren");
        case DUO_BOETE:
          return Set.of("boetesoorten", "bedragLeerrouteInCenten", "verwijtbaar",
              "vergunningGeweigerdOfIngetrokken", "bijstandVerlaagd");
        case DOELGROEP_GEWIJZIGD:
          return Set.of("doelgroep");
        case PLICHT_BEEINDIGD:
          return Set.of("grond");
        default:
          return Set.of();
      }
    }

    /** Reports every property the kind does not use (JS-004); nothing is ignored silently. */
    private void alleenVelden(Pointer p, TrajectgebeurtenisV1 w, Gebeurtenissoort s) {
      Set<String> toegestaan = velden(s);
      boolean fout = false;
      for (java.lang.reflect.RecordComponent c : TrajectgebeurtenisV1.class.getRecordComponents()) {
        String naam = c.getName();
        if (naam.equals("soort") || naam.equals("datum") || toegestaan.contains(naam)) {
          continue;
        }
        Object waarde;
        try {
          waarde = c.getAccessor().invoke(w);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        if (waarde != null) {
          in.add("JS-004", p.add(naam), naam + " (" + s.code() + ")");
          fout = true;
        }
      }
      if (fout) {
        throw new AlGemeld();
      }
    }

    private boolean waar(Pointer p, Boolean b) {
      return nodig(in.verplicht(p, b));
    }

    private void zelfdeDatum(Pointer p, LocalDate datum, LocalDate besluit) {
      if (!datum.equals(besluit)) {
        in.add("CD-003", p, "INCONSISTENT", "datum " + datum + " is niet de datum " + besluit
            + " van het besluit");
        throw new AlGemeld();
      }
    }

    Optional<Gebeurtenis> gebeurtenis(Pointer p, TrajectgebeurtenisV1 w) {
      return bouw(p, () -> {
        Gebeurtenissoort s = code(p.add("soort"), Gebeurtenissoort.class, w.soort());
        LocalDate d = datum(p.add("datum"), w.datum());
        alleenVelden(p, w, s);
        switch (s) {
          case PLICHT_ONTSTAAN:
            return new Gebeurtenis.PlichtOntstaan(d,
                code(p.add("doelgroep"), Doelgroep.class, w.doelgroep()),
                datum(p.add("kennisgeving"), w.kennisgeving()));
          case TIJDELIJKE_VRIJSTELLING:
            return new Gebeurtenis.TijdelijkeVrijstelling(d);
          case PLICHT_HERVAT:
            return new Gebeurtenis.PlichtHervat(d, waar(p.add("metPip"), w.metPip()));
          case VRIJSTELLING: {
            Vrijstelling v = nodig(vrijstelling(p.add("vrijstelling"),
                nodig(verplicht(p.add("vrijstelling"), w.vrijstelling()))));
            zelfdeDatum(p.add("datum"), d, v.datumOordeel());
            return new Gebeurtenis.VrijstellingVerleend(v);
          }
          case ONTHEFFING: {
            Ontheffing o = nodig(ontheffing(p.add("ontheffing"),
                nodig(verplicht(p.add("ontheffing"), w.ontheffing()))));
            zelfdeDatum(p.add("datum"), d, o.datumOordeel());
            return new Gebeurtenis.OntheffingVerleend(o);
          }
          case BREDE_INTAKE_GESTART:
            return new Gebeurtenis.BredeIntakeGestart(d);
          case INTAKE_VERZUIM:
            return new Gebeurtenis.IntakeVerzuim(d,
                code(p.add("verwijtbaarheid"), Verwijtbaarheid.class, w.verwijtbaarheid()),
                waar(p.add("bijstandVerlaagd"), w.bijstandVerlaagd()));
          case PIP_VASTGESTELD:
            return new Gebeurtenis.PipVastgesteld(d,
                code(p.add("leerroute"), Leerroute.class, w.leerroute()),
                Optional.ofNullable(optioneleCode(p.add("niveau"), NiveauPip.class, w.niveau())),
                waar(p.add("taalschakeltraject"), w.taalschakeltraject()));
          case LEERROUTE_GEWIJZIGD:
            return new Gebeurtenis.LeerrouteGewijzigd(d,
                code(p.add("leerroute"), Leerroute.class, w.leerroute()),
                Optional.ofNullable(w.bijzonderGeval()),
                Optional.ofNullable(w.eindeNietVrijstellendeOpleiding()));
          case AFGESCHAALD:
            return new Gebeurtenis.Afgeschaald(d, codes(p.add("onderdelen"), Examenonderdeel.class,
                nodig(verplicht(p.add("onderdelen"), w.onderdelen()))));
          case VERHUISD: {
            Verhuizing h = nodig(verhuizing(p.add("verhuizing"),
                nodig(verplicht(p.add("verhuizing"), w.verhuizing()))));
            zelfdeDatum(p.add("datum"), d, h.inschrijving());
            return new Gebeurtenis.Verhuisd(h);
          }
          case TERMIJN_VERLENGD: {
            Verlenging v = nodig(verlenging(p.add("verlenging"),
                nodig(verplicht(p.add("verlenging"), w.verlenging()))));
            zelfdeDatum(p.add("datum"), d, v.besluitdatum());
            return new Gebeurtenis.TermijnVerlengd(v);
          }
          case EXAMENUITSLAG:
            return new Gebeurtenis.Examenuitslag(d,
                code(p.add("onderdeel"), Examenonderdeel.class, w.onderdeel()),
                Optional.ofNullable(optioneleCode(p.add("taalniveau"), Taalniveau.class,
                    w.taalniveau())),
                waar(p.add("behaald"), w.behaald()));
          case PVT_AFGEROND:
            return new Gebeurtenis.PvtAfgerond(d, getal(p.add("uren"), w.uren()));
          case MAP_AFGEROND:
            return new Gebeurtenis.MapAfgerond(d, getal(p.add("uren"), w.uren()));
          case UREN_GEVOLGD:
            return new Gebeurtenis.UrenGevolgd(d,
                code(p.add("urensoort"), Urensoort.class, w.urensoort()),
                getal(p.add("uren"), w.uren()));
          case TAALSCHAKELTRAJECT_AFGEROND:
            return new Gebeurtenis.TaalschakeltrajectAfgerond(d);
          case EINDGESPREK_GEVOERD:
            return new Gebeurtenis.EindgesprekGevoerd(d);
          case TERMIJN_VERSTREKEN:
            return new Gebeurtenis.TermijnVerstreken(d);
          case DUO_BOETE:
            return new Gebeurtenis.DuoBoeteOpgelegd(d,
                codes(p.add("boetesoorten"), Boetesoort.class,
                    nodig(verplicht(p.add("boetesoorten"), w.boetesoorten()))),
                Optional.ofNullable(w.bedragLeerrouteInCenten()),
                waar(p.add("verwijtbaar"), w.verwijtbaar()),
                waar(p.add("vergunningGeweigerdOfIngetrokken"), w.vergunningGeweigerdOfIngetrokken()),
                waar(p.add("bijstandVerlaagd"), w.bijstandVerlaagd()));
          case COLLEGE_BOETE:
            return new Gebeurtenis.CollegeBoeteOpgelegd(d,
                code(p.add("verwijtbaarheid"), Verwijtbaarheid.class, w.verwijtbaarheid()),
                waar(p.add("bijstandVerlaagd"), w.bijstandVerlaagd()));
          case DOELGROEP_GEWIJZIGD:
            return new Gebeurtenis.DoelgroepGewijzigd(d,
                code(p.add("doelgroep"), Doelgroep.class, w.doelgroep()));
          case VERLENGING_AANGEVRAAGD:
            return new Gebeurtenis.VerlengingAangevraagd(d);
          case VERLENGING_AFGEWEZEN:
            return new Gebeurtenis.VerlengingAfgewezen(d);
          case PLICHT_BEEINDIGD:
            return new Gebeurtenis.PlichtBeeindigd(d,
                code(p.add("grond"), Beeindigingsgrond.class, w.grond()));
          default:
            throw new IllegalStateException("no mapping for the kind " + s);
        }
      });
    }

    Optional<Verlenging> verlenging(Pointer p, VerlengingV1 w) {
      return bouw(p, () -> {
        Period duur;
        String raw = nodig(in.verplicht(p.add("duur"), w.duur()));
        try {
          duur = Period.parse(raw);
        } catch (DateTimeParseException e) {
          in.add("CD-003", p.add("duur"), "FORMAT", "een ISO-8601-periode zoals P4M");
          throw new AlGemeld();
        }
        return new Verlenging(code(p.add("grond"), Verlengingsgrond.class, w.grond()), duur,
            Optional.ofNullable(w.aanvraagdatum()), datum(p.add("besluitdatum"), w.besluitdatum()));
      });
    }

    Optional<Verhuizing> verhuizing(Pointer p, VerhuizingV1 w) {
      return bouw(p, () -> new Verhuizing(datum(p.add("inschrijving"), w.inschrijving()),
          gemeente(p.add("van"), w.van()), gemeente(p.add("naar"), w.naar())));
    }

    Optional<Examenresultaat> examen(Pointer p, ExamenresultaatV1 w) {
      return bouw(p, () -> new Examenresultaat(code(p.add("onderdeel"), Examenonderdeel.class, w.onderdeel()),
          Optional.ofNullable(optioneleCode(p.add("niveau"), Taalniveau.class, w.niveau())),
          datum(p.add("datum"), w.datum()), code(p.add("uitslag"), Examenuitslag.class, w.uitslag())));
    }

    Optional<Afronding> afronding(Pointer p, AfrondingV1 w) {
      return bouw(p, () -> new Afronding(datum(p.add("datum"), w.datum()), Optional.ofNullable(w.verwijtbaar())));
    }
  }
}
