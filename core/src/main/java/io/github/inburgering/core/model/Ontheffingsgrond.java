package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Grounds of an ontheffing (art. 5 Wi; DUO M2M Ontheffing API, schema {@code
 * OntheffingsgrondInburgering}).
 */
public enum Ontheffingsgrond implements Code {
  /** Bijzondere individuele omstandigheden (art. 5(2) Wi, art. 2.8 BI): whole ontheffing only. */
  BIO("BIO", "Bijzondere individuele omstandigheden"),
  /** Medical: psychische of lichamelijke belemmering of verstandelijke beperking (art. 5(1) Wi, art. 2.7 BI). */
  MED("MED", "Medische belemmering");

  private final String code;
  private final String omschrijving;

  Ontheffingsgrond(String code, String omschrijving) {
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
  public static Ontheffingsgrond fromCode(String code) {
    return Codes.fromCode(Ontheffingsgrond.class, code);
  }

}
