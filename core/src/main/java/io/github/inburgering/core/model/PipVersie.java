package io.github.inburgering.core.model;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One adopted version of the persoonlijk plan inburgering en participatie (art. 15 Wi, art. 5.3 BI).
 * A PIP is a beschikking; every change (schakelen, afschalen, a move, bezwaar) adopts a new version,
 * kept in {@link Pip}.
 *
 * <p>The builder only enforces structure (required fields, ranges). Whether the content is lawful —
 * A2 in the onderwijsroute, an intensity for a gezinsmigrant, a missing PVT intensity — is reported by
 * the {@link io.github.inburgering.core.regels.Validator}, never thrown.
 *
 * @param dagtekening the date of the decision; the termijn starts the day after the first one (art. 11(2) Wi)
 * @param gemeente the gemeente whose college adopted this version
 * @param leerroute the leerroute (art. 15(1)(a) Wi)
 * @param niveau the exam level; DUO sets B1 when absent in the B1- or onderwijsroute
 * @param a2Onderdelen language parts examined at A2 after partial afschalen (art. 17(3) Wi); empty when none
 * @param geschatteIntensiteitB1Route estimated hours for the B1-route, asielstatushouders only (art. 15(2) Wi), 1–9999
 * @param indicatorMagOpleidingAfmaken whether a niet-vrijstellende opleiding may be finished first
 * @param alfabetiseringsonderwijs literacy education as part of the leerroute
 * @param begeleidingEnOndersteuning the support and guidance (art. 15(1)(b) Wi, 17(1) Wi)
 * @param pvtUren the intensity of the PVT in hours (art. 15(1)(c) Wi)
 * @param map the intensity of the MAP or its not applying (art. 15(1)(c), 8(3) Wi)
 * @param vveAfspraken agreements on voor- en vroegschoolse educatie (art. 15(1)(d) Wi)
 * @param ontzorgen the ontzorgen arrangement (art. 15(3) Wi, art. 56a Pw)
 * @param maatschappelijkeBegeleiding themes of maatschappelijke begeleiding planned (art. 13 Wi)
 * @param leerdoelen learning goals
 * @param voortgangsgesprekken the number of progress talks (art. 5.3(4) BI)
 * @param zrouteExamens exams the person may take in the Z-route (art. 3.14(7) BI)
 * @param financiering how the leerroute is paid for
 * @param redenWijziging why this version replaced the previous one; absent on the first version
 * @param bijzonderGeval the college's reasons for deviating from the schakel term in a bijzonder geval (art. 5.4(3) BI)
 */
