package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * DUO's decision on an application (DUO M2M Vrijstelling/Ontheffing API, schema {@code
 * AanvraagOordeel}).
 */
public enum Oordeel implements Code {
  /** Toekenning: granted. */
  TOEKENNING("Toekenning", "Toekenning"),
  /** Afwijzing: refused. */
  AFWIJZING("Afwijzing", "Afwijzing");

  private final String code;
  private final String omschrijving;

  Oordeel(String code, String omschrijving) {
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
  public static Oordeel fromCode(String code) {
    return Codes.fromCode(Oordeel.class, code);
  }

}
