package io.github.inburgering.core.regels;

import static io.github.inburgering.core.regels.Grondslag.bi;
import static io.github.inburgering.core.regels.Grondslag.duo;
import static io.github.inburgering.core.regels.Grondslag.ri;
import static io.github.inburgering.core.regels.Grondslag.wi;
import static io.github.inburgering.core.regels.Severity.ERROR;
import static io.github.inburgering.core.regels.Severity.INFO;
import static io.github.inburgering.core.regels.Severity.WARNING;
import static io.github.inburgering.core.regels.SourceGrade.DUO_SPECIFICATION;
import static io.github.inburgering.core.regels.SourceGrade.GUIDANCE;
import static io.github.inburgering.core.regels.SourceGrade.LAW_TEXT;
import static io.github.inburgering.core.regels.SourceGrade.UNCERTAIN;

import io.github.inburgering.core.Periode;
import io.github.inburgering.core.id.Gemeenten;
import io.github.inburgering.core.internal.Wetregels;
import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.AowLeeftijd;
import io.github.inburgering.core.model.BredeIntake;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Examenresultaat;
import io.github.inburgering.core.model.Examenuitslag;
import io.github.inburgering.core.model.Financiering;
import io.github.inburgering.core.model.Inburgeringstermijn;
import io.github.inburgering.core.model.Leerbaarheidstoets;
import io.github.inburgering.core.model.LeerbaarheidstoetsUitkomst;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.MapAfspraak;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verhuizing;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.model.Vrijstelling;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The definitions of all rules. Package-private: the API is {@link Regels}. */
final class Catalogus {
  private static final LocalDate W2022 = Regels.INWERKINGTREDING;
  private static final LocalDate W2023 = Regels.WIJZIGING_2023;
  private static final Period TIEN_WEKEN = Wetregels.TIEN_WEKEN;

  private Catalogus() {}

  /** A check of one PIP version, run only when the rule is in force on its dagtekening. */
  @FunctionalInterface
  private interface VersieControle {
    void check(Dossier d, int index, PipVersie versie, Regel.Sink out);
  }

  static final class B {
    private final String code;
    private final Severity severity;
    private final SourceGrade grade;
    private String nl;
    private String en;
    private List<Grondslag> grondslagen = List.of();
    private Periode geldigheid = Periode.vanaf(W2022);
    private Regel.Peilmoment peilmoment = Regel.Peilmoment.PEILDATUM;
    private String toelichting;

    B(String code, Severity severity, SourceGrade grade) {
      this.code = code;
      this.severity = severity;
      this.grade = grade;
    }

    B titel(String nl, String en) {
      this.nl = nl;
      this.en = en;
      return this;
    }

    B op(Grondslag... g) {
      this.grondslagen = List.of(g);
      return this;
    }

    B geldig(Periode p) {
      this.geldigheid = p;
      return this;
    }

    B toelichting(String t) {
      this.toelichting = t;
      return this;
    }

    Regel check(Regel.Controle c) {
      return new Regel(code, nl, en, severity, grondslagen, grade, geldigheid, peilmoment, toelichting, c);
    }

    Regel perFeit(Regel.Controle c) {
      this.peilmoment = Regel.Peilmoment.FEITDATUM;
      return check(c);
    }

    Regel perVersie(VersieControle c) {
      this.peilmoment = Regel.Peilmoment.FEITDATUM;
      return check(
          (d, out) -> {
            List<PipVersie> vs = versies(d);
            for (int i = 0; i < vs.size(); i++) {
              if (out.geldtOp(vs.get(i).dagtekening())) {
                c.check(d, i, vs.get(i), out);
              }
            }
          });
    }

    Regel bijTransitie() {
      this.peilmoment = Regel.Peilmoment.TRANSITIE;
      return check((d, out) -> {});
    }

    Regel bijInvoer() {
      this.peilmoment = Regel.Peilmoment.INVOER;
      return check((d, out) -> {});
    }
  }

  static B regel(String code, Severity severity, SourceGrade grade) {
    return new B(code, severity, grade);
  }

  // ---------------------------------------------------------------- helpers

  private static List<PipVersie> versies(Dossier d) {
    return d.pip().map(p -> p.versies()).orElse(List.of());
  }

  private static Pointer versie(int i, String veld) {
    return Pointer.of("pip", "versies", i, veld);
  }

  private static Optional<Inburgeringstermijn> termijn(Dossier d) {
    return d.termijn().or(d::berekendeTermijn);
  }

  private static boolean isGeheelVrijgesteldOp(Dossier d, LocalDate datum) {
    return d.vrijstellingen().stream()
        .anyMatch(v -> v instanceof Vrijstelling.Geheel && v.isToegekend()
            && !v.datumOordeel().isAfter(datum));
  }

  private static boolean isGeheelOnthevenOp(Dossier d, LocalDate datum) {
    return d.ontheffingen().stream()
        .anyMatch(o -> o instanceof Ontheffing.Geheel && o.isToegekend()
            && !o.datumOordeel().isAfter(datum));
  }

  private static int nt2UrenVoorAfschalen(Dossier d) {
    return d.uren().nt2() + d.bredeIntake().map(BredeIntake::nt2UrenTijdensIntake).orElse(0);
  }

  private static Optional<LeerbaarheidstoetsUitkomst> lbtUitkomst(Dossier d) {
    return d.bredeIntake()
        .flatMap(BredeIntake::leerbaarheidstoets)
        .filter(l -> l instanceof Leerbaarheidstoets.Afgenomen)
        .map(l -> ((Leerbaarheidstoets.Afgenomen) l).uitkomst());
  }

  /** The cap per ground of art. 4.1(2) RI and 4.4 BI, or empty when the duration is open. */
  static Optional<Period> maximum(Verlengingsgrond g) {
    return Wetregels.maximum(g);
  }

  private static boolean isAfrondingsnorm(Verlengingsgrond g) {
    return Wetregels.isAfrondingsnorm(g);
  }

  private static boolean langer(Period a, Period b, LocalDate basis) {
    return Wetregels.langer(a, b, basis);
  }

  private static void afrondingen(Dossier d, AfrondingCheck c, Regel.Sink out) {
    d.pvt().ifPresent(a -> c.check(a, Pointer.of("pvt"), out));
    d.map().ifPresent(a -> c.check(a, Pointer.of("map"), out));
  }

  @FunctionalInterface
  private interface AfrondingCheck {
    void check(Afronding a, Pointer p, Regel.Sink out);
  }

  // ---------------------------------------------------------------- the rules

  static List<Regel> regels() {
    List<Regel> l = new ArrayList<>();
    identificatie(l);
    plicht(l);
    vrijstellingEnOntheffing(l);
    bredeIntake(l);
    pip(l);
    routes(l);
    afronding(l);
    termijn(l);
    begeleiding(l);
    examens(l);
    CatalogusTransities.regels(l);
    l.sort(java.util.Comparator.comparing(Regel::code));
    return List.copyOf(l);
  }

