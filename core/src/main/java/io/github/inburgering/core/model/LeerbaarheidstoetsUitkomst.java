package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The outcome of the leerbaarheidstoets (art. 14(3)(a) Wi; DUO M2M Leerbaarheidstoets API, schema
 * {@code LeerbaarheidstoetsResultaat}).
 */
public enum LeerbaarheidstoetsUitkomst implements Code {
  /** B1-route haalbaar. */
  B1_ROUTE_HAALBAAR("B1-route haalbaar", "B1-route haalbaar"),
  /** B1-route niet haalbaar. */
  B1_ROUTE_NIET_HAALBAAR("B1-route niet haalbaar", "B1-route niet haalbaar"),
  /** Onbekend. */
  ONBEKEND("Onbekend", "Onbekend");

  private final String code;
  private final String omschrijving;

  LeerbaarheidstoetsUitkomst(String code, String omschrijving) {
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
  public static LeerbaarheidstoetsUitkomst fromCode(String code) {
    return Codes.fromCode(LeerbaarheidstoetsUitkomst.class, code);
  }

}
