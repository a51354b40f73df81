package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The level of the language exams agreed in a PIP (DUO M2M PIP API, schema {@code NiveauPip}). A2
 * only in the B1-route after afschalen (art. 17(3) Wi); DUO sets B1 when it is absent in the B1- or
 * onderwijsroute.
 */
public enum NiveauPip implements Code {
  /** A2 of the ERK (after afschalen, art. 17(3) Wi). */
  A2("A2", "A2"),
  /** B1 of the ERK, the legal norm (art. 7(1)(a) Wi). */
  B1("B1", "B1");

  private final String code;
  private final String omschrijving;

  NiveauPip(String code, String omschrijving) {
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
  public static NiveauPip fromCode(String code) {
    return Codes.fromCode(NiveauPip.class, code);
  }

}