  private static void identificatie(List<Regel> l) {
    l.add(regel("ID-001", ERROR, LAW_TEXT)
        .titel("BSN voldoet aan de 11-proef", "BSN passes the 11-proef")
        .op(new Grondslag(Instrument.WABB, "art. 1 onder b"), wi("36"))
        .toelichting("Nine digits, weights 9..2 and -1, sum divisible by 11; 000000000 is rejected.")
        .bijInvoer());
    l.add(regel("ID-002", ERROR, GUIDANCE)
        .titel("V-nummer bestaat uit tien cijfers", "V-nummer has ten digits")
        .op(new Grondslag(Instrument.VW, "art. 107 (vreemdelingenadministratie)"))
        .toelichting("No public check-digit algorithm; only the form is checked.")
        .bijInvoer());
    l.add(regel("ID-003", ERROR, GUIDANCE)
        .titel("OIN bestaat uit twintig cijfers", "OIN has twenty digits")
        .op(new Grondslag(Instrument.OIN_STELSEL, "OIN-stelsel"), duo("header bron/doel"))
        .bijInvoer());
    l.add(regel("ID-004", ERROR, GUIDANCE)
        .titel("KvK-nummer bestaat uit acht cijfers", "KvK number has eight digits")
        .op(new Grondslag(Instrument.HRW, "art. 12"))
        .bijInvoer());
    l.add(regel("ID-005", ERROR, DUO_SPECIFICATION)
        .titel("Gemeentecode bestaat uit vier cijfers", "Gemeentecode has four digits")
        .op(duo("PIP, gemeentecode \\d{4}"), new Grondslag(Instrument.CBS, "gemeentecode"))
        .bijInvoer());
    l.add(regel("ID-006", ERROR, GUIDANCE)
        .titel("Gemeente bestaat op de peildatum", "Gemeente exists on the peildatum")
        .op(new Grondslag(Instrument.CBS, "gemeentelijke indeling"), wi("1"))
        .check((d, out) -> {
          if (!Gemeenten.standaard().bestaatOp(d.inburgeraar().gemeente(), out.peildatum())) {
            out.report(Pointer.of("inburgeraar", "gemeente"), d.inburgeraar().gemeente(), out.peildatum());
          }
        }));
    l.add(regel("ID-007", ERROR, GUIDANCE)
        .titel("Gemeente van het PIP bestaat op de dagtekening", "PIP gemeente exists on its dagtekening")
        .op(new Grondslag(Instrument.CBS, "gemeentelijke indeling"), wi("15 lid 1"))
        .perVersie((d, i, v, out) -> {
          if (!Gemeenten.standaard().bestaatOp(v.gemeente(), v.dagtekening())) {
            out.report(versie(i, "gemeente"), v.gemeente(), v.dagtekening());
          }
        }));
    l.add(regel("CD-001", ERROR, DUO_SPECIFICATION)
        .titel("Code komt voor in de codelijst", "Code is in its code list")
        .op(duo("enumeraties van de OpenAPI-specificaties"))
        .bijInvoer());
    l.add(regel("CD-002", ERROR, DUO_SPECIFICATION)
        .titel("Verplicht gegeven is aanwezig", "Required value is present")
        .op(duo("required-velden van de OpenAPI-specificaties"))
        .bijInvoer());
    l.add(regel("CD-003", ERROR, GUIDANCE)
        .titel("Waarde is in zichzelf consistent en binnen bereik", "Value is consistent and in range")
        .op(new Grondslag(Instrument.STANDAARD, "inburgering uitwisselformaat v1"))
        .toelichting("Reported when a value read from a document cannot be built: an end before its"
            + " start, a number out of range, KNM with a level.")
        .bijInvoer());
    l.add(regel("JS-001", ERROR, GUIDANCE)
        .titel("Document is geldige JSON", "Document is well-formed JSON")
        .op(new Grondslag(Instrument.STANDAARD, "RFC 8259"))
        .bijInvoer());
    l.add(regel("JS-002", ERROR, GUIDANCE)
        .titel("Document blijft binnen de invoergrenzen", "Document stays within the input limits")
        .op(new Grondslag(Instrument.STANDAARD, "inburgering uitwisselformaat v1, invoergrenzen"))
        .toelichting("Size (1 MiB by default), nesting depth (64), string and number lengths are"
            + " bounded before anything else is read.")
        .bijInvoer());
    l.add(regel("JS-003", ERROR, GUIDANCE)
        .titel("Document voldoet aan zijn JSON Schema", "Document conforms to its JSON Schema")
        .op(new Grondslag(Instrument.STANDAARD, "JSON Schema 2020-12"))
        .bijInvoer());
    l.add(regel("JS-004", ERROR, GUIDANCE)
        .titel("Document bevat geen onbekende eigenschappen", "Document has no unknown properties")
        .op(new Grondslag(Instrument.STANDAARD, "JSON Schema 2020-12, additionalProperties"))
        .toelichting("A tolerant reader mode ignores unknown properties instead.")
        .bijInvoer());
    l.add(regel("JS-005", ERROR, GUIDANCE)
        .titel("Stand van het traject volgt uit de gebeurtenissen",
            "Traject stand follows from its events")
        .op(new Grondslag(Instrument.STANDAARD, "inburgering uitwisselformaat v1, traject"))
        .toelichting("The events are the source of truth; a written stand is derived and must equal"
            + " the replay.")
        .bijInvoer());
  }

  private static void plicht(List<Regel> l) {
    l.add(regel("PL-001", ERROR, LAW_TEXT)
        .titel("Inburgeringsplichtige is 16 jaar of ouder", "Person is 16 or older")
        .op(wi("3 lid 1"))
        .check((d, out) -> {
          LocalDate zestien = d.inburgeraar().geboortedatum().plusYears(16);
          if (d.plicht().ontstaan().isBefore(zestien)) {
            out.report(Pointer.of("plicht", "ontstaan"));
          }
        }));
    l.add(regel("PL-002", ERROR, UNCERTAIN)
        .titel("Inburgeringsplichtige heeft de AOW-leeftijd nog niet bereikt",
            "Person has not reached the AOW age")
        .op(wi("3 lid 1"), new Grondslag(Instrument.AOW, "art. 7a lid 1"))
        .toelichting("The article is law text; the AOW age is fixed five years ahead and known up to"
            + " 2031 (67 years and 3 months, from secondary sources); later years carry 2031 forward.")
        .check((d, out) -> {
          LocalDate aow = AowLeeftijd.bereiktOp(d.inburgeraar().geboortedatum());
          if (!d.plicht().ontstaan().isBefore(aow)) {
            out.report(Pointer.of("plicht", "ontstaan"));
          }
        }));
    l.add(regel("PL-003", ERROR, LAW_TEXT)
        .titel("Inburgeringsplicht valt onder de Wet inburgering 2021",
            "Plicht falls under the Wet inburgering 2021")
        .op(wi("54"), wi("55"))
        .toelichting("Persons obligated before 2022-01-01 stay under the Wet inburgering 2013.")
        .check((d, out) -> {
          if (d.plicht().ontstaan().isBefore(W2022)) {
            out.report(Pointer.of("plicht", "ontstaan"));
          }
        }));
    l.add(regel("PL-004", ERROR, DUO_SPECIFICATION)
        .titel("Gedetailleerde doelgroep past bij de doelgroep",
            "Detailed target group matches the target group")
        .op(wi("13 lid 1"), bi("1.1"), duo("Inburgeringsplicht, GedetailleerdeDoelgroep"))
        .check((d, out) -> d.inburgeraar().gedetailleerdeDoelgroep().ifPresent(g -> {
          if (g.doelgroep() != d.inburgeraar().doelgroep()) {
            out.report(Pointer.of("inburgeraar", "gedetailleerdeDoelgroep"), g.code(),
                d.inburgeraar().doelgroep().code());
          }
        })));
    l.add(regel("PL-005", INFO, DUO_SPECIFICATION)
        .titel("AOW-leeftijd wordt binnen zes maanden bereikt",
            "AOW age is reached within six months")
        .op(wi("3 lid 1"), duo("gebeurtenis SS128"))
        .check((d, out) -> {
          LocalDate aow = AowLeeftijd.bereiktOp(d.inburgeraar().geboortedatum());
          if (d.plicht().einde().isEmpty() && aow.isAfter(out.peildatum())
              && !aow.isAfter(out.peildatum().plusMonths(6))) {
            out.report(Pointer.of("inburgeraar", "geboortedatum"));
          }
        }));
    l.add(regel("PL-006", ERROR, LAW_TEXT)
        .titel("Geen PIP na het einde van de inburgeringsplicht", "No PIP after the plicht ended")
        .op(wi("15 lid 1"), wi("3 lid 1"))
        .perVersie((d, i, v, out) -> d.plicht().einde().ifPresent(e -> {
          if (v.dagtekening().isAfter(e)) {
            out.report(versie(i, "dagtekening"), e);
          }
        })));
  }

