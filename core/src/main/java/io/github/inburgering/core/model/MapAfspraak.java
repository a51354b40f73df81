package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Checks;

/**
 * What the PIP says about the module Arbeidsmarkt en Participatie (art. 6(6) and 15(1)(c) Wi): its
 * intensity in hours, or that it does not apply because the person follows or completed the
 * taalschakeltraject (art. 8(3) Wi).
 */
public sealed interface MapAfspraak permits MapAfspraak.Intensiteit, MapAfspraak.NietVanToepassing {

  /**
   * The MAP applies with this intensity.
   *
   * @param uren planned hours, 1–9999 (at least 40 by art. 3.1 RI, rule {@code PIP-017})
   */
  record Intensiteit(int uren) implements MapAfspraak {
    /** Checks the range. */
    public Intensiteit {
      Checks.range(uren, 1, 9999, "MapAfspraak.uren");
    }
  }

  /** The MAP does not apply (art. 8(3) Wi). */
  record NietVanToepassing() implements MapAfspraak {}

  /** Returns the intensity form. */
  static MapAfspraak uren(int uren) {
    return new Intensiteit(uren);
  }

  /** Returns the not-applicable form. */
  static MapAfspraak nietVanToepassing() {
    return new NietVanToepassing();
  }
}