public record PipVersie(
    LocalDate dagtekening,
    Gemeentecode gemeente,
    Leerroute leerroute,
    Optional<NiveauPip> niveau,
    Set<Examenonderdeel> a2Onderdelen,
    OptionalInt geschatteIntensiteitB1Route,
    boolean indicatorMagOpleidingAfmaken,
    Optional<Alfabetiseringsonderwijs> alfabetiseringsonderwijs,
    Optional<String> begeleidingEnOndersteuning,
    OptionalInt pvtUren,
    Optional<MapAfspraak> map,
    Optional<String> vveAfspraken,
    Optional<Ontzorgen> ontzorgen,
    Set<MaatschappelijkeBegeleidingThema> maatschappelijkeBegeleiding,
    List<Leerdoel> leerdoelen,
    int voortgangsgesprekken,
    Set<Examenonderdeel> zrouteExamens,
    Optional<Financiering> financiering,
    Optional<RedenWijziging> redenWijziging,
    Optional<String> bijzonderGeval) {

  /** Checks the structural invariants and copies collections. */
  public PipVersie {
    Checks.required(dagtekening, "PipVersie.dagtekening");
    Checks.required(gemeente, "PipVersie.gemeente");
    Checks.required(leerroute, "PipVersie.leerroute");
    Checks.required(niveau, "PipVersie.niveau");
    a2Onderdelen = Checks.set(a2Onderdelen, "PipVersie.a2Onderdelen");
    Checks.required(geschatteIntensiteitB1Route, "PipVersie.geschatteIntensiteitB1Route");
    Checks.required(alfabetiseringsonderwijs, "PipVersie.alfabetiseringsonderwijs");
    Checks.required(begeleidingEnOndersteuning, "PipVersie.begeleidingEnOndersteuning");
    Checks.required(pvtUren, "PipVersie.pvtUren");
    Checks.required(map, "PipVersie.map");
    Checks.required(vveAfspraken, "PipVersie.vveAfspraken");
    Checks.required(ontzorgen, "PipVersie.ontzorgen");
    maatschappelijkeBegeleiding = Checks.set(maatschappelijkeBegeleiding, "PipVersie.maatschappelijkeBegeleiding");
    leerdoelen = Checks.list(leerdoelen, "PipVersie.leerdoelen");
    zrouteExamens = Checks.set(zrouteExamens, "PipVersie.zrouteExamens");
    Checks.required(financiering, "PipVersie.financiering");
    Checks.required(redenWijziging, "PipVersie.redenWijziging");
    Checks.required(bijzonderGeval, "PipVersie.bijzonderGeval");
    if (geschatteIntensiteitB1Route.isPresent()) {
      Checks.range(geschatteIntensiteitB1Route.getAsInt(), 1, 9999, "PipVersie.geschatteIntensiteitB1Route");
    }
    if (pvtUren.isPresent()) {
      Checks.range(pvtUren.getAsInt(), 1, 9999, "PipVersie.pvtUren");
    }
    Checks.range(voortgangsgesprekken, 0, 999, "PipVersie.voortgangsgesprekken");
    if (bijzonderGeval.isPresent() && bijzonderGeval.get().isBlank()) {
      throw new io.github.inburgering.core.InburgeringException(
          io.github.inburgering.core.InburgeringException.Reason.FORMAT,
          "PipVersie.bijzonderGeval",
          "a bijzonder geval (art. 5.4(3) BI) needs the college's reasons, not a blank text");
    }
  }

  /**
   * Returns the level that applies: the stated level, or B1 when absent in the B1- or onderwijsroute
   * (DUO's rule, {@code PIP-007}); empty in the Z-route, which has no level in law (art. 9 Wi).
   */
  public Optional<NiveauPip> effectiefNiveau() {
    if (niveau.isPresent()) {
      return niveau;
    }
    return leerroute == Leerroute.Z_ROUTE ? Optional.empty() : Optional.of(NiveauPip.B1);
  }

  /** Returns whether any language part is examined at A2 (wholly or partly afgeschaald). */
  public boolean isAfgeschaald() {
    return niveau.orElse(null) == NiveauPip.A2 || !a2Onderdelen.isEmpty();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this version, to derive the next one. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.dagtekening = dagtekening;
    b.gemeente = gemeente;
    b.leerroute = leerroute;
    b.niveau = niveau.orElse(null);
    b.a2Onderdelen(a2Onderdelen);
    b.geschatteIntensiteitB1Route = geschatteIntensiteitB1Route.isPresent() ? geschatteIntensiteitB1Route.getAsInt() : null;
    b.indicatorMagOpleidingAfmaken = indicatorMagOpleidingAfmaken;
    b.alfabetiseringsonderwijs = alfabetiseringsonderwijs.orElse(null);
    b.begeleidingEnOndersteuning = begeleidingEnOndersteuning.orElse(null);
    b.pvtUren = pvtUren.isPresent() ? pvtUren.getAsInt() : null;
    b.map = map.orElse(null);
    b.vveAfspraken = vveAfspraken.orElse(null);
    b.ontzorgen = ontzorgen.orElse(null);
    b.maatschappelijkeBegeleiding(maatschappelijkeBegeleiding);
    b.leerdoelen(leerdoelen);
    b.voortgangsgesprekken = voortgangsgesprekken;
    b.zrouteExamens(zrouteExamens);
    b.financiering = financiering.orElse(null);
    b.redenWijziging = redenWijziging.orElse(null);
    b.bijzonderGeval = bijzonderGeval.orElse(null);
    return b;
  }

  /** Builder of {@link PipVersie}. */
  public static final class Builder {
    private LocalDate dagtekening;
    private Gemeentecode gemeente;
    private Leerroute leerroute;
    private NiveauPip niveau;
    private final Set<Examenonderdeel> a2Onderdelen = new LinkedHashSet<>();
    private Integer geschatteIntensiteitB1Route;
    private boolean indicatorMagOpleidingAfmaken;
    private Alfabetiseringsonderwijs alfabetiseringsonderwijs;
    private String begeleidingEnOndersteuning;
    private Integer pvtUren;
    private MapAfspraak map;
    private String vveAfspraken;
    private Ontzorgen ontzorgen;
    private final Set<MaatschappelijkeBegeleidingThema> maatschappelijkeBegeleiding = new LinkedHashSet<>();
    private final List<Leerdoel> leerdoelen = new ArrayList<>();
    private int voortgangsgesprekken;
    private final Set<Examenonderdeel> zrouteExamens = new LinkedHashSet<>();
    private Financiering financiering;
    private RedenWijziging redenWijziging;
    private String bijzonderGeval;

    private Builder() {}

    /** Sets dagtekening (required). */
    public Builder dagtekening(LocalDate v) {
      this.dagtekening = v;
      return this;
    }

    /** Sets gemeente (required). */
    public Builder gemeente(Gemeentecode v) {
      this.gemeente = v;
      return this;
    }

    /** Sets leerroute (required). */
    public Builder leerroute(Leerroute v) {
      this.leerroute = v;
      return this;
    }

    /** Sets niveau (optional, null clears it). */
    public Builder niveau(NiveauPip v) {
      this.niveau = v;
      return this;
    }

    /** Adds to a2Onderdelen. */
    public Builder addA2Onderdelen(Examenonderdeel v) {
      this.a2Onderdelen.add(Checks.required(v, "a2Onderdelen"));
      return this;
    }

    /** Replaces a2Onderdelen. */
    public Builder a2Onderdelen(java.util.Collection<? extends Examenonderdeel> v) {
      this.a2Onderdelen.clear();
      for (Examenonderdeel e : Checks.required(v, "a2Onderdelen")) {
        addA2Onderdelen(e);
      }
      return this;
    }

    /** Sets geschatteIntensiteitB1Route (optional, null clears it). */
    public Builder geschatteIntensiteitB1Route(Integer v) {
      this.geschatteIntensiteitB1Route = v;
      return this;
    }

    /** Sets indicatorMagOpleidingAfmaken. */
    public Builder indicatorMagOpleidingAfmaken(boolean v) {
      this.indicatorMagOpleidingAfmaken = v;
      return this;
    }

    /** Sets alfabetiseringsonderwijs (optional, null clears it). */
    public Builder alfabetiseringsonderwijs(Alfabetiseringsonderwijs v) {
      this.alfabetiseringsonderwijs = v;
      return this;
    }

    /** Sets begeleidingEnOndersteuning (optional, null clears it). */
    public Builder begeleidingEnOndersteuning(String v) {
      this.begeleidingEnOndersteuning = v;
      return this;
    }

    /** Sets pvtUren (optional, null clears it). */
    public Builder pvtUren(Integer v) {
      this.pvtUren = v;
      return this;
    }

    /** Sets map (optional, null clears it). */
    public Builder map(MapAfspraak v) {
      this.map = v;
      return this;
    }

    /** Sets vveAfspraken (optional, null clears it). */
    public Builder vveAfspraken(String v) {
      this.vveAfspraken = v;
      return this;
    }

    /** Sets ontzorgen (optional, null clears it). */
    public Builder ontzorgen(Ontzorgen v) {
      this.ontzorgen = v;
      return this;
    }

    /** Adds to maatschappelijkeBegeleiding. */
    public Builder addMaatschappelijkeBegeleiding(MaatschappelijkeBegeleidingThema v) {
      this.maatschappelijkeBegeleiding.add(Checks.required(v, "maatschappelijkeBegeleiding"));
      return this;
    }

    /** Replaces maatschappelijkeBegeleiding. */
    public Builder maatschappelijkeBegeleiding(java.util.Collection<? extends MaatschappelijkeBegeleidingThema> v) {
      this.maatschappelijkeBegeleiding.clear();
      for (MaatschappelijkeBegeleidingThema e : Checks.required(v, "maatschappelijkeBegeleiding")) {
        addMaatschappelijkeBegeleiding(e);
      }
      return this;
    }

    /** Adds to leerdoelen. */
    public Builder addLeerdoelen(Leerdoel v) {
      this.leerdoelen.add(Checks.required(v, "leerdoelen"));
      return this;
    }

    /** Replaces leerdoelen. */
    public Builder leerdoelen(java.util.Collection<? extends Leerdoel> v) {
      this.leerdoelen.clear();
      for (Leerdoel e : Checks.required(v, "leerdoelen")) {
        addLeerdoelen(e);
      }
      return this;
    }

    /** Sets voortgangsgesprekken. */
    public Builder voortgangsgesprekken(int v) {
      this.voortgangsgesprekken = v;
      return this;
    }

    /** Adds to zrouteExamens. */
    public Builder addZrouteExamens(Examenonderdeel v) {
      this.zrouteExamens.add(Checks.required(v, "zrouteExamens"));
      return this;
    }

    /** Replaces zrouteExamens. */
    public Builder zrouteExamens(java.util.Collection<? extends Examenonderdeel> v) {
      this.zrouteExamens.clear();
      for (Examenonderdeel e : Checks.required(v, "zrouteExamens")) {
        addZrouteExamens(e);
      }
      return this;
    }

    /** Sets financiering (optional, null clears it). */
    public Builder financiering(Financiering v) {
      this.financiering = v;
      return this;
    }

    /** Sets redenWijziging (optional, null clears it). */
    public Builder redenWijziging(RedenWijziging v) {
      this.redenWijziging = v;
      return this;
    }

    /** Sets bijzonderGeval (optional, null clears it). */
    public Builder bijzonderGeval(String v) {
      this.bijzonderGeval = v;
      return this;
    }

    /** Builds the version. */
    public PipVersie build() {
      return new PipVersie(
          dagtekening,
          gemeente,
          leerroute,
          Optional.ofNullable(niveau),
          a2Onderdelen,
          geschatteIntensiteitB1Route == null ? OptionalInt.empty() : OptionalInt.of(geschatteIntensiteitB1Route),
          indicatorMagOpleidingAfmaken,
          Optional.ofNullable(alfabetiseringsonderwijs),
          Optional.ofNullable(begeleidingEnOndersteuning),
          pvtUren == null ? OptionalInt.empty() : OptionalInt.of(pvtUren),
          Optional.ofNullable(map),
          Optional.ofNullable(vveAfspraken),
          Optional.ofNullable(ontzorgen),
          maatschappelijkeBegeleiding,
          leerdoelen,
          voortgangsgesprekken,
          zrouteExamens,
          Optional.ofNullable(financiering),
          Optional.ofNullable(redenWijziging),
          Optional.ofNullable(bijzonderGeval));
    }
  }
}