  private static void vrijstellingEnOntheffing(List<Regel> l) {
    l.add(regel("VR-001", ERROR, DUO_SPECIFICATION)
        .titel("Reden van vrijstelling past bij de vorm", "Vrijstelling ground fits its form")
        .op(duo("Vrijstelling, RedenVrijstellingInburgeringsplicht"), wi("4 lid 1"), ri("2.1"), ri("2.2"))
        .check((d, out) -> {
          for (int i = 0; i < d.vrijstellingen().size(); i++) {
            Vrijstelling v = d.vrijstellingen().get(i);
            RedenVrijstelling.Vorm vorm = v instanceof Vrijstelling.Geheel
                ? RedenVrijstelling.Vorm.GEHEEL
                : v instanceof Vrijstelling.Tijdelijk
                    ? RedenVrijstelling.Vorm.TIJDELIJK
                    : RedenVrijstelling.Vorm.GEDEELTELIJK;
            if (v.reden().vorm() != vorm) {
              out.report(Pointer.of("vrijstellingen", i, "reden"), v.reden().code(), vorm);
            }
          }
        }));
    l.add(regel("VR-002", ERROR, LAW_TEXT)
        .titel("Geen PIP na een gehele vrijstelling", "No PIP after a whole vrijstelling")
        .op(wi("4 lid 1"), wi("15 lid 1"))
        .perVersie((d, i, v, out) -> {
          if (isGeheelVrijgesteldOp(d, v.dagtekening())) {
            out.report(versie(i, "dagtekening"));
          }
        }));
    l.add(regel("VR-003", ERROR, DUO_SPECIFICATION)
        .titel("Geen PIP tijdens een tijdelijke vrijstelling", "No PIP during a temporary vrijstelling")
        .op(wi("4 lid 1 onder d"), ri("2.2"), duo("gebeurtenissen SS109 en SS130"))
        .perVersie((d, i, v, out) -> {
          for (Vrijstelling vr : d.vrijstellingen()) {
            if (vr instanceof Vrijstelling.Tijdelijk t && t.isToegekend()
                && t.periode().bevat(v.dagtekening())) {
              out.report(versie(i, "dagtekening"), t.periode());
            }
          }
        }));
    l.add(regel("ON-001", ERROR, LAW_TEXT)
        .titel("Gedeeltelijke medische ontheffing voor hooguit drie taalonderdelen",
            "Partial medical ontheffing covers at most three language parts")
        .op(wi("5 lid 1"), bi("2.7 lid 3"))
        .check((d, out) -> {
          for (int i = 0; i < d.ontheffingen().size(); i++) {
            if (d.ontheffingen().get(i) instanceof Ontheffing.Gedeeltelijk g
                && g.onderdelen().containsAll(Examenonderdeel.taalonderdelen())) {
              out.report(Pointer.of("ontheffingen", i, "onderdelen"));
            }
          }
        }));
    l.add(regel("ON-002", ERROR, LAW_TEXT)
        .titel("Ontheffing wegens bijzondere omstandigheden is altijd geheel",
            "Ontheffing for special circumstances is always whole")
        .op(wi("5 lid 2"), bi("2.8"))
        .check((d, out) -> {
          for (int i = 0; i < d.ontheffingen().size(); i++) {
            Ontheffing o = d.ontheffingen().get(i);
            if (o instanceof Ontheffing.Gedeeltelijk && o.grond() == Ontheffingsgrond.BIO) {
              out.report(Pointer.of("ontheffingen", i, "grond"));
            }
          }
        }));
    l.add(regel("ON-003", ERROR, LAW_TEXT)
        .titel("Geen PIP na een gehele ontheffing", "No PIP after a whole ontheffing")
        .op(wi("5"), wi("15 lid 1"))
        .perVersie((d, i, v, out) -> {
          if (isGeheelOnthevenOp(d, v.dagtekening())) {
            out.report(versie(i, "dagtekening"));
          }
        }));
    l.add(regel("ON-004", WARNING, LAW_TEXT)
        .titel("Ontheffing van examenonderdelen in de Z-route", "Ontheffing of exam parts in the Z-route")
        .op(bi("2.7 lid 3"), wi("9"))
        .toelichting("The Z-route has no exams unless agreed under art. 3.14(7) BI; a partial"
            + " ontheffing of exam parts then has no effect.")
        .check((d, out) -> {
          Optional<PipVersie> actueel = d.pip().map(p -> p.actueel());
          if (actueel.isEmpty() || actueel.get().leerroute() != Leerroute.Z_ROUTE) {
            return;
          }
          for (int i = 0; i < d.ontheffingen().size(); i++) {
            if (d.ontheffingen().get(i) instanceof Ontheffing.Gedeeltelijk g
                && !actueel.get().zrouteExamens().containsAll(g.onderdelen())) {
              out.report(Pointer.of("ontheffingen", i, "onderdelen"));
            }
          }
        }));
  }

  private static void bredeIntake(List<Regel> l) {
    l.add(regel("BI-001", ERROR, LAW_TEXT)
        .titel("Brede intake bevat de leerbaarheidstoets of de ontheffing ervan",
            "Brede intake holds the leerbaarheidstoets or its ontheffing")
        .op(wi("14 lid 3 onder a"), wi("14 lid 6"))
        .check((d, out) -> {
          if (d.pip().isPresent() && d.bredeIntake().isPresent()
              && d.bredeIntake().get().leerbaarheidstoets().isEmpty()) {
            out.report(Pointer.of("bredeIntake", "leerbaarheidstoets"));
          }
        }));
    l.add(regel("BI-002", ERROR, UNCERTAIN)
        .titel("Ontheffing van de leerbaarheidstoets bestaat pas vanaf 2023",
            "Ontheffing from the leerbaarheidstoets exists from 2023 only")
        .op(wi("14 lid 6"))
        .geldig(Periode.of(W2022, W2023))
        .toelichting("Art. 14(6) Wi was added by the Verzamelwet SZW 2023; its date of entry into"
            + " force (taken as 2023-01-01) is not confirmed in the shared reference.")
        .perFeit((d, out) -> d.bredeIntake().flatMap(BredeIntake::leerbaarheidstoets).ifPresent(lbt -> {
          if (lbt instanceof Leerbaarheidstoets.Ontheffing o && out.geldtOp(o.datum())) {
            out.report(Pointer.of("bredeIntake", "leerbaarheidstoets", "datum"));
          }
        })));
    l.add(regel("BI-003", ERROR, LAW_TEXT)
        .titel("Brede intake gaat vooraf aan het eerste PIP", "Brede intake precedes the first PIP")
        .op(wi("15 lid 1"))
        .check((d, out) -> d.bredeIntake().ifPresent(bi -> d.pip().ifPresent(p -> {
          if (bi.startdatum().isAfter(p.initieel().dagtekening())) {
            out.report(Pointer.of("bredeIntake", "startdatum"), p.initieel().dagtekening());
          }
        }))));
    l.add(regel("BI-004", WARNING, LAW_TEXT)
        .titel("Onderzoek naar opleiding en werkervaring is vastgelegd",
            "Education and work experience are recorded")
        .op(wi("14 lid 3 onder b"), bi("5.2 lid 3"))
        .check((d, out) -> d.bredeIntake().ifPresent(bi -> {
          if (d.pip().isPresent() && bi.opleidingEnWerkervaring().isEmpty()) {
            out.report(Pointer.of("bredeIntake", "opleidingEnWerkervaring"));
          }
        })));
    l.add(regel("BI-005", WARNING, LAW_TEXT)
        .titel("Verkenning van persoonlijke omstandigheden is vastgelegd",
            "Personal circumstances are recorded")
        .op(wi("14 lid 3 onder c"), bi("5.2 lid 3"))
        .check((d, out) -> d.bredeIntake().ifPresent(bi -> {
          if (d.pip().isPresent() && bi.persoonlijkeOmstandigheden().isEmpty()) {
            out.report(Pointer.of("bredeIntake", "persoonlijkeOmstandigheden"));
          }
        })));
    l.add(regel("BI-006", ERROR, LAW_TEXT)
        .titel("PIP is vastgesteld op basis van een brede intake", "PIP rests on a brede intake")
        .op(wi("15 lid 1"), wi("14"))
        .check((d, out) -> {
          if (d.pip().isPresent() && d.bredeIntake().isEmpty()) {
            out.report(Pointer.of("bredeIntake"));
          }
        }));
    l.add(regel("BI-007", ERROR, LAW_TEXT)
        .titel("Leerbaarheidstoets is afgenomen voor het eerste PIP",
            "Leerbaarheidstoets was taken before the first PIP")
        .op(wi("15 lid 1"), wi("14 lid 3 onder a"))
        .check((d, out) -> d.pip().ifPresent(p -> d.bredeIntake()
            .flatMap(BredeIntake::leerbaarheidstoets).ifPresent(lbt -> {
              if (lbt instanceof Leerbaarheidstoets.Afgenomen a
                  && a.datumAfname().isAfter(p.initieel().dagtekening())) {
                out.report(Pointer.of("bredeIntake", "leerbaarheidstoets", "datumAfname"),
                    p.initieel().dagtekening());
              }
            }))));
    l.add(regel("BI-008", INFO, GUIDANCE)
        .titel("Leerroute wijkt af van het advies van de brede intake",
            "Leerroute differs from the brede intake's advice")
        .op(wi("15 lid 1"), wi("14 lid 5"))
        .toelichting("The college weighs the intake and may deviate from its advice with reasons"
            + " (Divosa, handreiking brede intake en PIP).")
        .check((d, out) -> d.pip().ifPresent(p -> d.bredeIntake()
            .flatMap(BredeIntake::geadviseerdeLeerroute).ifPresent(advies -> {
              if (advies != p.initieel().leerroute()) {
                out.report(versie(0, "leerroute"), advies.omschrijving(),
                    p.initieel().leerroute().omschrijving());
              }
            }))));
    l.add(regel("BI-009", WARNING, LAW_TEXT)
        .titel("Recht op een individueel gesprek is benoemd", "Right to an individual talk was pointed out")
        .op(bi("5.2 lid 2"))
        .check((d, out) -> d.bredeIntake().flatMap(BredeIntake::persoonlijkeOmstandigheden)
            .ifPresent(po -> {
              if (!po.individueelGesprekAangeboden()) {
                out.report(Pointer.of("bredeIntake", "persoonlijkeOmstandigheden",
                    "individueelGesprekAangeboden"));
              }
            })));
  }

