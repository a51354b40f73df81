package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Levels of the Common European Framework of Reference (ERK / CEFR) used for exams.
 */
public enum Taalniveau implements Code {
  /** A1. */
  A1("A1", "A1"),
  /** A2. */
  A2("A2", "A2"),
  /** B1. */
  B1("B1", "B1"),
  /** B2 (Staatsexamen NT2 programma II). */
  B2("B2", "B2"),
  /** C1. */
  C1("C1", "C1"),
  /** C2. */
  C2("C2", "C2");

  private final String code;
  private final String omschrijving;

  Taalniveau(String code, String omschrijving) {
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
  public static Taalniveau fromCode(String code) {
    return Codes.fromCode(Taalniveau.class, code);
  }

}
