package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Codes;
import io.github.inburgering.core.model.Code;

/** Kinds of hours the lifecycle counts (art. 3.14 and 5.5 BI; art. 7.4 RI). */
public enum Urensoort implements Code {
  /** NT2 course hours, alfabetisering included, at a keurmerk or taalschakel institution. */
  NT2,
  /** KNM course hours at a keurmerk institution. */
  KNM,
  /** Participation activities of the Z-route (art. 3.14(2)(b) BI). */
  PARTICIPATIE;

  /** Returns the code as exchanged: the constant's name. */
  @Override
  public String code() {
    return name();
  }

  /** Returns the constant's name in lower case with spaces: the Dutch label. */
  @Override
  public String omschrijving() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns the kind of hours with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static Urensoort fromCode(String code) {
    return Codes.fromCode(Urensoort.class, code);
  }
}