  private static void pip(List<Regel> l) {
    l.add(regel("PIP-001", ERROR, DUO_SPECIFICATION)
        .titel("Dagtekening ligt niet voor de start van de inburgeringsplicht",
            "Dagtekening is not before the plicht started")
        .op(duo("PIP, Datum dagtekening"), wi("15 lid 1"))
        .perVersie((d, i, v, out) -> {
          if (v.dagtekening().isBefore(d.plicht().ontstaan())) {
            out.report(versie(i, "dagtekening"), d.plicht().ontstaan());
          }
        }));
    l.add(regel("PIP-002", ERROR, DUO_SPECIFICATION)
        .titel("Dagtekening van een gewijzigd PIP ligt niet voor die van het initiële of actuele PIP",
            "A changed PIP is not dated before the initial or previous PIP")
        .op(duo("PIP, Datum dagtekening"), wi("11 lid 3"))
        .perVersie((d, i, v, out) -> {
          if (i == 0) {
            return;
          }
          List<PipVersie> vs = versies(d);
          LocalDate vorige = vs.get(i - 1).dagtekening();
          LocalDate eerste = vs.get(0).dagtekening();
          LocalDate grens = vorige.isAfter(eerste) ? vorige : eerste;
          if (v.dagtekening().isBefore(grens)) {
            out.report(versie(i, "dagtekening"), grens);
          }
        }));
    l.add(regel("PIP-003", ERROR, DUO_SPECIFICATION)
        .titel("Dagtekening ligt niet voor de vestiging in de gemeente",
            "Dagtekening is not before settlement in the gemeente")
        .op(duo("PIP, Datum dagtekening"))
        .perVersie((d, i, v, out) -> d.inburgeraar().vestigingsdatum().ifPresent(vestiging -> {
          if (v.gemeente().equals(d.inburgeraar().gemeente()) && v.dagtekening().isBefore(vestiging)) {
            out.report(versie(i, "dagtekening"), vestiging);
          }
        })));
    l.add(regel("PIP-004", ERROR, DUO_SPECIFICATION)
        .titel("Niveau A2 niet in de onderwijsroute", "Level A2 not in the onderwijsroute")
        .op(duo("PIP, Niveau"), wi("17 lid 3"))
        .perVersie((d, i, v, out) -> {
          if (v.leerroute() == Leerroute.ONDERWIJSROUTE && v.niveau().orElse(null) == NiveauPip.A2) {
            out.report(versie(i, "niveau"));
          }
        }));
    l.add(regel("PIP-005", ERROR, DUO_SPECIFICATION)
        .titel("Niveau B1 niet in de Z-route", "Level B1 not in the Z-route")
        .op(duo("PIP, Niveau"), wi("9"))
        .perVersie((d, i, v, out) -> {
          if (v.leerroute() == Leerroute.Z_ROUTE && v.niveau().orElse(null) == NiveauPip.B1) {
            out.report(versie(i, "niveau"));
          }
        }));
    l.add(regel("PIP-006", ERROR, DUO_SPECIFICATION)
        .titel("Geen niveau A2 in de B1-route op het eerste PIP", "No level A2 on the first PIP")
        .op(duo("PIP, Niveau"), wi("17 lid 3"))
        .perVersie((d, i, v, out) -> {
          if (i == 0 && v.leerroute() == Leerroute.B1_ROUTE && v.isAfgeschaald()) {
            out.report(versie(i, v.niveau().orElse(null) == NiveauPip.A2 ? "niveau" : "a2Onderdelen"));
          }
        }));
    l.add(regel("PIP-007", INFO, DUO_SPECIFICATION)
        .titel("Zonder niveau stelt DUO niveau B1 vast", "Without a level DUO sets level B1")
        .op(duo("PIP, Niveau"), wi("7 lid 1"))
        .perVersie((d, i, v, out) -> {
          if (v.niveau().isEmpty() && v.leerroute() != Leerroute.Z_ROUTE) {
            out.report(versie(i, "niveau"));
          }
        }));
    l.add(regel("PIP-008", ERROR, DUO_SPECIFICATION)
        .titel("Geschatte intensiteit alleen bij de B1-route", "Estimated intensity only in the B1-route")
        .op(duo("PIP, Geschatte intensiteit B1 route"))
        .perVersie((d, i, v, out) -> {
          if (v.geschatteIntensiteitB1Route().isPresent() && v.leerroute() != Leerroute.B1_ROUTE) {
            out.report(versie(i, "geschatteIntensiteitB1Route"));
          }
        }));
    l.add(regel("PIP-009", ERROR, DUO_SPECIFICATION)
        .titel("Geschatte intensiteit alleen voor asielstatushouders",
            "Estimated intensity only for asielstatushouders")
        .op(duo("PIP, Geschatte intensiteit B1 route"), wi("15 lid 2"))
        .perVersie((d, i, v, out) -> {
          if (v.geschatteIntensiteitB1Route().isPresent() && !d.isAsielstatushouder()) {
            out.report(versie(i, "geschatteIntensiteitB1Route"));
          }
        }));
    l.add(regel("PIP-010", WARNING, LAW_TEXT)
        .titel("Intensiteit van de leerroute vastgesteld voor een asielstatushouder",
            "Leerroute intensity set for an asielstatushouder")
        .op(wi("15 lid 2"))
        .toelichting("DUO's exchange carries the intensity for the B1-route only, so the rule checks"
            + " that route.")
        .perVersie((d, i, v, out) -> {
          if (d.isAsielstatushouder() && v.leerroute() == Leerroute.B1_ROUTE
              && v.geschatteIntensiteitB1Route().isEmpty()) {
            out.report(versie(i, "geschatteIntensiteitB1Route"));
          }
        }));
    l.add(regel("PIP-011", WARNING, LAW_TEXT)
        .titel("Eerste PIP binnen 10 weken na de kennisgeving of inschrijving",
            "First PIP within 10 weeks of notification or registration")
        .op(bi("5.3 lid 1"), bi("5.3 lid 2"), wi("15 lid 5"))
        .toelichting("The college may exceed the term only while awaiting information from a third"
            + " party (art. 5.3(2) BI); the library cannot see that, so this is a warning.")
        .check((d, out) -> d.pip().ifPresent(p -> d.plicht().kennisgeving().ifPresent(kg -> {
          LocalDate start = kg;
          Optional<LocalDate> vestiging = d.inburgeraar().vestigingsdatum();
          if (d.verhuizingen().isEmpty() && vestiging.isPresent() && vestiging.get().isAfter(kg)) {
            start = vestiging.get();
          }
          LocalDate uiterlijk = start.plus(TIEN_WEKEN);
          if (p.initieel().dagtekening().isAfter(uiterlijk)) {
            out.report(versie(0, "dagtekening"), uiterlijk);
          }
        }))));
    l.add(regel("PIP-012", WARNING, LAW_TEXT)
        .titel("Na verhuizing een PIP binnen 10 weken na inschrijving",
            "After a move, a PIP within 10 weeks of registration")
        .op(bi("5.3 lid 3"))
        .check((d, out) -> {
          for (int j = 0; j < d.verhuizingen().size(); j++) {
            Verhuizing vh = d.verhuizingen().get(j);
            LocalDate uiterlijk = vh.inschrijving().plus(TIEN_WEKEN);
            Optional<PipVersie> nieuw = versies(d).stream()
                .filter(v -> v.gemeente().equals(vh.naar()) && !v.dagtekening().isBefore(vh.inschrijving()))
                .findFirst();
            boolean telaat = nieuw.map(v -> v.dagtekening().isAfter(uiterlijk))
                .orElse(out.peildatum().isAfter(uiterlijk) && d.pip().isPresent());
            if (telaat) {
              out.report(Pointer.of("verhuizingen", j, "inschrijving"), uiterlijk);
            }
          }
        }));
    l.add(regel("PIP-013", ERROR, LAW_TEXT)
        .titel("Na verhuizing blijft de leerroute gelijk", "After a move the leerroute stays the same")
        .op(wi("15 lid 4"))
        .perVersie((d, i, v, out) -> {
          if (i == 0) {
            return;
          }
          PipVersie vorige = versies(d).get(i - 1);
          if (!vorige.gemeente().equals(v.gemeente()) && vorige.leerroute() != v.leerroute()) {
            out.report(versie(i, "leerroute"), vorige.leerroute().omschrijving());
          }
        }));
    l.add(regel("PIP-014", WARNING, LAW_TEXT)
        .titel("PIP beschrijft ondersteuning en begeleiding", "PIP describes support and guidance")
        .op(wi("15 lid 1 onder b"), wi("17 lid 1"))
        .perVersie((d, i, v, out) -> {
          if (v.begeleidingEnOndersteuning().map(String::isBlank).orElse(true)) {
            out.report(versie(i, "begeleidingEnOndersteuning"));
          }
        }));
    l.add(regel("PIP-015", ERROR, LAW_TEXT)
        .titel("PIP legt de intensiteit van het PVT vast", "PIP sets the intensity of the PVT")
        .op(wi("15 lid 1 onder c"), wi("6 lid 1 onder a"))
        .perVersie((d, i, v, out) -> {
          if (v.pvtUren().isEmpty()) {
            out.report(versie(i, "pvtUren"));
          }
        }));
    l.add(regel("PIP-016", ERROR, LAW_TEXT)
        .titel("PIP legt de intensiteit van de MAP vast", "PIP sets the intensity of the MAP")
        .op(wi("15 lid 1 onder c"), wi("6 lid 1 onder b"))
        .perVersie((d, i, v, out) -> {
          if (v.map().isEmpty()) {
            out.report(versie(i, "map"));
          }
        }));
    l.add(regel("PIP-017", ERROR, LAW_TEXT)
        .titel("MAP is alleen niet van toepassing na de onderwijsroute",
            "MAP is not applicable only for the onderwijsroute")
        .op(wi("8 lid 3"), wi("6 lid 1 onder b"))
        .toelichting("Art. 8(3) Wi exempts a person who follows or completed the taalschakeltraject."
            + " Outside the onderwijsroute the library accepts 'niet van toepassing' only when an"
            + " earlier PIP version had the onderwijsroute (the taalschakeltraject may be completed).")
        .perVersie((d, i, v, out) -> {
          if (v.leerroute() != Leerroute.ONDERWIJSROUTE
              && v.map().orElse(null) instanceof MapAfspraak.NietVanToepassing) {
            boolean eerderOnderwijs = versies(d).subList(0, i).stream()
                .anyMatch(x -> x.leerroute() == Leerroute.ONDERWIJSROUTE);
            if (!eerderOnderwijs) {
              out.report(versie(i, "map"), v.leerroute().omschrijving());
            }
          }
        }));
    l.add(regel("PIP-018", ERROR, LAW_TEXT)
        .titel("Geen MAP in de onderwijsroute", "No MAP in the onderwijsroute")
        .op(wi("8 lid 3"))
        .perVersie((d, i, v, out) -> {
          if (v.leerroute() == Leerroute.ONDERWIJSROUTE
              && v.map().orElse(null) instanceof MapAfspraak.Intensiteit) {
            out.report(versie(i, "map"));
          }
        }));
    l.add(regel("PIP-019", WARNING, LAW_TEXT)
        .titel("MAP omvat ten minste 40 uur", "MAP covers at least 40 hours")
        .op(ri("3.1"), bi("3.2"))
        .perVersie((d, i, v, out) -> {
          if (v.map().orElse(null) instanceof MapAfspraak.Intensiteit m && m.uren() < 40) {
            out.report(versie(i, "map"), m.uren());
          }
        }));
    l.add(regel("PIP-020", WARNING, LAW_TEXT)
        .titel("PVT omvat ten minste 12 uur", "PVT covers at least 12 hours")
        .op(bi("3.1"))
        .perVersie((d, i, v, out) -> {
          if (v.pvtUren().isPresent() && v.pvtUren().getAsInt() < 12) {
            out.report(versie(i, "pvtUren"), v.pvtUren().getAsInt());
          }
        }));
    l.add(regel("PIP-021", WARNING, LAW_TEXT)
        .titel("PIP legt het aantal voortgangsgesprekken vast", "PIP sets the number of progress talks")
        .op(bi("5.3 lid 4"), wi("17 lid 1"))
        .perVersie((d, i, v, out) -> {
          if (v.voortgangsgesprekken() == 0) {
            out.report(versie(i, "voortgangsgesprekken"));
          }
        }));
    l.add(regel("PIP-022", WARNING, GUIDANCE)
        .titel("Een gewijzigd PIP noemt de reden van wijziging", "A changed PIP states why it changed")
        .op(bi("5.3 lid 6"), wi("11 lid 3"))
        .toelichting("The law requires a new PIP after schakelen, afschalen and a move; naming the"
            + " reason keeps the history auditable.")
        .perVersie((d, i, v, out) -> {
          if (i > 0 && v.redenWijziging().isEmpty()) {
            out.report(versie(i, "redenWijziging"));
          }
        }));
    l.add(regel("PIP-023", ERROR, LAW_TEXT)
        .titel("Leerroute wijzigen binnen anderhalf jaar na de start van de termijn",
            "Leerroute changes within 1.5 years of the termijn's start")
        .op(wi("17 lid 2"), bi("5.4 lid 1"), bi("5.4 lid 2"), bi("5.4 lid 3"))
        .toelichting("Allowed later: onderwijsroute to B1-route at any time; after a"
            + " niet-vrijstellende opleiding (indicatorMagOpleidingAfmaken); or in a bijzonder geval"
            + " with the college's reasons (bijzonderGeval).")
        .perVersie((d, i, v, out) -> {
          if (i == 0) {
            return;
          }
          PipVersie vorige = versies(d).get(i - 1);
          if (vorige.leerroute() == v.leerroute()) {
            return;
          }
          boolean onderwijsNaarB1 = vorige.leerroute() == Leerroute.ONDERWIJSROUTE
              && v.leerroute() == Leerroute.B1_ROUTE;
          boolean uitzondering = onderwijsNaarB1 || v.bijzonderGeval().isPresent()
              || vorige.indicatorMagOpleidingAfmaken();
          LocalDate start = versies(d).get(0).dagtekening().plusDays(1);
          LocalDate grens = Wetregels.uitersteSchakeldatum(start);
          if (!uitzondering && v.dagtekening().isAfter(grens)) {
            out.report(versie(i, "leerroute"), grens);
          }
        }));
    l.add(regel("PIP-024", ERROR, LAW_TEXT)
        .titel("Afschalen naar A2 na 600 cursusuren NT2", "Afschalen to A2 after 600 NT2 course hours")
        .op(wi("17 lid 3"), bi("5.5 lid 1"), bi("5.5 lid 2"))
        .toelichting("Counts the NT2 hours in the dossier (alfabetisering included) plus NT2 hours of"
            + " the brede intake; the dossier holds current totals, not totals on the dagtekening.")
        .perVersie((d, i, v, out) -> {
          if (i == 0 || v.leerroute() != Leerroute.B1_ROUTE || !v.isAfgeschaald()) {
            return;
          }
          PipVersie vorige = versies(d).get(i - 1);
          boolean nieuwAfgeschaald = !vorige.isAfgeschaald()
              || !vorige.a2Onderdelen().containsAll(v.a2Onderdelen());
          int uren = nt2UrenVoorAfschalen(d);
          if (nieuwAfgeschaald && uren < Wetregels.AFSCHALEN_NT2_UREN) {
            out.report(versie(i, "niveau"), uren);
          }
        }));
    l.add(regel("PIP-025", ERROR, LAW_TEXT)
        .titel("Afschalen alleen in de B1-route en voor taalonderdelen",
            "Afschalen only in the B1-route and for language parts")
        .op(wi("17 lid 3"))
        .perVersie((d, i, v, out) -> {
          if (!v.a2Onderdelen().isEmpty()
              && (v.leerroute() != Leerroute.B1_ROUTE
                  || v.a2Onderdelen().contains(Examenonderdeel.KNM))) {
            out.report(versie(i, "a2Onderdelen"));
          }
        }));
  }

