package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The result of one exam sitting (DUO M2M Examen API, schema {@code ExamenresultaatWI2021}).
 */
public enum Examenuitslag implements Code {
  /** Geslaagd. */
  GESLAAGD("Geslaagd", "Geslaagd"),
  /** Gezakt. */
  GEZAKT("Gezakt", "Gezakt"),
  /** Geen resultaat (afgemeld, absent). */
  GEEN("Geen", "Geen resultaat");

  private final String code;
  private final String omschrijving;

  Examenuitslag(String code, String omschrijving) {
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
  public static Examenuitslag fromCode(String code) {
    return Codes.fromCode(Examenuitslag.class, code);
  }

}
