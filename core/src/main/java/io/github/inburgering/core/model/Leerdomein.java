package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The eight functional leerdomeinen for non-formal learning worked out by ITTA (report
 * &quot;Basisvaardigheden en anderstaligen in bibliotheken en taalcoachorganisaties&quot;, 22 March
 * 2021, for the KB and Het Begint met Taal). The names are ITTA's; the codes {@code LD1}–{@code LD8}
 * are this library's, because no official codes exist.
 */
public enum Leerdomein implements Code {
  /** Taal voor werk en opleiding. */
  WERK_EN_OPLEIDING("LD1", "Taal voor werk en opleiding"),
  /** Taal bij inburgering en naturalisatie. */
  INBURGERING_EN_NATURALISATIE("LD2", "Taal bij inburgering en naturalisatie"),
  /** Taal bij opvoeding. */
  OPVOEDING("LD3", "Taal bij opvoeding"),
  /** Taal bij gezondheid en bewegen. */
  GEZONDHEID_EN_BEWEGEN("LD4", "Taal bij gezondheid en bewegen"),
  /** Taal bij zaken regelen. */
  ZAKEN_REGELEN("LD5", "Taal bij zaken regelen"),
  /** Taal bij vrije tijd en sociale activiteiten. */
  VRIJE_TIJD_EN_SOCIALE_ACTIVITEITEN("LD6", "Taal bij vrije tijd en sociale activiteiten"),
  /** Digitale vaardigheden. */
  DIGITALE_VAARDIGHEDEN("LD7", "Digitale vaardigheden"),
  /** Rekenvaardigheden. */
  REKENVAARDIGHEDEN("LD8", "Rekenvaardigheden");

  private final String code;
  private final String omschrijving;

  Leerdomein(String code, String omschrijving) {
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
  public static Leerdomein fromCode(String code) {
    return Codes.fromCode(Leerdomein.class, code);
  }

}