  private static void routes(List<Regel> l) {
    l.add(regel("OR-001", WARNING, LAW_TEXT)
        .titel("Onderwijsroute: wens tot beroeps- of hoger onderwijs is vastgelegd",
            "Onderwijsroute: wish for further education is recorded")
        .op(wi("8 lid 1"))
        .toelichting("The second condition, a high chance of a diploma, rests on the college's"
            + " judgment and cannot be checked.")
        .perVersie((d, i, v, out) -> {
          if (v.leerroute() == Leerroute.ONDERWIJSROUTE && !d.bredeIntake()
              .flatMap(BredeIntake::opleidingEnWerkervaring)
              .map(o -> o.wilVervolgonderwijs()).orElse(false)) {
            out.report(versie(i, "leerroute"));
          }
        }));
    l.add(regel("OR-002", WARNING, GUIDANCE)
        .titel("Onderwijsroute terwijl de B1-route niet haalbaar lijkt",
            "Onderwijsroute although the B1-route seems unattainable")
        .op(wi("8 lid 1"), wi("14 lid 3 onder a"))
        .perVersie((d, i, v, out) -> {
          if (v.leerroute() == Leerroute.ONDERWIJSROUTE
              && lbtUitkomst(d).orElse(null) == LeerbaarheidstoetsUitkomst.B1_ROUTE_NIET_HAALBAAR) {
            out.report(versie(i, "leerroute"));
          }
        }));
    l.add(regel("ZR-001", WARNING, LAW_TEXT)
        .titel("Z-route terwijl de B1-route haalbaar lijkt", "Z-route although the B1-route seems attainable")
        .op(wi("9 lid 1"))
        .toelichting("The Z-route is for a person who, in the college's judgment, cannot reasonably"
            + " pass the exam or the taalschakeltraject within the termijn.")
        .perVersie((d, i, v, out) -> {
          if (v.leerroute() == Leerroute.Z_ROUTE
              && lbtUitkomst(d).orElse(null) == LeerbaarheidstoetsUitkomst.B1_ROUTE_HAALBAAR) {
            out.report(versie(i, "leerroute"));
          }
        }));
    l.add(regel("ZR-002", ERROR, LAW_TEXT)
        .titel("Z-route afgerond na 800 cursusuren NT2 en KNM", "Z-route completed after 800 course hours")
        .op(bi("3.14 lid 2 onder a"), bi("3.14 lid 3"), bi("3.14 lid 6"))
        .check((d, out) -> d.zrouteAfgerond().ifPresent(datum -> {
          int uren = d.uren().cursusuren()
              + d.bredeIntake().map(BredeIntake::nt2UrenTijdensIntake).orElse(0);
          if (uren < 800) {
            out.report(Pointer.of("zrouteAfgerond"), uren);
          }
        })));
    l.add(regel("ZR-003", ERROR, LAW_TEXT)
        .titel("Z-route van een asielstatushouder afgerond na 800 participatie-uren",
            "Z-route of an asielstatushouder completed after 800 participation hours")
        .op(bi("3.14 lid 2 onder b"), bi("3.14 lid 5"))
        .toelichting("PVT and MAP hours count (art. 3.14(5) BI). A partial medical ontheffing of the"
            + " participation part (art. 2.7(3)(c) BI) is not modelled yet and is not deducted.")
        .check((d, out) -> d.zrouteAfgerond().ifPresent(datum -> {
          int uren = d.uren().participatieurenInclusiefPvtEnMap();
          if (d.isAsielstatushouder() && uren < 800) {
            out.report(Pointer.of("zrouteAfgerond"), uren);
          }
        })));
    l.add(regel("ZR-004", ERROR, DUO_SPECIFICATION)
        .titel("Afronding Z-route alleen in de Z-route", "Z-route completion only in the Z-route")
        .op(duo("MAP,PVT,Zroute"), wi("9"))
        .check((d, out) -> d.zrouteAfgerond().ifPresent(datum -> {
          Leerroute actueel = d.pip().map(p -> p.actueel().leerroute()).orElse(null);
          if (actueel != Leerroute.Z_ROUTE) {
            out.report(Pointer.of("zrouteAfgerond"));
          }
        })));
    l.add(regel("ZR-005", ERROR, UNCERTAIN)
        .titel("KNM-examen in de Z-route pas vanaf 2023", "KNM exam in the Z-route from 2023 only")
        .op(bi("3.14 lid 7"))
        .geldig(Periode.of(W2022, W2023))
        .toelichting("KNM was added to art. 3.14(7) BI by Stb. 2022, 489; its entry into force on"
            + " 2023-01-01 rests on secondary sources.")
        .perVersie((d, i, v, out) -> {
          if (v.zrouteExamens().contains(Examenonderdeel.KNM)) {
            out.report(versie(i, "zrouteExamens"));
          }
        }));
    l.add(regel("ZR-006", ERROR, LAW_TEXT)
        .titel("Examens naar keuze alleen in de Z-route", "Optional exams only in the Z-route")
        .op(bi("3.14 lid 7"))
        .perVersie((d, i, v, out) -> {
          if (!v.zrouteExamens().isEmpty() && v.leerroute() != Leerroute.Z_ROUTE) {
            out.report(versie(i, "zrouteExamens"));
          }
        }));
  }

