package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The ground on which the inburgeringsplicht arises (art. 3(1) Wi).
 */
public enum PlichtGrond implements Code {
  /** Verblijf anders dan voor een tijdelijk doel (art. 3(1)(a) Wi). */
  NIET_TIJDELIJK_VERBLIJF("A", "Verblijf anders dan voor een tijdelijk doel"),
  /** Geestelijk bedienaar (art. 3(1)(b) Wi). */
  GEESTELIJK_BEDIENAAR("B", "Geestelijk bedienaar");

  private final String code;
  private final String omschrijving;

  PlichtGrond(String code, String omschrijving) {
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
  public static PlichtGrond fromCode(String code) {
    return Codes.fromCode(PlichtGrond.class, code);
  }

}
