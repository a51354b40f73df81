package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.Periode;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;

/**
 * A vrijstelling decided by DUO (art. 4 Wi; art. 2.1–2.3 BI; art. 2.1–2.2 and 3.12–3.14 RI), in the
 * three forms of DUO's Vrijstelling API. Whether the reden fits the form is a rule of the catalogue
 * ({@code VR-001}), not a construction error, because DUO documents can carry any combination.
 */
public sealed interface Vrijstelling
    permits Vrijstelling.Geheel, Vrijstelling.Tijdelijk, Vrijstelling.Gedeeltelijk {

  /** Returns the ground. */
  RedenVrijstelling reden();

  /** Returns DUO's decision. */
  Oordeel oordeel();

  /** Returns the date of the decision. */
  LocalDate datumOordeel();

  /** Returns whether DUO granted it. */
  default boolean isToegekend() {
    return oordeel() == Oordeel.TOEKENNING;
  }

  /** Gehele vrijstelling: the plicht does not apply at all. */
  record Geheel(RedenVrijstelling reden, Oordeel oordeel, LocalDate datumOordeel)
      implements Vrijstelling {
    /** Rejects missing components. */
    public Geheel {
      Checks.required(reden, "Vrijstelling.reden");
      Checks.required(oordeel, "Vrijstelling.oordeel");
      Checks.required(datumOordeel, "Vrijstelling.datumOordeel");
    }
  }

  /** Tijdelijke vrijstelling while following an exempting education (art. 4(1)(d) Wi, art. 2.2 RI). */
  record Tijdelijk(RedenVrijstelling reden, Oordeel oordeel, LocalDate datumOordeel, Periode periode)
      implements Vrijstelling {
    /** Rejects missing components. */
    public Tijdelijk {
      Checks.required(reden, "Vrijstelling.reden");
      Checks.required(oordeel, "Vrijstelling.oordeel");
      Checks.required(datumOordeel, "Vrijstelling.datumOordeel");
      Checks.required(periode, "Vrijstelling.periode");
    }
  }

  /**
   * Gedeeltelijke vrijstelling of one language part at a level (art. 7(3) Wi, art. 3.12–3.13 RI).
   */
  record Gedeeltelijk(
      RedenVrijstelling reden,
      Oordeel oordeel,
      LocalDate datumOordeel,
      Examenonderdeel onderdeel,
      NiveauPip niveau)
      implements Vrijstelling {
    /** Rejects missing components and KNM, which DUO's API does not allow here. */
    public Gedeeltelijk {
      Checks.required(reden, "Vrijstelling.reden");
      Checks.required(oordeel, "Vrijstelling.oordeel");
      Checks.required(datumOordeel, "Vrijstelling.datumOordeel");
      Checks.required(onderdeel, "Vrijstelling.onderdeel");
      Checks.required(niveau, "Vrijstelling.niveau");
      if (!onderdeel.isTaalonderdeel()) {
        throw new InburgeringException(
            Reason.OUT_OF_RANGE, "Vrijstelling.onderdeel", "only LE, LU, SC or SP");
      }
    }
  }
}