  private static void afronding(List<Regel> l) {
    l.add(regel("PM-001", ERROR, DUO_SPECIFICATION)
        .titel("Afronding PVT of MAP ligt niet voor de start van de termijn",
            "PVT or MAP completion is not before the termijn's start")
        .op(duo("PVT en MAP, datum"), wi("11"))
        .check((d, out) -> termijn(d).ifPresent(t -> afrondingen(d, (a, p, o) -> {
          if (a.datum().isBefore(t.start())) {
            o.report(p.add("datum"), t.start());
          }
        }, out))));
    l.add(regel("PM-002", ERROR, DUO_SPECIFICATION)
        .titel("Afronding PVT of MAP ligt niet in de toekomst", "PVT or MAP completion is not in the future")
        .op(duo("PVT en MAP, datum"))
        .check((d, out) -> afrondingen(d, (a, p, o) -> {
          if (a.datum().isAfter(o.peildatum())) {
            o.report(p.add("datum"));
          }
        }, out)));
    l.add(regel("PM-003", ERROR, DUO_SPECIFICATION)
        .titel("Afronding PVT of MAP ligt niet na de afronding van de Z-route",
            "PVT or MAP completion is not after the Z-route completion")
        .op(duo("PVT en MAP, datum"))
        .check((d, out) -> d.zrouteAfgerond().ifPresent(z -> afrondingen(d, (a, p, o) -> {
          if (a.datum().isAfter(z)) {
            o.report(p.add("datum"), z);
          }
        }, out))));
    l.add(regel("PM-004", ERROR, DUO_SPECIFICATION)
        .titel("Afronding PVT of MAP vereist een PIP", "PVT or MAP completion requires a PIP")
        .op(duo("PVT en MAP, actuele PIP"))
        .check((d, out) -> {
          if (d.pip().isEmpty()) {
            afrondingen(d, (a, p, o) -> o.report(p), out);
          }
        }));
    l.add(regel("PM-005", ERROR, DUO_SPECIFICATION)
        .titel("Verwijtbaarheid alleen bij afronding na het einde van de termijn",
            "Culpability only for completion after the termijn")
        .op(duo("PVT en MAP, Verwijtbaar"), wi("24"))
        .toelichting("DUO's einddatum is exclusive; a completion on the termijn's last day lies before"
            + " it and may not carry verwijtbaarheid.")
        .check((d, out) -> termijn(d).ifPresent(t -> afrondingen(d, (a, p, o) -> {
          if (a.verwijtbaar().isPresent() && !a.datum().isAfter(t.einddatum())) {
            o.report(p.add("verwijtbaar"), t.einddatum());
          }
        }, out))));
    l.add(regel("PM-006", ERROR, DUO_SPECIFICATION)
        .titel("Verwijtbaar 'ja' alleen als de termijn is overschreden",
            "Culpable 'yes' only when the termijn is exceeded")
        .op(duo("PVT en MAP, Verwijtbaar"), wi("24"))
        .check((d, out) -> termijn(d).ifPresent(t -> afrondingen(d, (a, p, o) -> {
          if (a.verwijtbaar().orElse(false) && !t.isVerstrekenOp(o.peildatum())) {
            o.report(p.add("verwijtbaar"), t.einddatum());
          }
        }, out))));
    l.add(regel("PM-007", ERROR, DUO_SPECIFICATION)
        .titel("Verwijtbaar 'nee' alleen als de termijn binnen twee maanden eindigt",
            "Culpable 'no' only when the termijn ends within two months")
        .op(duo("PVT en MAP, Verwijtbaar"), wi("12 lid 1 onder a"))
        .check((d, out) -> termijn(d).ifPresent(t -> afrondingen(d, (a, p, o) -> {
          // DUO's einddatum is the first day after the termijn: it must fall within two months
          if (a.verwijtbaar().isPresent() && !a.verwijtbaar().get()
              && t.einddatum().plusDays(1).isAfter(o.peildatum().plusMonths(2))) {
            o.report(p.add("verwijtbaar"), t.einddatum());
          }
        }, out))));
    l.add(regel("PM-008", ERROR, DUO_SPECIFICATION)
        .titel("Afronding na de termijn vermeldt de verwijtbaarheid",
            "Completion after the termijn states culpability")
        .op(duo("PVT en MAP, Verwijtbaar"), wi("24"))
        .check((d, out) -> termijn(d).ifPresent(t -> afrondingen(d, (a, p, o) -> {
          if (a.verwijtbaar().isEmpty() && a.datum().isAfter(t.einddatum())) {
            o.report(p.add("verwijtbaar"), t.einddatum());
          }
        }, out))));
    l.add(regel("PM-009", WARNING, LAW_TEXT)
        .titel("Geen MAP-eindgesprek in de onderwijsroute", "No MAP eindgesprek in the onderwijsroute")
        .op(wi("8 lid 3"))
        .check((d, out) -> d.map().ifPresent(m -> {
          if (d.pip().map(p -> p.actueel().leerroute()).orElse(null) == Leerroute.ONDERWIJSROUTE) {
            out.report(Pointer.of("map"));
          }
        })));
  }

