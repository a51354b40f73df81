package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.Set;

/**
 * An ontheffing decided by DUO (art. 5 Wi; art. 2.7–2.8 BI): whole, or partial for exam parts.
 * Which combinations the law allows (BIO only whole, at most three language parts) is checked by the
 * catalogue ({@code ON-001}, {@code ON-002}).
 */
public sealed interface Ontheffing permits Ontheffing.Geheel, Ontheffing.Gedeeltelijk {

  /** Returns the ground. */
  Ontheffingsgrond grond();

  /** Returns DUO's decision. */
  Oordeel oordeel();

  /** Returns the date of the decision. */
  LocalDate datumOordeel();

  /** Returns whether DUO granted it. */
  default boolean isToegekend() {
    return oordeel() == Oordeel.TOEKENNING;
  }

  /** Gehele ontheffing: the plicht ends. */
  record Geheel(Ontheffingsgrond grond, Oordeel oordeel, LocalDate datumOordeel)
      implements Ontheffing {
    /** Rejects missing components. */
    public Geheel {
      Checks.required(grond, "Ontheffing.grond");
      Checks.required(oordeel, "Ontheffing.oordeel");
      Checks.required(datumOordeel, "Ontheffing.datumOordeel");
    }
  }

  /** Gedeeltelijke ontheffing of one or more exam parts. */
  record Gedeeltelijk(
      Ontheffingsgrond grond, Oordeel oordeel, LocalDate datumOordeel, Set<Examenonderdeel> onderdelen)
      implements Ontheffing {
    /** Rejects missing components and an empty set of parts. */
    public Gedeeltelijk {
      Checks.required(grond, "Ontheffing.grond");
      Checks.required(oordeel, "Ontheffing.oordeel");
      Checks.required(datumOordeel, "Ontheffing.datumOordeel");
      onderdelen = Checks.set(onderdelen, "Ontheffing.onderdelen");
      if (onderdelen.isEmpty()) {
        throw new InburgeringException(
            Reason.MISSING, "Ontheffing.onderdelen", "a partial ontheffing names at least one part");
      }
    }
  }
}
