package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The parts of the inburgeringsexamen (art. 3.3 and 3.4 BI; DUO M2M Examen API, schema {@code
 * ExamenonderdeelWI2021Inburgering}).
 */
public enum Examenonderdeel implements Code {
  /** Kennis van de Nederlandse Maatschappij (art. 3.4 BI). */
  KNM("KNM", "Kennis van de Nederlandse Maatschappij"),
  /** Leesvaardigheid. */
  LE("LE", "Leesvaardigheid"),
  /** Luistervaardigheid. */
  LU("LU", "Luistervaardigheid"),
  /** Schrijfvaardigheid. */
  SC("SC", "Schrijfvaardigheid"),
  /** Spreekvaardigheid. */
  SP("SP", "Spreekvaardigheid");

  private final String code;
  private final String omschrijving;

  Examenonderdeel(String code, String omschrijving) {
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
  public static Examenonderdeel fromCode(String code) {
    return Codes.fromCode(Examenonderdeel.class, code);
  }

  /** Returns whether this is one of the four language parts (everything but KNM). */
  public boolean isTaalonderdeel() {
    return this != KNM;
  }

  /** Returns the four language parts LE, LU, SC and SP. */
  public static java.util.Set<Examenonderdeel> taalonderdelen() {
    return java.util.Set.of(LE, LU, SC, SP);
  }
}