  private static void termijn(List<Regel> l) {
    l.add(regel("TR-001", ERROR, LAW_TEXT)
        .titel("Termijn start de dag na de dagtekening van het eerste PIP",
            "Termijn starts the day after the first PIP's dagtekening")
        .op(wi("11 lid 2"), wi("11 lid 3"))
        .check((d, out) -> d.termijn().ifPresent(t -> d.berekendeTermijn().ifPresent(b -> {
          if (!t.start().equals(b.start())) {
            out.report(Pointer.of("termijn", "start"), b.start());
          }
        }))));
    l.add(regel("TR-002", WARNING, LAW_TEXT)
        .titel("Einddatum termijn is drie jaar plus de verlengingen",
            "Termijn ends after three years plus extensions")
        .op(wi("11 lid 1"), wi("12"))
        .toelichting("A new termijn after a DUO fine (art. 24(2) and 25(2) Wi) also changes the end"
            + " date; the lifecycle model covers it, so a difference is a warning here.")
        .check((d, out) -> d.termijn().ifPresent(t -> d.berekendeTermijn().ifPresent(b -> {
          if (!t.einddatum().equals(b.einddatum())) {
            out.report(Pointer.of("termijn", "einddatum"), b.einddatum());
          }
        }))));
    l.add(regel("TR-003", ERROR, LAW_TEXT)
        .titel("Geen termijn zonder PIP", "No termijn without a PIP")
        .op(wi("11 lid 2"), duo("PIP, verwijderen"))
        .check((d, out) -> {
          if (d.termijn().isPresent() && d.pip().isEmpty()) {
            out.report(Pointer.of("termijn"));
          }
          if (!d.verlengingen().isEmpty() && d.pip().isEmpty()) {
            out.report(Pointer.of("verlengingen"));
          }
        }));
    l.add(regel("TR-004", ERROR, LAW_TEXT)
        .titel("Verlenging niet eerder aangevraagd dan zes maanden voor het einde van de termijn",
            "Extension applied for no earlier than six months before the end")
        .op(bi("4.5 lid 1"))
        .check((d, out) -> d.pip().ifPresent(p -> {
          for (int j = 0; j < d.verlengingen().size(); j++) {
            Verlenging v = d.verlengingen().get(j);
            Inburgeringstermijn toen = Inburgeringstermijn.berekend(
                p.initieel().dagtekening(), d.verlengingen().subList(0, j));
            LocalDate vroegst = Wetregels.vroegsteAanvraag(toen.einddatum());
            if (v.aanvraagdatum().isPresent() && v.aanvraagdatum().get().isBefore(vroegst)) {
              out.report(Pointer.of("verlengingen", j, "aanvraagdatum"), vroegst);
            }
          }
        })));
    l.add(regel("TR-005", ERROR, LAW_TEXT)
        .titel("Duur van de verlenging past binnen het maximum van de grond",
            "Extension does not exceed the cap of its ground")
        .op(ri("4.1 lid 2"), bi("4.4"), ri("4.2"))
        .check((d, out) -> {
          for (int j = 0; j < d.verlengingen().size(); j++) {
            Verlenging v = d.verlengingen().get(j);
            Optional<Period> max = maximum(v.grond());
            if (max.isPresent() && langer(v.duur(), max.get(), v.besluitdatum())) {
              out.report(Pointer.of("verlengingen", j, "duur"), max.get());
            }
          }
        }));
    l.add(regel("TR-006", ERROR, LAW_TEXT)
        .titel("Omstandigheid duurde ten minste drie maanden", "Circumstance lasted at least three months")
        .op(ri("4.1 lid 1"))
        .check((d, out) -> {
          for (int j = 0; j < d.verlengingen().size(); j++) {
            Verlenging v = d.verlengingen().get(j);
            if (isAfrondingsnorm(v.grond()) && langer(Period.ofMonths(3), v.duur(), v.besluitdatum())) {
              out.report(Pointer.of("verlengingen", j, "duur"));
            }
          }
        }));
    l.add(regel("TR-007", ERROR, LAW_TEXT)
        .titel("Verlenging voor alfabetisering alleen in de B1- of onderwijsroute",
            "Literacy extension only in the B1-route or onderwijsroute")
        .op(ri("4.1 lid 1"))
        .check((d, out) -> d.pip().ifPresent(p -> {
          for (int j = 0; j < d.verlengingen().size(); j++) {
            if (d.verlengingen().get(j).grond() == Verlengingsgrond.ALFABETISERING
                && p.actueel().leerroute() == Leerroute.Z_ROUTE) {
              out.report(Pointer.of("verlengingen", j, "grond"));
            }
          }
        })));
    l.add(regel("TR-008", ERROR, UNCERTAIN)
        .titel("Verlenging wegens niet-vrijstellende opleiding pas vanaf 2023",
            "Extension for a non-exempting education from 2023 only")
        .op(bi("4.3 lid 2"), ri("4.2"))
        .geldig(Periode.of(W2022, W2023))
        .toelichting("Added by Stb. 2022, 489 and Stcrt. 2022, 33825; entry into force on 2023-01-01"
            + " rests on secondary sources.")
        .perFeit((d, out) -> {
          for (int j = 0; j < d.verlengingen().size(); j++) {
            Verlenging v = d.verlengingen().get(j);
            if (v.grond() == Verlengingsgrond.NIET_VRIJSTELLENDE_OPLEIDING && out.geldtOp(v.besluitdatum())) {
              out.report(Pointer.of("verlengingen", j, "grond"));
            }
          }
        }));
    l.add(regel("TR-009", ERROR, LAW_TEXT)
        .titel("Verlenging wegens aanzienlijke inspanning alleen in de B1-route",
            "Extension for considerable effort only in the B1-route")
        .op(wi("12 lid 1 onder b"), bi("4.4"))
        .check((d, out) -> {
          Leerroute route = d.pip().map(p -> p.actueel().leerroute()).orElse(null);
          for (int j = 0; j < d.verlengingen().size(); j++) {
            if (d.verlengingen().get(j).grond() == Verlengingsgrond.AANZIENLIJKE_INSPANNING
                && route != Leerroute.B1_ROUTE) {
              out.report(Pointer.of("verlengingen", j, "grond"));
            }
          }
        }));
    l.add(regel("TR-010", ERROR, LAW_TEXT)
        .titel("Verlenging wegens aanzienlijke inspanning na twee taalonderdelen, KNM, PVT en MAP",
            "Extension for considerable effort after two language parts, KNM, PVT and MAP")
        .op(bi("4.4"))
        .toelichting("Checks the exam results, PVT and MAP; the attendance condition (all lessons,"
            + " at least 450 hours for gezinsmigranten) needs attendance data the dossier lacks.")
        .check((d, out) -> {
          for (int j = 0; j < d.verlengingen().size(); j++) {
            Verlenging v = d.verlengingen().get(j);
            if (v.grond() != Verlengingsgrond.AANZIENLIJKE_INSPANNING) {
              continue;
            }
            LocalDate peil = v.aanvraagdatum().orElse(v.besluitdatum());
            Set<Examenonderdeel> geslaagd = EnumSet.noneOf(Examenonderdeel.class);
            for (Examenresultaat e : d.examens()) {
              if (e.uitslag() == Examenuitslag.GESLAAGD && !e.datum().isAfter(peil)) {
                geslaagd.add(e.onderdeel());
              }
            }
            long taal = geslaagd.stream().filter(Examenonderdeel::isTaalonderdeel).count();
            boolean pvt = d.pvt().map(a -> !a.datum().isAfter(peil)).orElse(false);
            boolean mapOk = d.map().map(a -> !a.datum().isAfter(peil)).orElse(false);
            if (taal < 2 || !geslaagd.contains(Examenonderdeel.KNM) || !pvt || !mapOk) {
              out.report(Pointer.of("verlengingen", j, "grond"), taal);
            }
          }
        }));
  }

