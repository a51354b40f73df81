package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Volunteer roles of the VIME model. The model names four roles; three are confirmed (language
 * assistant, language coach, language buddy), the fourth could not be verified and is not listed.
 */
public enum Vrijwilligersrol implements Code {
  /** Taalassistent (VIME Language Assistant): extra help inside the classroom. */
  TAALASSISTENT("TAALASSISTENT", "Taalassistent"),
  /** Taalcoach (VIME Language Coach): at home, in public or community venues. */
  TAALCOACH("TAALCOACH", "Taalcoach"),
  /** Taalmaatje (VIME Language Buddy): informal practice partner. */
  TAALMAATJE("TAALMAATJE", "Taalmaatje");

  private final String code;
  private final String omschrijving;

  Vrijwilligersrol(String code, String omschrijving) {
    this.code = code;
    this.omschrijving = omschrijving;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String omschrijving() {
    return omschrijving;
  }

  /**
   * Returns the constant with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static Vrijwilligersrol fromCode(String code) {
    return Codes.fromCode(Vrijwilligersrol.class, code);
  }

}
