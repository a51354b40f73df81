package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The three leerroutes of art. 6(1)(c) and 7–9 Wi 2021, with DUO's codes {@code B}, {@code O} and
 * {@code Z} (DUO M2M PIP API, schema {@code Leerroute}).
 */
public enum Leerroute implements Code {
  /** B1-route (art. 7 Wi): the inburgeringsexamen at B1, or A2 after afschalen. */
  B1_ROUTE("B", "B1-route"),
  /** Onderwijsroute (art. 8 Wi): the taalschakeltraject towards mbo, hbo or wo. */
  ONDERWIJSROUTE("O", "Onderwijsroute"),
  /** Zelfredzaamheidsroute (art. 9 Wi; art. 3.14 BI). */
  Z_ROUTE("Z", "Zelfredzaamheidsroute");

  private final String code;
  private final String omschrijving;

  Leerroute(String code, String omschrijving) {
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
  public static Leerroute fromCode(String code) {
    return Codes.fromCode(Leerroute.class, code);
  }

}
