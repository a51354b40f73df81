package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * How the leerroute is paid for. Asielstatushouders receive the gemeente's inburgeringsaanbod (art. 16
 * Wi); gezinsmigranten and overige migranten pay themselves or borrow from DUO (art. 19–21 Wi).
 */
public enum Financiering implements Code {
  /** Inburgeringsaanbod of the gemeente (art. 16 Wi). */
  GEMEENTELIJK_AANBOD("GEMEENTE", "Inburgeringsaanbod van de gemeente"),
  /** Eigen middelen. */
  EIGEN_MIDDELEN("EIGEN", "Eigen middelen"),
  /** Sociale lening van DUO (art. 20 Wi). */
  DUO_LENING("LENING", "Lening DUO");

  private final String code;
  private final String omschrijving;

  Financiering(String code, String omschrijving) {
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
  public static Financiering fromCode(String code) {
    return Codes.fromCode(Financiering.class, code);
  }

}
