package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Codes;
import io.github.inburgering.core.model.Code;

/** The three parts of the inburgeringsplicht (art. 6(1) Wi). */
public enum Verplichting implements Code {
  /** The participatieverklaringstraject (art. 6(1)(a) Wi). */
  PVT,
  /** The module Arbeidsmarkt en Participatie (art. 6(1)(b) Wi). */
  MAP,
  /** The leerroute: inburgeringsexamen, onderwijsroute or Z-route (art. 6(1)(c) Wi). */
  LEERROUTE;

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
   * Returns the part with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static Verplichting fromCode(String code) {
    return Codes.fromCode(Verplichting.class, code);
  }
}