  private static void begeleiding(List<Regel> l) {
    l.add(regel("MB-001", ERROR, LAW_TEXT)
        .titel("Maatschappelijke begeleiding alleen voor asielstatushouders",
            "Maatschappelijke begeleiding only for asielstatushouders")
        .op(wi("13 lid 1"), bi("5.1"))
        .perVersie((d, i, v, out) -> {
          if (!d.isAsielstatushouder() && !v.maatschappelijkeBegeleiding().isEmpty()) {
            out.report(versie(i, "maatschappelijkeBegeleiding"));
          }
        }));
    l.add(regel("MB-002", ERROR, LAW_TEXT)
        .titel("Ontzorgen alleen voor asielstatushouders", "Ontzorgen only for asielstatushouders")
        .op(new Grondslag(Instrument.PW, "art. 56a"), wi("15 lid 3"))
        .perVersie((d, i, v, out) -> {
          if (!d.isAsielstatushouder() && v.ontzorgen().isPresent()) {
            out.report(versie(i, "ontzorgen"));
          }
        }));
    l.add(regel("MB-003", WARNING, LAW_TEXT)
        .titel("Ontzorgen duurt zes maanden", "Ontzorgen lasts six months")
        .op(new Grondslag(Instrument.PW, "art. 56a"))
        .toelichting("A longer period is possible under art. 57 Pw, hence a warning.")
        .perVersie((d, i, v, out) -> v.ontzorgen().ifPresent(o -> {
          LocalDate grens = o.periode().start().plusMonths(6);
          if (o.periode().eind().get().isAfter(grens)) {
            out.report(versie(i, "ontzorgen"));
          }
        })));
    l.add(regel("MB-004", WARNING, LAW_TEXT)
        .titel("Maatschappelijke begeleiding gepland voor een asielstatushouder",
            "Maatschappelijke begeleiding planned for an asielstatushouder")
        .op(wi("13 lid 1"), wi("13 lid 2"))
        .check((d, out) -> d.pip().ifPresent(p -> {
          if (d.isAsielstatushouder() && p.actueel().maatschappelijkeBegeleiding().isEmpty()) {
            out.report(versie(p.versies().size() - 1, "maatschappelijkeBegeleiding"));
          }
        })));
    l.add(regel("LN-001", ERROR, LAW_TEXT)
        .titel("Geen DUO-lening voor asielstatushouders", "No DUO loan for asielstatushouders")
        .op(wi("19"), wi("20"))
        .check((d, out) -> {
          if (!d.isAsielstatushouder()) {
            return;
          }
          if (d.lening().isPresent()) {
            out.report(Pointer.of("lening"));
          }
          List<PipVersie> vs = versies(d);
          for (int i = 0; i < vs.size(); i++) {
            if (vs.get(i).financiering().orElse(null) == Financiering.DUO_LENING) {
              out.report(versie(i, "financiering"));
            }
          }
        }));
    l.add(regel("LN-002", ERROR, LAW_TEXT)
        .titel("Lening ten hoogste 10.000 euro", "Loan of at most 10,000 euros")
        .op(bi("6.2 lid 1"), wi("20"))
        .check((d, out) -> d.lening().ifPresent(len -> {
          if (len.bedrag() > 10_000) {
            out.report(Pointer.of("lening", "bedrag"), len.bedrag());
          }
        })));
    l.add(regel("LN-003", WARNING, LAW_TEXT)
        .titel("Asielstatushouder krijgt het inburgeringsaanbod van de gemeente",
            "Asielstatushouder receives the gemeente's offer")
        .op(wi("16 lid 1"))
        .perVersie((d, i, v, out) -> {
          if (d.isAsielstatushouder() && v.financiering().orElse(null) == Financiering.EIGEN_MIDDELEN) {
            out.report(versie(i, "financiering"));
          }
        }));
  }

  private static void examens(List<Regel> l) {
    l.add(regel("EX-001", ERROR, GUIDANCE)
        .titel("Examendatum ligt niet in de toekomst", "Exam date is not in the future")
        .op(ri("3.10"))
        .check((d, out) -> {
          for (int i = 0; i < d.examens().size(); i++) {
            if (d.examens().get(i).datum().isAfter(out.peildatum())) {
              out.report(Pointer.of("examens", i, "datum"));
            }
          }
        }));
    l.add(regel("EX-002", INFO, LAW_TEXT)
        .titel("Examen onder het PIP-niveau is niet kosteloos", "Exam below the PIP level is not free")
        .op(ri("3.5"), bi("3.7 lid 2"))
        .check((d, out) -> {
          if (!d.isAsielstatushouder() || d.pip().isEmpty()) {
            return;
          }
          PipVersie actueel = d.pip().get().actueel();
          if (actueel.leerroute() != Leerroute.B1_ROUTE) {
            return;
          }
          for (int i = 0; i < d.examens().size(); i++) {
            Examenresultaat e = d.examens().get(i);
            if (!e.onderdeel().isTaalonderdeel()) {
              continue;
            }
            boolean a2Toegestaan = actueel.niveau().orElse(null) == NiveauPip.A2
                || actueel.a2Onderdelen().contains(e.onderdeel());
            if (e.niveau().orElse(null) == Taalniveau.A2 && !a2Toegestaan) {
              out.report(Pointer.of("examens", i, "niveau"));
            }
          }
        }));
  }

}
