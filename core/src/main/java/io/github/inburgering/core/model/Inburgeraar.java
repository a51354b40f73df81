package io.github.inburgering.core.model;

import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.id.VNummer;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The person who is (or may be) inburgeringsplichtig.
 *
 * <p>Personal data: {@link #toString()} shows neither the BSN, nor the name, nor the birth date.
 *
 * @param bsn burgerservicenummer
 * @param vNummer the IND's vreemdelingennummer, if known
 * @param naam the name, if the holder of this record may know it
 * @param geboortedatum date of birth
 * @param doelgroep the legal target group
 * @param gedetailleerdeDoelgroep DUO's finer target group, if known
 * @param gemeente the gemeente responsible (art. 1 Wi: woonplaats, or for asielstatushouders the
 *     gemeente of housing)
 * @param vestigingsdatum the date the person settled in (was registered in the BRP of) that gemeente
 */
public record Inburgeraar(
    Bsn bsn,
    Optional<VNummer> vNummer,
    Optional<Naam> naam,
    LocalDate geboortedatum,
    Doelgroep doelgroep,
    Optional<GedetailleerdeDoelgroep> gedetailleerdeDoelgroep,
    Gemeentecode gemeente,
    Optional<LocalDate> vestigingsdatum) {

  /** Rejects missing components. */
  public Inburgeraar {
    Checks.required(bsn, "Inburgeraar.bsn");
    Checks.required(vNummer, "Inburgeraar.vNummer");
    Checks.required(naam, "Inburgeraar.naam");
    Checks.required(geboortedatum, "Inburgeraar.geboortedatum");
    Checks.required(doelgroep, "Inburgeraar.doelgroep");
    Checks.required(gedetailleerdeDoelgroep, "Inburgeraar.gedetailleerdeDoelgroep");
    Checks.required(gemeente, "Inburgeraar.gemeente");
    Checks.required(vestigingsdatum, "Inburgeraar.vestigingsdatum");
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this value. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.bsn = bsn;
    b.vNummer = vNummer.orElse(null);
    b.naam = naam.orElse(null);
    b.geboortedatum = geboortedatum;
    b.doelgroep = doelgroep;
    b.gedetailleerdeDoelgroep = gedetailleerdeDoelgroep.orElse(null);
    b.gemeente = gemeente;
    b.vestigingsdatum = vestigingsdatum.orElse(null);
    return b;
  }

  /** Shows the target group and the gemeente only: no BSN, name or birth date. */
  @Override
  public String toString() {
    return "Inburgeraar[" + bsn + ", doelgroep=" + doelgroep.code() + ", gemeente=" + gemeente + "]";
  }

  /** Builder of {@link Inburgeraar}; {@link #build()} checks the invariants. */
  public static final class Builder {
    private Bsn bsn;
    private VNummer vNummer;
    private Naam naam;
    private LocalDate geboortedatum;
    private Doelgroep doelgroep;
    private GedetailleerdeDoelgroep gedetailleerdeDoelgroep;
    private Gemeentecode gemeente;
    private LocalDate vestigingsdatum;

    private Builder() {}

    /** Sets the BSN (required). */
    public Builder bsn(Bsn v) {
      this.bsn = v;
      return this;
    }

    /** Sets the v-nummer (optional, {@code null} clears it). */
    public Builder vNummer(VNummer v) {
      this.vNummer = v;
      return this;
    }

    /** Sets the name (optional). */
    public Builder naam(Naam v) {
      this.naam = v;
      return this;
    }

    /** Sets the date of birth (required). */
    public Builder geboortedatum(LocalDate v) {
      this.geboortedatum = v;
      return this;
    }

    /** Sets the target group (required). */
    public Builder doelgroep(Doelgroep v) {
      this.doelgroep = v;
      return this;
    }

    /** Sets DUO's detailed target group (optional). */
    public Builder gedetailleerdeDoelgroep(GedetailleerdeDoelgroep v) {
      this.gedetailleerdeDoelgroep = v;
      return this;
    }

    /** Sets the responsible gemeente (required). */
    public Builder gemeente(Gemeentecode v) {
      this.gemeente = v;
      return this;
    }

    /** Sets the date of settlement in the gemeente (optional). */
    public Builder vestigingsdatum(LocalDate v) {
      this.vestigingsdatum = v;
      return this;
    }

    /** Builds the value. */
    public Inburgeraar build() {
      return new Inburgeraar(
          bsn,
          Optional.ofNullable(vNummer),
          Optional.ofNullable(naam),
          geboortedatum,
          doelgroep,
          Optional.ofNullable(gedetailleerdeDoelgroep),
          gemeente,
          Optional.ofNullable(vestigingsdatum));
    }
  }
}
