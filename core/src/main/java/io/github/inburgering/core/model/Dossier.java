package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about one inburgeraar's plicht, as a gemeente or DUO holds it: the document that
 * {@link io.github.inburgering.core.regels.Validator} checks.
 *
 * <p>The JSON Pointers in validation reports use the component names of this record and the types
 * it holds, for example {@code /pip/versies/1/niveau}.
 *
 * @param inburgeraar the person
 * @param plicht the inburgeringsplicht
 * @param vrijstellingen vrijstellingen decided by DUO
 * @param ontheffingen ontheffingen decided by DUO
 * @param bredeIntake the brede intake
 * @param pip the PIP history
 * @param termijn the termijn as registered (for example by DUO); checked against the PIP by TR-001 and TR-002
 * @param verlengingen verlengingen of the termijn, in the order granted
 * @param verhuizingen moves to another gemeente, oldest first
 * @param uren hours followed
 * @param examens exam results
 * @param pvt completion of the PVT
 * @param map completion of the MAP (eindgesprek)
 * @param zrouteAfgerond the date the Z-route was completed (eindgesprek, art. 3.14(2)(c) BI)
 * @param lening a DUO loan
 * @param contactpersoon the gemeente's contact person
 */
public record Dossier(
    Inburgeraar inburgeraar,
    Inburgeringsplicht plicht,
    List<Vrijstelling> vrijstellingen,
    List<Ontheffing> ontheffingen,
    Optional<BredeIntake> bredeIntake,
    Optional<Pip> pip,
    Optional<Inburgeringstermijn> termijn,
    List<Verlenging> verlengingen,
    List<Verhuizing> verhuizingen,
    Uren uren,
    List<Examenresultaat> examens,
    Optional<Afronding> pvt,
    Optional<Afronding> map,
    Optional<LocalDate> zrouteAfgerond,
    Optional<Lening> lening,
    Optional<Contactpersoon> contactpersoon) {

  /** Checks that no component is missing and copies the lists. */
  public Dossier {
    Checks.required(inburgeraar, "Dossier.inburgeraar");
    Checks.required(plicht, "Dossier.plicht");
    vrijstellingen = Checks.list(vrijstellingen, "Dossier.vrijstellingen");
    ontheffingen = Checks.list(ontheffingen, "Dossier.ontheffingen");
    Checks.required(bredeIntake, "Dossier.bredeIntake");
    Checks.required(pip, "Dossier.pip");
    Checks.required(termijn, "Dossier.termijn");
    verlengingen = Checks.list(verlengingen, "Dossier.verlengingen");
    verhuizingen = Checks.list(verhuizingen, "Dossier.verhuizingen");
    Checks.required(uren, "Dossier.uren");
    examens = Checks.list(examens, "Dossier.examens");
    Checks.required(pvt, "Dossier.pvt");
    Checks.required(map, "Dossier.map");
    Checks.required(zrouteAfgerond, "Dossier.zrouteAfgerond");
    Checks.required(lening, "Dossier.lening");
    Checks.required(contactpersoon, "Dossier.contactpersoon");
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this dossier. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.inburgeraar = inburgeraar;
    b.plicht = plicht;
    b.vrijstellingen(vrijstellingen);
    b.ontheffingen(ontheffingen);
    b.bredeIntake = bredeIntake.orElse(null);
    b.pip = pip.orElse(null);
    b.termijn = termijn.orElse(null);
    b.verlengingen(verlengingen);
    b.verhuizingen(verhuizingen);
    b.uren = uren;
    b.examens(examens);
    b.pvt = pvt.orElse(null);
    b.map = map.orElse(null);
    b.zrouteAfgerond = zrouteAfgerond.orElse(null);
    b.lening = lening.orElse(null);
    b.contactpersoon = contactpersoon.orElse(null);
    return b;
  }

  /** Returns whether the inburgeraar belongs to the target group of art. 13(1) Wi. */
  public boolean isAsielstatushouder() {
    return inburgeraar.doelgroep() == Doelgroep.ASIELSTATUSHOUDER;
  }

  /** Returns the termijn computed from the first PIP and the verlengingen, if there is a PIP. */
  public Optional<Inburgeringstermijn> berekendeTermijn() {
    return pip.map(p -> Inburgeringstermijn.berekend(p.initieel().dagtekening(), verlengingen));
  }

  /** Shows no personal data: the inburgeraar masks itself, and only counts of the rest are shown. */
  @Override
  public String toString() {
    return "Dossier["
        + inburgeraar
        + ", pipVersies="
        + pip.map(p -> p.versies().size()).orElse(0)
        + ", examens="
        + examens.size()
        + "]";
  }

  /** Builder of {@link Dossier}. */
  public static final class Builder {
    private Inburgeraar inburgeraar;
    private Inburgeringsplicht plicht;
    private final List<Vrijstelling> vrijstellingen = new ArrayList<>();
    private final List<Ontheffing> ontheffingen = new ArrayList<>();
    private BredeIntake bredeIntake;
    private Pip pip;
    private Inburgeringstermijn termijn;
    private final List<Verlenging> verlengingen = new ArrayList<>();
    private final List<Verhuizing> verhuizingen = new ArrayList<>();
    private Uren uren = Uren.GEEN;
    private final List<Examenresultaat> examens = new ArrayList<>();
    private Afronding pvt;
    private Afronding map;
    private LocalDate zrouteAfgerond;
    private Lening lening;
    private Contactpersoon contactpersoon;

    private Builder() {}

    /** Sets inburgeraar (required). */
    public Builder inburgeraar(Inburgeraar v) {
      this.inburgeraar = v;
      return this;
    }

    /** Sets plicht (required). */
    public Builder plicht(Inburgeringsplicht v) {
      this.plicht = v;
      return this;
    }

    /** Adds to vrijstellingen. */
    public Builder addVrijstellingen(Vrijstelling v) {
      this.vrijstellingen.add(Checks.required(v, "vrijstellingen"));
      return this;
    }

    /** Replaces vrijstellingen. */
    public Builder vrijstellingen(java.util.Collection<? extends Vrijstelling> v) {
      this.vrijstellingen.clear();
      this.vrijstellingen.addAll(Checks.list(v, "vrijstellingen"));
      return this;
    }

    /** Adds to ontheffingen. */
    public Builder addOntheffingen(Ontheffing v) {
      this.ontheffingen.add(Checks.required(v, "ontheffingen"));
      return this;
    }

    /** Replaces ontheffingen. */
    public Builder ontheffingen(java.util.Collection<? extends Ontheffing> v) {
      this.ontheffingen.clear();
      this.ontheffingen.addAll(Checks.list(v, "ontheffingen"));
      return this;
    }

    /** Sets bredeIntake (optional, null clears it). */
    public Builder bredeIntake(BredeIntake v) {
      this.bredeIntake = v;
      return this;
    }

    /** Sets pip (optional, null clears it). */
    public Builder pip(Pip v) {
      this.pip = v;
      return this;
    }

    /** Sets termijn (optional, null clears it). */
    public Builder termijn(Inburgeringstermijn v) {
      this.termijn = v;
      return this;
    }

    /** Adds to verlengingen. */
    public Builder addVerlengingen(Verlenging v) {
      this.verlengingen.add(Checks.required(v, "verlengingen"));
      return this;
    }

    /** Replaces verlengingen. */
    public Builder verlengingen(java.util.Collection<? extends Verlenging> v) {
      this.verlengingen.clear();
      this.verlengingen.addAll(Checks.list(v, "verlengingen"));
      return this;
    }

    /** Adds to verhuizingen. */
    public Builder addVerhuizingen(Verhuizing v) {
      this.verhuizingen.add(Checks.required(v, "verhuizingen"));
      return this;
    }

    /** Replaces verhuizingen. */
    public Builder verhuizingen(java.util.Collection<? extends Verhuizing> v) {
      this.verhuizingen.clear();
      this.verhuizingen.addAll(Checks.list(v, "verhuizingen"));
      return this;
    }

    /** Sets uren (required). */
    public Builder uren(Uren v) {
      this.uren = v;
      return this;
    }

    /** Adds to examens. */
    public Builder addExamens(Examenresultaat v) {
      this.examens.add(Checks.required(v, "examens"));
      return this;
    }

    /** Replaces examens. */
    public Builder examens(java.util.Collection<? extends Examenresultaat> v) {
      this.examens.clear();
      this.examens.addAll(Checks.list(v, "examens"));
      return this;
    }

    /** Sets pvt (optional, null clears it). */
    public Builder pvt(Afronding v) {
      this.pvt = v;
      return this;
    }

    /** Sets map (optional, null clears it). */
    public Builder map(Afronding v) {
      this.map = v;
      return this;
    }

    /** Sets zrouteAfgerond (optional, null clears it). */
    public Builder zrouteAfgerond(LocalDate v) {
      this.zrouteAfgerond = v;
      return this;
    }

    /** Sets lening (optional, null clears it). */
    public Builder lening(Lening v) {
      this.lening = v;
      return this;
    }

    /** Sets contactpersoon (optional, null clears it). */
    public Builder contactpersoon(Contactpersoon v) {
      this.contactpersoon = v;
      return this;
    }

    /** Builds the dossier. */
    public Dossier build() {
      return new Dossier(
          inburgeraar,
          plicht,
          vrijstellingen,
          ontheffingen,
          Optional.ofNullable(bredeIntake),
          Optional.ofNullable(pip),
          Optional.ofNullable(termijn),
          verlengingen,
          verhuizingen,
          uren,
          examens,
          Optional.ofNullable(pvt),
          Optional.ofNullable(map),
          Optional.ofNullable(zrouteAfgerond),
          Optional.ofNullable(lening),
          Optional.ofNullable(contactpersoon));
    }
  }
}
