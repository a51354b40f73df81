package io.github.inburgering.core.regels;

import java.util.Objects;

/**
 * The legal basis of a rule: an instrument and a place in it.
 *
 * @param instrument the law, decree, regulation or specification
 * @param plaats the article with lid and onderdeel (for example {@code "art. 15 lid 1 onder c"}), or
 *     for DUO the section of its README (for example {@code "PIP, Niveau"})
 */
public record Grondslag(Instrument instrument, String plaats) {
  /** Rejects missing components. */
  public Grondslag {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(plaats, "plaats");
  }

  /** Returns a citation of the Wet inburgering 2021, for example {@code wi("15 lid 1 onder c")}. */
  public static Grondslag wi(String artikel) {
    return new Grondslag(Instrument.WI, "art. " + artikel);
  }

  /** Returns a citation of the Besluit inburgering 2021. */
  public static Grondslag bi(String artikel) {
    return new Grondslag(Instrument.BI, "art. " + artikel);
  }

  /** Returns a citation of the Regeling inburgering 2021. */
  public static Grondslag ri(String artikel) {
    return new Grondslag(Instrument.RI, "art. " + artikel);
  }

  /** Returns a citation of DUO's M2M acceptance rules. */
  public static Grondslag duo(String onderdeel) {
    return new Grondslag(Instrument.DUO_M2M, onderdeel);
  }

  /** Returns the citation, for example {@code art. 15 lid 1 onder c Wi}. */
  @Override
  public String toString() {
    return instrument == Instrument.DUO_M2M
        ? instrument.titel() + " (" + plaats + ")"
        : plaats + " " + instrument.afkorting();
  }
}
