package io.github.inburgering.core.testing;

import io.github.inburgering.core.Periode;
import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.id.Gemeenten;
import io.github.inburgering.core.id.KvkNummer;
import io.github.inburgering.core.id.Oin;
import io.github.inburgering.core.id.VNummer;
import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.BredeIntake;
import io.github.inburgering.core.model.Contactpersoon;
import io.github.inburgering.core.model.Doelgroep;
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
import io.github.inburgering.core.model.LeerbaarheidstoetsUitkomst;
import io.github.inburgering.core.model.Leerdoel;
import io.github.inburgering.core.model.Leerdomein;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Lening;
import io.github.inburgering.core.model.MaatschappelijkeBegeleidingThema;
import io.github.inburgering.core.model.MapAfspraak;
import io.github.inburgering.core.model.Naam;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontzorgen;
import io.github.inburgering.core.model.OpleidingEnWerkervaring;
import io.github.inburgering.core.model.Opleidingsniveau;
import io.github.inburgering.core.model.Partner;
import io.github.inburgering.core.model.PartnerId;
import io.github.inburgering.core.model.PartnerRol;
import io.github.inburgering.core.model.PersoonlijkeOmstandigheden;
import io.github.inburgering.core.model.Pip;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.model.RedenWijziging;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Uren;
import io.github.inburgering.core.model.VimeLeervorm;
import io.github.inburgering.core.model.Vrijwilligersrol;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid values for every type of the core, shared with the other
 * modules through the core's test-jar.
 *
 * <p>{@link #geldigeDossiers()} generates dossiers that pass every rule of the catalogue without any
 * finding, together with a peildatum: the basis of the property tests that break one field.
 */
public final class Generatoren {
  private Generatoren() {}

  /** The first day of the Wet inburgering 2021. */
  public static final LocalDate WI2021 = LocalDate.of(2022, 1, 1);

  /** Gemeenten that exist without interruption from 2022-03-24 (after Weesp) to today. */
  private static final List<Gemeentecode> GEMEENTEN = Gemeenten.standaard().geldigOp(LocalDate.of(2022, 3, 24))
      .stream()
      .filter(g -> !g.geldigheid().isBegrensd() && !g.geldigheid().start().isAfter(WI2021))
      .map(Gemeenten.Gemeente::code)
      .toList();

  /** Returns valid BSNs: nine digits passing the 11-proef, never 000000000. */
  public static Gen<Bsn> bsns() {
    return in -> Bsn.parse(bsnTekst(new Keuze(in)));
  }

  /** Returns the text of a valid BSN. */
  public static String bsnTekst(Keuze k) {
    while (true) {
      int[] d = new int[9];
      int som = 0;
      for (int i = 0; i < 8; i++) {
        d[i] = k.tussen(0, 9);
        som += d[i] * (9 - i);
      }
      int laatste = som % 11; // som - laatste ≡ 0 (mod 11)
      if (laatste > 9) {
        continue;
      }
      d[8] = laatste;
      StringBuilder sb = new StringBuilder();
      for (int x : d) {
        sb.append(x);
      }
      if (!sb.toString().equals("000000000")) {
        return sb.toString();
      }
    }
  }

  /** Returns v-nummers. */
  public static Gen<VNummer> vNummers() {
    return in -> VNummer.parse(new Keuze(in).cijfers(10));
  }

  /** Returns OINs. */
  public static Gen<Oin> oins() {
    return in -> Oin.parse(new Keuze(in).cijfers(20));
  }

  /** Returns KvK numbers. */
  public static Gen<KvkNummer> kvkNummers() {
    return in -> KvkNummer.parse(new Keuze(in).cijfers(8));
  }

  /** Returns gemeentecodes of gemeenten that exist throughout 2022-03-24 to now. */
  public static Gen<Gemeentecode> gemeentecodes() {
    return in -> new Keuze(in).een(GEMEENTEN);
  }

  /** Returns names (ASCII letters, so a test can search for them in any text). */
  public static Gen<Naam> namen() {
    return in -> {
      Keuze k = new Keuze(in);
      return new Naam(woord(k, 5, 9), woord(k, 6, 12));
    };
  }

  private static String woord(Keuze k, int min, int max) {
    int n = k.tussen(min, max);
    StringBuilder sb = new StringBuilder().append((char) ('A' + k.tussen(0, 25)));
    for (int i = 1; i < n; i++) {
      sb.append((char) ('a' + k.tussen(0, 25)));
    }
    return sb.toString();
  }

  /** Returns bounded periods from 2022 onwards. */
  public static Gen<Periode> periodes() {
    return in -> {
      Keuze k = new Keuze(in);
      LocalDate s = k.datum(WI2021, LocalDate.of(2030, 12, 31));
      return Periode.of(s, s.plusDays(k.tussen(1, 2000)));
    };
  }

  /** Returns partners of any role, identified as the role requires. */
  public static Gen<Partner> partners() {
    return in -> partner(new Keuze(in));
  }

  private static Partner partner(Keuze k) {
    PartnerRol rol = k.een(PartnerRol.class);
    PartnerId id = rol.isPubliek() || k.bool()
        ? PartnerId.of(Oin.parse(k.cijfers(20)))
        : PartnerId.of(KvkNummer.parse(k.cijfers(8)));
    return new Partner(woord(k, 4, 12), rol, id, rol == PartnerRol.TAALAANBIEDER && k.bool());
  }

  /** Returns learning goals. */
  public static Gen<Leerdoel> leerdoelen() {
    return in -> leerdoel(new Keuze(in));
  }

  private static Leerdoel leerdoel(Keuze k) {
    return new Leerdoel(
        "Leerdoel " + woord(k, 3, 8),
        k.een(Leerdomein.class),
        k.een(VimeLeervorm.class),
        k.bool() ? Optional.of(partner(k)) : Optional.empty(),
        k.bool() ? Optional.of(k.een(Vrijwilligersrol.class)) : Optional.empty());
  }

  private static final LocalDate TOT = LocalDate.of(2026, 12, 31);

  /** Lists of 0–4 vrijstellingen of every form and ground (the ground need not fit the form: VR-001). */
  public static Gen<List<io.github.inburgering.core.model.Vrijstelling>> vrijstellingen() {
    return in -> {
      Keuze k = new Keuze(in);
      return k.lijst(4, () -> vrijstelling(k));
    };
  }

  /** One vrijstelling of any form. */
  public static io.github.inburgering.core.model.Vrijstelling vrijstelling(Keuze k) {
    io.github.inburgering.core.model.RedenVrijstelling reden = k.een(io.github.inburgering.core.model.RedenVrijstelling.class);
    io.github.inburgering.core.model.Oordeel oordeel = k.een(io.github.inburgering.core.model.Oordeel.class);
    LocalDate datum = k.datum(WI2021, TOT);
    switch (k.tussen(0, 2)) {
      case 0:
        return new io.github.inburgering.core.model.Vrijstelling.Geheel(reden, oordeel, datum);
      case 1:
        LocalDate start = k.datum(WI2021, TOT);
        return new io.github.inburgering.core.model.Vrijstelling.Tijdelijk(reden, oordeel, datum,
            k.bool() ? Periode.vanaf(start) : Periode.of(start, start.plusDays(k.tussen(1, 900))));
      default:
        return new io.github.inburgering.core.model.Vrijstelling.Gedeeltelijk(reden, oordeel, datum,
            k.een(List.of(Examenonderdeel.LE, Examenonderdeel.LU, Examenonderdeel.SC, Examenonderdeel.SP)),
            k.een(NiveauPip.class));
    }
  }

  /**
   * Lists of 0–4 ontheffingen, whole or partial with 1–5 parts. Partial ones never share grond,
   * oordeel and datumOordeel, so that a list can be told apart in forms that split them per part.
   */
  public static Gen<List<io.github.inburgering.core.model.Ontheffing>> ontheffingen() {
    return in -> {
      Keuze k = new Keuze(in);
      List<io.github.inburgering.core.model.Ontheffing> l = new java.util.ArrayList<>();
      LocalDate datum = k.datum(WI2021, LocalDate.of(2024, 1, 1));
      for (int i = k.tussen(0, 4); i > 0; i--) {
        datum = datum.plusDays(k.tussen(1, 100));
        io.github.inburgering.core.model.Ontheffingsgrond grond = k.een(io.github.inburgering.core.model.Ontheffingsgrond.class);
        io.github.inburgering.core.model.Oordeel oordeel = k.een(io.github.inburgering.core.model.Oordeel.class);
        l.add(k.bool()
            ? new io.github.inburgering.core.model.Ontheffing.Geheel(grond, oordeel, datum)
            : new io.github.inburgering.core.model.Ontheffing.Gedeeltelijk(grond, oordeel, datum,
                k.nietLegeDeelverzameling(List.of(Examenonderdeel.values()))));
      }
      return l;
    };
  }

  /** Lists of 0–3 verlengingen of any ground, with or without an application. */
  public static Gen<List<io.github.inburgering.core.model.Verlenging>> verlengingen() {
    return in -> {
      Keuze k = new Keuze(in);
      return k.lijst(3, () -> {
        LocalDate besluit = k.datum(WI2021, TOT);
        java.time.Period duur = k.een(List.of(java.time.Period.ofMonths(k.tussen(1, 24)),
            java.time.Period.ofWeeks(k.tussen(1, 60)), java.time.Period.ofDays(k.tussen(1, 700))));
        return new io.github.inburgering.core.model.Verlenging(
            k.een(io.github.inburgering.core.model.Verlengingsgrond.class), duur,
            k.bool() ? Optional.of(besluit.minusDays(k.tussen(0, 120))) : Optional.empty(), besluit);
      });
    };
  }

  /** Lists of 0–2 moves between two different gemeenten. */
  public static Gen<List<io.github.inburgering.core.model.Verhuizing>> verhuizingen() {
    return in -> {
      Keuze k = new Keuze(in);
      return k.lijst(2, () -> {
        Gemeentecode van = k.een(GEMEENTEN);
        Gemeentecode naar = k.een(GEMEENTEN);
        while (naar.equals(van)) {
          naar = k.een(GEMEENTEN);
        }
        return new io.github.inburgering.core.model.Verhuizing(k.datum(WI2021, TOT), van, naar);
      });
    };
  }

  /** PIP versions (the first version of a clean dossier). */
  public static Gen<PipVersie> pipVersies() {
    return in -> geldigDossier(new Keuze(in)).dossier().pip().orElseThrow().initieel();
  }

  /** Brede intakes (of clean dossiers). */
  public static Gen<BredeIntake> bredeIntakes() {
    return in -> geldigDossier(new Keuze(in)).dossier().bredeIntake().orElseThrow();
  }

  /** Notifications of DUO events, identified by BSN, v-nummer or both. */
  public static Gen<io.github.inburgering.core.model.DuoMelding> duoMeldingen() {
    return in -> {
      Keuze k = new Keuze(in);
      int wie = k.tussen(0, 2);
      return new io.github.inburgering.core.model.DuoMelding(k.een(io.github.inburgering.core.model.DuoGebeurtenis.class),
          java.time.OffsetDateTime.of(k.datum(WI2021, TOT).atTime(k.tussen(0, 23), k.tussen(0, 59), k.tussen(0, 59)),
              java.time.ZoneOffset.ofHours(k.tussen(-2, 3))),
          wie != 1 ? Optional.of(Bsn.parse(bsnTekst(k))) : Optional.empty(),
          wie != 0 ? Optional.of(VNummer.parse(k.cijfers(10))) : Optional.empty());
    };
  }

  /** A generated dossier with the date on which it validates without findings. */
  public record GeldigDossier(Dossier dossier, LocalDate peildatum) {
    @Override
    public String toString() {
      return dossier + " @ " + peildatum;
    }
  }

  /** Returns dossiers that pass every rule of the catalogue without a single finding. */
  public static Gen<GeldigDossier> geldigeDossiers() {
    return in -> geldigDossier(new Keuze(in));
  }

  /**
   * Returns clean dossiers whose first PIP version has {@code route} and whose inburgeraar has
   * {@code doelgroep}; {@code null} leaves the choice to the generator.
   */
  public static Gen<GeldigDossier> geldigeDossiers(Leerroute route, Doelgroep doelgroep) {
    return in -> geldigDossier(new Keuze(in), route, doelgroep);
  }

  /** Returns inburgeraars (the personal data of a dossier). */
  public static Gen<Inburgeraar> inburgeraars() {
    return in -> geldigDossier(new Keuze(in)).dossier().inburgeraar();
  }

  /** Builds one clean dossier from the choices in {@code k}. */
  public static GeldigDossier geldigDossier(Keuze k) {
    return geldigDossier(k, null, null);
  }

  /** Builds one clean dossier with the given route and doelgroep, or chosen ones where null. */
  public static GeldigDossier geldigDossier(Keuze k, Leerroute vasteRoute, Doelgroep vasteDoelgroep) {
    Doelgroep doelgroep = vasteDoelgroep != null ? vasteDoelgroep : k.een(Doelgroep.class);
    boolean asiel = doelgroep == Doelgroep.ASIELSTATUSHOUDER;
    Leerroute route = vasteRoute != null ? vasteRoute : k.een(Leerroute.class);
    Gemeentecode gemeente = k.een(GEMEENTEN);

    LocalDate ontstaan = k.datum(WI2021, LocalDate.of(2025, 6, 30));
    LocalDate geboorte = ontstaan.minusYears(k.tussen(17, 60)).minusDays(k.tussen(0, 364));
    LocalDate kennisgeving = ontstaan.plusDays(k.tussen(0, 30));
    LocalDate vestiging = kennisgeving.minusDays(k.tussen(0, 60));

    GedetailleerdeDoelgroep detail = null;
    if (k.bool()) {
      List<GedetailleerdeDoelgroep> passend = java.util.Arrays.stream(GedetailleerdeDoelgroep.values())
          .filter(g -> g.doelgroep() == doelgroep).toList();
      detail = k.een(passend);
    }
    Inburgeraar inburgeraar = Inburgeraar.builder()
        .bsn(Bsn.parse(bsnTekst(k)))
        .vNummer(k.bool() ? VNummer.parse(k.cijfers(10)) : null)
        .naam(k.bool() ? new Naam(woord(k, 5, 9), woord(k, 6, 12)) : null)
        .geboortedatum(geboorte)
        .doelgroep(doelgroep)
        .gedetailleerdeDoelgroep(detail)
        .gemeente(gemeente)
        .vestigingsdatum(k.bool() ? vestiging : null)
        .build();

    LocalDate intakeStart = kennisgeving.plusDays(k.tussen(1, 10));
    LocalDate lbtDatum = intakeStart.plusDays(k.tussen(0, 5));
    LeerbaarheidstoetsUitkomst uitkomst = route == Leerroute.Z_ROUTE
        ? k.een(List.of(LeerbaarheidstoetsUitkomst.B1_ROUTE_NIET_HAALBAAR, LeerbaarheidstoetsUitkomst.ONBEKEND))
        : k.een(List.of(LeerbaarheidstoetsUitkomst.B1_ROUTE_HAALBAAR, LeerbaarheidstoetsUitkomst.ONBEKEND));
    BredeIntake intake = BredeIntake.builder()
        .startdatum(intakeStart)
        .afgerond(lbtDatum.plusDays(k.tussen(0, 5)))
        .leerbaarheidstoets(new Leerbaarheidstoets.Afgenomen(uitkomst,
            BigDecimal.valueOf(k.tussen(0, 99_999), 2), BigDecimal.valueOf(k.tussen(0, 99_999), 2), lbtDatum))
        .opleidingEnWerkervaring(new OpleidingEnWerkervaring(k.een(Opleidingsniveau.class),
            k.tussen(0, 40), route == Leerroute.ONDERWIJSROUTE || k.bool()))
        .persoonlijkeOmstandigheden(new PersoonlijkeOmstandigheden(
            k.bool() ? Optional.of("Gezondheid " + woord(k, 3, 6)) : Optional.empty(),
            k.bool() ? Optional.of("Omstandigheid " + woord(k, 3, 6)) : Optional.empty(), true))
        .geadviseerdeLeerroute(k.bool() ? route : null)
        .nt2UrenTijdensIntake(k.tussen(0, 200))
        .build();

    LocalDate dagtekening = (lbtDatum.isAfter(intakeStart) ? lbtDatum : intakeStart).plusDays(k.tussen(1, 50));
    PipVersie.Builder pb = PipVersie.builder()
        .dagtekening(dagtekening)
        .gemeente(gemeente)
        .leerroute(route)
        .niveau(route == Leerroute.Z_ROUTE ? (k.bool() ? NiveauPip.A2 : null) : NiveauPip.B1)
        .geschatteIntensiteitB1Route(asiel && route == Leerroute.B1_ROUTE ? k.tussen(1, 9999) : null)
        .indicatorMagOpleidingAfmaken(k.bool())
        .alfabetiseringsonderwijs(k.bool() ? k.een(io.github.inburgering.core.model.Alfabetiseringsonderwijs.class) : null)
        .begeleidingEnOndersteuning("Begeleiding " + woord(k, 3, 10))
        .pvtUren(k.tussen(12, 100))
        .map(route == Leerroute.ONDERWIJSROUTE ? MapAfspraak.nietVanToepassing() : MapAfspraak.uren(k.tussen(40, 400)))
        .vveAfspraken(k.bool() ? "VVE " + woord(k, 3, 6) : null)
        .voortgangsgesprekken(k.tussen(1, 12))
        .leerdoelen(k.lijst(3, () -> leerdoel(k)));
    if (asiel) {
      pb.maatschappelijkeBegeleiding(k.nietLegeDeelverzameling(List.of(MaatschappelijkeBegeleidingThema.values())));
      if (k.bool()) {
        pb.ontzorgen(new Ontzorgen(Periode.of(dagtekening, dagtekening.plusDays(k.tussen(1, 181)))));
      }
      pb.financiering(k.bool() ? Financiering.GEMEENTELIJK_AANBOD : null);
    } else {
      pb.financiering(k.bool() ? k.een(Financiering.class) : null);
    }
    if (route == Leerroute.Z_ROUTE) {
      java.util.List<Examenonderdeel> mogelijk = new java.util.ArrayList<>(List.of(
          Examenonderdeel.LE, Examenonderdeel.LU, Examenonderdeel.SC, Examenonderdeel.SP));
      if (!dagtekening.isBefore(LocalDate.of(2023, 1, 1))) {
        mogelijk.add(Examenonderdeel.KNM);
      }
      pb.zrouteExamens(k.deelverzameling(mogelijk));
    }
    PipVersie eerste = pb.build();
    Inburgeringstermijn termijn = Inburgeringstermijn.berekend(dagtekening, List.of());
    Pip pip = Pip.of(eerste);
    LocalDate laatste = dagtekening;
    if (k.bool()) {
      LocalDate tweede = dagtekening.plusDays(k.tussen(0, 700));
      pip = pip.met(eerste.toBuilder()
          .dagtekening(tweede)
          .voortgangsgesprekken(k.tussen(1, 12))
          .redenWijziging(k.een(List.of(RedenWijziging.OVERIG, RedenWijziging.BEZWAAR)))
          .build());
      laatste = tweede;
    }
    LocalDate peildatum = laatste.plusDays(k.tussen(0, 200));

    Dossier.Builder db = Dossier.builder()
        .inburgeraar(inburgeraar)
        .plicht(Inburgeringsplicht.lopend(ontstaan, k.een(PlichtGrond.class), kennisgeving))
        .bredeIntake(intake)
        .pip(pip)
        .termijn(k.bool() ? termijn : null)
        .uren(new Uren(k.tussen(0, 2000), k.tussen(0, 200), k.tussen(0, 2000), k.tussen(0, 50), k.tussen(0, 100)));

    // exams between the first dagtekening and the peildatum, at the PIP level
    for (int i = k.tussen(0, 4); i > 0; i--) {
      Examenonderdeel o = k.een(Examenonderdeel.class);
      LocalDate datum = k.datum(dagtekening, peildatum);
      Examenuitslag u = k.een(Examenuitslag.class);
      db.addExamens(o.isTaalonderdeel()
          ? Examenresultaat.taal(o, route == Leerroute.Z_ROUTE ? Taalniveau.A2 : k.een(List.of(Taalniveau.B1, Taalniveau.B2)), datum, u)
          : Examenresultaat.knm(datum, u));
    }
    if (k.bool()) {
      db.pvt(Afronding.op(k.datum(termijn.start().isAfter(peildatum) ? peildatum : termijn.start(), peildatum)));
    }
    if (route != Leerroute.ONDERWIJSROUTE && k.bool()) {
      db.map(Afronding.op(k.datum(termijn.start().isAfter(peildatum) ? peildatum : termijn.start(), peildatum)));
    }
    if (!asiel && k.bool()) {
      db.lening(new Lening(k.tussen(1, 10_000)));
    }
    if (k.bool()) {
      db.contactpersoon(new Contactpersoon(new Naam(woord(k, 4, 8), woord(k, 5, 10)), gemeente,
          Optional.of("regie@gemeente.example"), Optional.empty()));
    }
    Dossier d = db.build();
    // completions may not precede the termijn start: drop them when the peildatum came too early
    if (peildatum.isBefore(termijn.start())) {
      d = d.toBuilder().pvt(null).map(null).build();
    }
    return new GeldigDossier(d, peildatum);
  }
}
