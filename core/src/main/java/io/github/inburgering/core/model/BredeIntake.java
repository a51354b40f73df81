package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The brede intake (art. 14 Wi, art. 5.2 BI): the college's investigation of the possibilities the
 * person has to meet the plicht, on which the PIP is based (art. 15(1) Wi).
 *
 * <p>Parts may still be missing while the intake runs; the rules {@code BI-001}, {@code BI-004} and
 * {@code BI-005} report a missing part once a PIP has been adopted.
 *
 * @param startdatum the day of the first intake talk
 * @param afgerond the day the intake was completed, if it was
 * @param leerbaarheidstoets the test result or the ontheffing from it
 * @param opleidingEnWerkervaring education and work experience (art. 14(3)(b) Wi)
 * @param persoonlijkeOmstandigheden personal circumstances incl. health (art. 14(3)(c) Wi)
 * @param geadviseerdeLeerroute the leerroute the intake advises
 * @param nt2UrenTijdensIntake NT2 course hours followed during the intake (they may count, art.
 *     3.14(6) and 5.5(2) BI)
 */
public record BredeIntake(
    LocalDate startdatum,
    Optional<LocalDate> afgerond,
    Optional<Leerbaarheidstoets> leerbaarheidstoets,
    Optional<OpleidingEnWerkervaring> opleidingEnWerkervaring,
    Optional<PersoonlijkeOmstandigheden> persoonlijkeOmstandigheden,
    Optional<Leerroute> geadviseerdeLeerroute,
    int nt2UrenTijdensIntake) {

  /** Checks the structural invariants. */
  public BredeIntake {
    Checks.required(startdatum, "BredeIntake.startdatum");
    Checks.required(afgerond, "BredeIntake.afgerond");
    Checks.required(leerbaarheidstoets, "BredeIntake.leerbaarheidstoets");
    Checks.required(opleidingEnWerkervaring, "BredeIntake.opleidingEnWerkervaring");
    Checks.required(persoonlijkeOmstandigheden, "BredeIntake.persoonlijkeOmstandigheden");
    Checks.required(geadviseerdeLeerroute, "BredeIntake.geadviseerdeLeerroute");
    Checks.range(nt2UrenTijdensIntake, 0, 10_000, "BredeIntake.nt2UrenTijdensIntake");
    if (afgerond.isPresent() && afgerond.get().isBefore(startdatum)) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "BredeIntake.afgerond", "completion lies before the start");
    }
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this intake. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.startdatum = startdatum;
    b.afgerond = afgerond.orElse(null);
    b.leerbaarheidstoets = leerbaarheidstoets.orElse(null);
    b.opleidingEnWerkervaring = opleidingEnWerkervaring.orElse(null);
    b.persoonlijkeOmstandigheden = persoonlijkeOmstandigheden.orElse(null);
    b.geadviseerdeLeerroute = geadviseerdeLeerroute.orElse(null);
    b.nt2UrenTijdensIntake = nt2UrenTijdensIntake;
    return b;
  }

  /** Builder of {@link BredeIntake}. */
  public static final class Builder {
    private LocalDate startdatum;
    private LocalDate afgerond;
    private Leerbaarheidstoets leerbaarheidstoets;
    private OpleidingEnWerkervaring opleidingEnWerkervaring;
    private PersoonlijkeOmstandigheden persoonlijkeOmstandigheden;
    private Leerroute geadviseerdeLeerroute;
    private int nt2UrenTijdensIntake;

    private Builder() {}

    /** Sets the start date (required). */
    public Builder startdatum(LocalDate v) {
      this.startdatum = v;
      return this;
    }

    /** Sets the completion date (optional). */
    public Builder afgerond(LocalDate v) {
      this.afgerond = v;
      return this;
    }

    /** Sets the leerbaarheidstoets outcome or ontheffing (optional). */
    public Builder leerbaarheidstoets(Leerbaarheidstoets v) {
      this.leerbaarheidstoets = v;
      return this;
    }

    /** Sets education and work experience (optional). */
    public Builder opleidingEnWerkervaring(OpleidingEnWerkervaring v) {
      this.opleidingEnWerkervaring = v;
      return this;
    }

    /** Sets personal circumstances (optional). */
    public Builder persoonlijkeOmstandigheden(PersoonlijkeOmstandigheden v) {
      this.persoonlijkeOmstandigheden = v;
      return this;
    }

    /** Sets the advised leerroute (optional). */
    public Builder geadviseerdeLeerroute(Leerroute v) {
      this.geadviseerdeLeerroute = v;
      return this;
    }

    /** Sets the NT2 hours followed during the intake (default 0). */
    public Builder nt2UrenTijdensIntake(int v) {
      this.nt2UrenTijdensIntake = v;
      return this;
    }

    /** Builds the value. */
    public BredeIntake build() {
      return new BredeIntake(
          startdatum,
          Optional.ofNullable(afgerond),
          Optional.ofNullable(leerbaarheidstoets),
          Optional.ofNullable(opleidingEnWerkervaring),
          Optional.ofNullable(persoonlijkeOmstandigheden),
          Optional.ofNullable(geadviseerdeLeerroute),
          nt2UrenTijdensIntake);
    }
  }
}
