package io.github.inburgering.core.traject;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.DuoGebeurtenis;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verhuizing;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Vrijstelling;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An event in the life of an inburgeringsplicht: one record per transition of section S.3 of the
 * rule reference. A record checks its own structure when built (design rule 1); whether the event
 * may happen to a traject is decided by {@link Transities#toepassen}.
 *
 * <p>Events that DUO signals name their DUO event code ({@link #duoGebeurtenis()}).
 */
public sealed interface Gebeurtenis {

  /** Returns the date of the event: the decision, result or registration date. */
  LocalDate datum();

  /** Returns the kind of event. */
  Gebeurtenissoort soort();

  /** Returns the DUO event that signals this event, if DUO signals it. */
  default Optional<DuoGebeurtenis> duoGebeurtenis() {
    return soort().duoGebeurtenissen().stream().findFirst();
  }

  /**
   * DUO established the plicht (T1; art. 3 Wi; SS101, SS139).
   *
   * @param datum the start of the plicht
   * @param doelgroep asielstatushouder or gezins- en overige migrant
   * @param kennisgeving the date of DUO's letter, from which the 10 weeks for the PIP run
   */
  record PlichtOntstaan(LocalDate datum, Doelgroep doelgroep, LocalDate kennisgeving)
      implements Gebeurtenis {
    /** Rejects missing components and a kennisgeving before the plicht. */
    public PlichtOntstaan {
      Checks.required(datum, "PlichtOntstaan.datum");
      Checks.required(doelgroep, "PlichtOntstaan.doelgroep");
      Checks.required(kennisgeving, "PlichtOntstaan.kennisgeving");
      if (kennisgeving.isBefore(datum)) {
        throw new InburgeringException(Reason.INCONSISTENT, "PlichtOntstaan.kennisgeving",
            "the kennisgeving lies before the start of the plicht");
      }
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.PLICHT_ONTSTAAN;
    }

    /**
     * Returns SS139, DUO's event that the plicht exists and the 10 weeks for the PIP run; DUO also
     * signals a plicht with SS101, and with SS128 when the AOW age is near.
     */
    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(DuoGebeurtenis.SS139);
    }
  }

  /** DUO granted a temporary vrijstelling (T2; art. 4(1)(c)–(d) Wi; SS109). @param datum decision */
  record TijdelijkeVrijstelling(LocalDate datum) implements Gebeurtenis {
    /** Rejects a missing date. */
    public TijdelijkeVrijstelling {
      Checks.required(datum, "TijdelijkeVrijstelling.datum");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.TIJDELIJKE_VRIJSTELLING;
    }
  }

  /**
   * The temporary vrijstelling was withdrawn and the plicht resumes (T2; SS129 without, SS130 with
   * a PIP).
   *
   * @param datum the date the plicht resumes
   * @param metPip whether DUO reports that a PIP was already known (SS130) or not (SS129)
   */
  record PlichtHervat(LocalDate datum, boolean metPip) implements Gebeurtenis {
    /** Rejects a missing date. */
    public PlichtHervat {
      Checks.required(datum, "PlichtHervat.datum");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.PLICHT_HERVAT;
    }

    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(metPip ? DuoGebeurtenis.SS130 : DuoGebeurtenis.SS129);
    }
  }

  /**
   * DUO granted a whole or partial vrijstelling (T3; art. 4 Wi; SS107, SS117).
   *
   * @param vrijstelling the granted decision; whole or partial, never temporary
   */
  record VrijstellingVerleend(Vrijstelling vrijstelling) implements Gebeurtenis {
    /** Requires a granted whole or partial vrijstelling. */
    public VrijstellingVerleend {
      Checks.required(vrijstelling, "VrijstellingVerleend.vrijstelling");
      if (vrijstelling instanceof Vrijstelling.Tijdelijk) {
        throw new InburgeringException(Reason.INCONSISTENT, "VrijstellingVerleend.vrijstelling",
            "a temporary vrijstelling is the event TijdelijkeVrijstelling");
      }
      if (!vrijstelling.isToegekend()) {
        throw new InburgeringException(Reason.INCONSISTENT, "VrijstellingVerleend.vrijstelling",
            "only a granted vrijstelling is an event");
      }
    }

    @Override
    public LocalDate datum() {
      return vrijstelling.datumOordeel();
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.VRIJSTELLING;
    }

    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(vrijstelling instanceof Vrijstelling.Geheel
          ? DuoGebeurtenis.SS107 : DuoGebeurtenis.SS117);
    }
  }

  /** The college called the person for the brede intake (T4; art. 14(1) Wi). @param datum call */
  record BredeIntakeGestart(LocalDate datum) implements Gebeurtenis {
    /** Rejects a missing date. */
    public BredeIntakeGestart {
      Checks.required(datum, "BredeIntakeGestart.datum");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.BREDE_INTAKE_GESTART;
    }
  }

  /**
   * The person did not appear, or cooperated insufficiently, within the term of a call for the brede
   * intake (T4; art. 14(1)–(2) and 22 Wi).
   *
   * @param datum the date the college established it
   * @param verwijtbaarheid the culpability; {@link Verwijtbaarheid#GEEN} excludes a fine
   * @param bijstandVerlaagd whether bijstand was already reduced for the same conduct (art. 27 Wi)
   */
  record IntakeVerzuim(LocalDate datum, Verwijtbaarheid verwijtbaarheid, boolean bijstandVerlaagd)
      implements Gebeurtenis {
    /** Rejects missing components. */
    public IntakeVerzuim {
      Checks.required(datum, "IntakeVerzuim.datum");
      Checks.required(verwijtbaarheid, "IntakeVerzuim.verwijtbaarheid");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.INTAKE_VERZUIM;
    }
  }

  /**
   * The college adopted a PIP (T5: the first; T8: a new one after a move, with the same leerroute).
   *
   * @param datum the dagtekening
   * @param leerroute the leerroute
   * @param niveau DUO's {@code niveau}: B1 or A2 in the B1-route, B1 in the onderwijsroute, absent
   *     in the Z-route (DUO refuses B1 with the Z-route)
   * @param taalschakeltraject whether the person follows the taalschakeltraject (onderwijsroute only)
   */
  record PipVastgesteld(LocalDate datum, Leerroute leerroute, Optional<NiveauPip> niveau,
      boolean taalschakeltraject) implements Gebeurtenis {
    /** Rejects missing components and a taalschakeltraject outside the onderwijsroute. */
    public PipVastgesteld {
      Checks.required(datum, "PipVastgesteld.datum");
      Checks.required(leerroute, "PipVastgesteld.leerroute");
      Checks.required(niveau, "PipVastgesteld.niveau");
      if (taalschakeltraject && leerroute != Leerroute.ONDERWIJSROUTE) {
        throw new InburgeringException(Reason.INCONSISTENT, "PipVastgesteld.taalschakeltraject",
            "the taalschakeltraject belongs to the onderwijsroute");
      }
    }

    /**
     * Returns a PIP as DUO expects it: level B1 in the B1-route and onderwijsroute, no level in the
     * Z-route, the taalschakeltraject in the onderwijsroute.
     */
    public static PipVastgesteld of(LocalDate datum, Leerroute leerroute) {
      return new PipVastgesteld(datum, leerroute,
          leerroute == Leerroute.Z_ROUTE ? Optional.empty() : Optional.of(NiveauPip.B1),
          leerroute == Leerroute.ONDERWIJSROUTE);
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.PIP_VASTGESTELD;
    }

    /**
     * Returns SS102 ("Inburgeringstermijn gestart"), DUO's event for the first PIP; DUO has no event
     * of its own for the new PIP after a move.
     */
    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(DuoGebeurtenis.SS102);
    }
  }

  /**
   * The college changed the leerroute (T6; art. 17(2) Wi; art. 5.4 BI).
   *
   * @param datum the dagtekening of the adapted PIP
   * @param nieuweLeerroute the new leerroute
   * @param bijzonderGeval the college's reasons for a late change in a bijzonder geval (art. 5.4(3)
   *     BI); never shown by {@link #toString()}
   * @param eindeNietVrijstellendeOpleiding the day a niet-vrijstellende opleiding ended or was left
   *     (art. 5.4(2) BI), if the change follows one
   */
  record LeerrouteGewijzigd(LocalDate datum, Leerroute nieuweLeerroute, Optional<String> bijzonderGeval,
      Optional<LocalDate> eindeNietVrijstellendeOpleiding) implements Gebeurtenis {
    /** Rejects missing components and blank reasons. */
    public LeerrouteGewijzigd {
      Checks.required(datum, "LeerrouteGewijzigd.datum");
      Checks.required(nieuweLeerroute, "LeerrouteGewijzigd.nieuweLeerroute");
      Checks.required(bijzonderGeval, "LeerrouteGewijzigd.bijzonderGeval");
      Checks.required(eindeNietVrijstellendeOpleiding,
          "LeerrouteGewijzigd.eindeNietVrijstellendeOpleiding");
      if (bijzonderGeval.isPresent() && bijzonderGeval.get().isBlank()) {
        throw new InburgeringException(Reason.MISSING, "LeerrouteGewijzigd.bijzonderGeval",
            "a bijzonder geval needs the college's reasons");
      }
    }

    /** Returns an ordinary change, without exception. */
    public static LeerrouteGewijzigd naar(LocalDate datum, Leerroute nieuweLeerroute) {
      return new LeerrouteGewijzigd(datum, nieuweLeerroute, Optional.empty(), Optional.empty());
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.LEERROUTE_GEWIJZIGD;
    }

    /** Does not show the reasons, which may describe the person. */
    @Override
    public String toString() {
      return "LeerrouteGewijzigd[datum=" + datum + ", nieuweLeerroute=" + nieuweLeerroute
          + ", bijzonderGeval=" + (bijzonderGeval.isPresent() ? "***" : "-")
          + ", eindeNietVrijstellendeOpleiding=" + eindeNietVrijstellendeOpleiding.orElse(null) + "]";
    }
  }

  /**
   * The college lowered the level of language parts from B1 to A2 (T7; art. 17(3)–(4) Wi; art. 5.5
   * BI).
   *
   * @param datum the dagtekening of the adapted PIP
   * @param onderdelen the language parts, at least one; KNM has no level
   */
  record Afgeschaald(LocalDate datum, Set<Examenonderdeel> onderdelen) implements Gebeurtenis {
    /** Rejects missing components, an empty set and KNM. */
    public Afgeschaald {
      Checks.required(datum, "Afgeschaald.datum");
      onderdelen = Checks.set(onderdelen, "Afgeschaald.onderdelen");
      if (onderdelen.isEmpty()) {
        throw new InburgeringException(Reason.MISSING, "Afgeschaald.onderdelen",
            "name at least one language part");
      }
      if (onderdelen.contains(Examenonderdeel.KNM)) {
        throw new InburgeringException(Reason.INCONSISTENT, "Afgeschaald.onderdelen",
            "KNM has no language level");
      }
    }

    /** Returns afschalen of all four language parts. */
    public static Afgeschaald geheel(LocalDate datum) {
      return new Afgeschaald(datum, Examenonderdeel.taalonderdelen());
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.AFGESCHAALD;
    }
  }

  /** The person moved (T8; art. 15(4) Wi; art. 5.3(3) BI; SS120, SS121). @param verhuizing the move */
  record Verhuisd(Verhuizing verhuizing) implements Gebeurtenis {
    /** Rejects a missing move. */
    public Verhuisd {
      Checks.required(verhuizing, "Verhuisd.verhuizing");
    }

    @Override
    public LocalDate datum() {
      return verhuizing.inschrijving();
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.VERHUISD;
    }

    /**
     * Returns empty: DUO signals a move with SS120 when the person has no PIP yet and with SS121
     * when a PIP of the previous gemeente exists, which the traject, not the move, knows.
     */
    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.empty();
    }
  }

  /**
   * The person applied to DUO for an extension (T9; art. 12 Wi, art. 4.5 BI). While DUO has not
   * decided, the termijn does not expire (S.3 T10).
   *
   * @param datum the date of the application
   */
  record VerlengingAangevraagd(LocalDate datum) implements Gebeurtenis {
    /** Rejects a missing date. */
    public VerlengingAangevraagd {
      Checks.required(datum, "VerlengingAangevraagd.datum");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.VERLENGING_AANGEVRAAGD;
    }
  }

  /** DUO refused the extension applied for (T9; SS113). @param datum the date of the decision */
  record VerlengingAfgewezen(LocalDate datum) implements Gebeurtenis {
    /** Rejects a missing date. */
    public VerlengingAfgewezen {
      Checks.required(datum, "VerlengingAfgewezen.datum");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.VERLENGING_AFGEWEZEN;
    }
  }

  /** DUO extended the termijn (T9; art. 12 Wi; SS103, SS104). @param verlenging the decision */
  record TermijnVerlengd(Verlenging verlenging) implements Gebeurtenis {
    /** Rejects a missing decision. */
    public TermijnVerlengd {
      Checks.required(verlenging, "TermijnVerlengd.verlenging");
    }

    @Override
    public LocalDate datum() {
      return verlenging.besluitdatum();
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.TERMIJN_VERLENGD;
    }

    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(verlenging.isAmbtshalve() ? DuoGebeurtenis.SS103 : DuoGebeurtenis.SS104);
    }
  }

  /** DUO granted an ontheffing (T14; art. 5 Wi; SS108, SS119). @param ontheffing the decision */
  record OntheffingVerleend(Ontheffing ontheffing) implements Gebeurtenis {
    /** Requires a granted decision. */
    public OntheffingVerleend {
      Checks.required(ontheffing, "OntheffingVerleend.ontheffing");
      if (!ontheffing.isToegekend()) {
        throw new InburgeringException(Reason.INCONSISTENT, "OntheffingVerleend.ontheffing",
            "only a granted ontheffing is an event");
      }
    }

    @Override
    public LocalDate datum() {
      return ontheffing.datumOordeel();
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.ONTHEFFING;
    }

    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(ontheffing instanceof Ontheffing.Geheel
          ? DuoGebeurtenis.SS108 : DuoGebeurtenis.SS119);
    }
  }

  /**
   * An exam result (T13; SS199).
   *
   * @param datum the exam date
   * @param onderdeel the part
   * @param niveau the level of a language part; empty for KNM
   * @param behaald whether the part was passed
   */
  record Examenuitslag(LocalDate datum, Examenonderdeel onderdeel, Optional<Taalniveau> niveau,
      boolean behaald) implements Gebeurtenis {
    /** Requires a level for a language part, A2 or higher, and none for KNM. */
    public Examenuitslag {
      Checks.required(datum, "Examenuitslag.datum");
      Checks.required(onderdeel, "Examenuitslag.onderdeel");
      Checks.required(niveau, "Examenuitslag.niveau");
      if (onderdeel.isTaalonderdeel() != niveau.isPresent()) {
        throw new InburgeringException(Reason.INCONSISTENT, "Examenuitslag.niveau",
            "a language part has a level, KNM has none");
      }
      if (niveau.isPresent() && niveau.get().compareTo(Taalniveau.A2) < 0) {
        throw new InburgeringException(Reason.OUT_OF_RANGE, "Examenuitslag.niveau",
            "inburgering exams are taken at A2 or higher");
      }
    }

    /** Returns a passed language part at {@code niveau}. */
    public static Examenuitslag behaald(LocalDate datum, Examenonderdeel onderdeel, Taalniveau niveau) {
      return new Examenuitslag(datum, onderdeel, Optional.of(niveau), true);
    }

    /** Returns a passed KNM exam. */
    public static Examenuitslag knmBehaald(LocalDate datum) {
      return new Examenuitslag(datum, Examenonderdeel.KNM, Optional.empty(), true);
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.EXAMENUITSLAG;
    }

    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(DuoGebeurtenis.SS199);
    }
  }

  /** The PVT was completed (T13; art. 6(1)(a) Wi). @param datum completion @param uren hours, ≥ 12 */
  record PvtAfgerond(LocalDate datum, int uren) implements Gebeurtenis {
    /** Requires at least the 12 hours of art. 3.1(3) BI. */
    public PvtAfgerond {
      Checks.required(datum, "PvtAfgerond.datum");
      Checks.range(uren, 12, 10_000, "PvtAfgerond.uren");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.PVT_AFGEROND;
    }
  }

  /** The MAP was completed (T13; art. 6(1)(b) Wi). @param datum completion @param uren hours, ≥ 40 */
  record MapAfgerond(LocalDate datum, int uren) implements Gebeurtenis {
    /** Requires at least the 40 practical hours of art. 3.1 RI. */
    public MapAfgerond {
      Checks.required(datum, "MapAfgerond.datum");
      Checks.range(uren, 40, 10_000, "MapAfgerond.uren");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.MAP_AFGEROND;
    }
  }

  /**
   * Hours followed since the last report (T13; art. 3.14, 5.5 BI; art. 7.4 RI). Hours reported
   * during the brede intake count as intake hours (art. 3.14(6) and 5.5(2) BI).
   *
   * @param datum the last day the hours cover
   * @param soort the kind of hours
   * @param uren the number of hours, 1–2,000
   */
  record UrenGevolgd(LocalDate datum, Urensoort urensoort, int uren) implements Gebeurtenis {
    /** Rejects missing components and counts outside 1–2,000. */
    public UrenGevolgd {
      Checks.required(datum, "UrenGevolgd.datum");
      Checks.required(urensoort, "UrenGevolgd.urensoort");
      Checks.range(uren, 1, 2_000, "UrenGevolgd.uren");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.UREN_GEVOLGD;
    }
  }

  /** The taalschakeltraject was completed (T13; art. 8 Wi). @param datum completion */
  record TaalschakeltrajectAfgerond(LocalDate datum) implements Gebeurtenis {
    /** Rejects a missing date. */
    public TaalschakeltrajectAfgerond {
      Checks.required(datum, "TaalschakeltrajectAfgerond.datum");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.TAALSCHAKELTRAJECT_AFGEROND;
    }
  }

  /** The college held the Z-route's eindgesprek (T13; art. 3.14(2)(c) BI). @param datum the date */
  record EindgesprekGevoerd(LocalDate datum) implements Gebeurtenis {
    /** Rejects a missing date. */
    public EindgesprekGevoerd {
      Checks.required(datum, "EindgesprekGevoerd.datum");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.EINDGESPREK_GEVOERD;
    }
  }

  /** The termijn passed (T10; art. 11(1) Wi). @param datum a day after the termijn's last day */
  record TermijnVerstreken(LocalDate datum) implements Gebeurtenis {
    /** Rejects a missing date. */
    public TermijnVerstreken {
      Checks.required(datum, "TermijnVerstreken.datum");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.TERMIJN_VERSTREKEN;
    }
  }

  /**
   * DUO imposed fines of art. 24 and/or 25 Wi in one decision (T11, T12).
   *
   * @param datum the day the decision was made known (bekendmaking)
   * @param soorten {@link Boetesoort#PVT_MAP} and/or {@link Boetesoort#LEERROUTE}
   * @param bedragLeerrouteInCenten the amount of the leerroute fine, which DUO sets from the tables
   *     of annex 6a–6c RI (not encoded, so an input); present exactly when LEERROUTE is fined
   * @param verwijtbaar whether DUO found the overrun culpable (art. 5:41 Awb; art. 12(1)(a) Wi)
   * @param vergunningGeweigerdOfIngetrokken whether the permit's extension was refused or the permit
   *     withdrawn (art. 25(3) Wi)
   * @param bijstandVerlaagd whether bijstand was already reduced for the same conduct (art. 27 Wi)
   */
  record DuoBoeteOpgelegd(LocalDate datum, Set<Boetesoort> soorten,
      Optional<Integer> bedragLeerrouteInCenten, boolean verwijtbaar,
      boolean vergunningGeweigerdOfIngetrokken, boolean bijstandVerlaagd) implements Gebeurtenis {
    /** Requires DUO's kinds of fine and an amount exactly for the leerroute fine. */
    public DuoBoeteOpgelegd {
      Checks.required(datum, "DuoBoeteOpgelegd.datum");
      soorten = Checks.set(soorten, "DuoBoeteOpgelegd.soorten");
      Checks.required(bedragLeerrouteInCenten, "DuoBoeteOpgelegd.bedragLeerrouteInCenten");
      if (soorten.isEmpty() || soorten.stream().anyMatch(Boetesoort::isCollege)) {
        throw new InburgeringException(Reason.OUT_OF_RANGE, "DuoBoeteOpgelegd.soorten",
            "DUO imposes the fines of art. 24 and 25 Wi");
      }
      if (soorten.contains(Boetesoort.LEERROUTE) != bedragLeerrouteInCenten.isPresent()) {
        throw new InburgeringException(Reason.INCONSISTENT,
            "DuoBoeteOpgelegd.bedragLeerrouteInCenten", "an amount exactly for the leerroute fine");
      }
    }

    /** Returns a culpable decision without the exclusions of art. 25(3) and 27 Wi. */
    public static DuoBoeteOpgelegd verwijtbaar(LocalDate datum, Set<Boetesoort> soorten,
        Optional<Integer> bedragLeerrouteInCenten) {
      return new DuoBoeteOpgelegd(datum, soorten.isEmpty() ? soorten : EnumSet.copyOf(soorten),
          bedragLeerrouteInCenten, true, false, false);
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.DUO_BOETE;
    }
  }

  /**
   * The college imposed a fine of art. 23 Wi for not cooperating during the traject (E1).
   *
   * @param datum the day the breach was established (constatering)
   * @param verwijtbaarheid the culpability (art. 7.1(4) BI)
   * @param bijstandVerlaagd whether bijstand was already reduced for the same conduct (art. 27 Wi)
   */
  record CollegeBoeteOpgelegd(LocalDate datum, Verwijtbaarheid verwijtbaarheid,
      boolean bijstandVerlaagd) implements Gebeurtenis {
    /** Rejects missing components. */
    public CollegeBoeteOpgelegd {
      Checks.required(datum, "CollegeBoeteOpgelegd.datum");
      Checks.required(verwijtbaarheid, "CollegeBoeteOpgelegd.verwijtbaarheid");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.COLLEGE_BOETE;
    }
  }

  /** The doelgroep changed (SS124, SS125). @param datum the date @param nieuweDoelgroep the new one */
  record DoelgroepGewijzigd(LocalDate datum, Doelgroep nieuweDoelgroep) implements Gebeurtenis {
    /** Rejects missing components. */
    public DoelgroepGewijzigd {
      Checks.required(datum, "DoelgroepGewijzigd.datum");
      Checks.required(nieuweDoelgroep, "DoelgroepGewijzigd.nieuweDoelgroep");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.DOELGROEP_GEWIJZIGD;
    }

    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(nieuweDoelgroep == Doelgroep.ASIELSTATUSHOUDER
          ? DuoGebeurtenis.SS125 : DuoGebeurtenis.SS124);
    }
  }

  /** The plicht ended (T15; art. 3(1) Wi; SS110, SS111). @param datum the date @param grond why */
  record PlichtBeeindigd(LocalDate datum, Beeindigingsgrond grond) implements Gebeurtenis {
    /** Rejects missing components. */
    public PlichtBeeindigd {
      Checks.required(datum, "PlichtBeeindigd.datum");
      Checks.required(grond, "PlichtBeeindigd.grond");
    }

    @Override
    public Gebeurtenissoort soort() {
      return Gebeurtenissoort.PLICHT_BEEINDIGD;
    }

    @Override
    public Optional<DuoGebeurtenis> duoGebeurtenis() {
      return Optional.of(grond.duoGebeurtenis());
    }
  }
}
