package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Grounds on which the college exempts a person from the leerbaarheidstoets (art. 14(6) Wi).
 */
public enum LeerbaarheidstoetsOntheffingsgrond implements Code {
  /** Visuele beperking (art. 14(6)(a) Wi). */
  VISUELE_BEPERKING("VISUEEL", "Visuele beperking"),
  /** Auditieve beperking, niet in staat geacht de toets af te leggen (art. 14(6)(b) Wi). */
  AUDITIEVE_BEPERKING("AUDITIEF", "Auditieve beperking");

  private final String code;
  private final String omschrijving;

  LeerbaarheidstoetsOntheffingsgrond(String code, String omschrijving) {
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
  public static LeerbaarheidstoetsOntheffingsgrond fromCode(String code) {
    return Codes.fromCode(LeerbaarheidstoetsOntheffingsgrond.class, code);
  }

}
