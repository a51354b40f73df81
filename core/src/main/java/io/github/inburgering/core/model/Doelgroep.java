package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The two target groups of the law (DUO M2M Inburgeringsplicht API, schema {@code
 * Doelgroepindeling}). The group decides maatschappelijke begeleiding (art. 13 Wi), the
 * inburgeringsaanbod (art. 16 Wi), ontzorgen (art. 56a Participatiewet), the Z-route hour norm (art.
 * 3.14 BI) and the DUO loan (art. 19 Wi).
 */
public enum Doelgroep implements Code {
  /** Asielstatushouder: the inburgeringsplichtige of art. 13(1) Wi (art. 1.1 BI). */
  ASIELSTATUSHOUDER("Asielstatushouder", "Asielstatushouder"),
  /** Gezinsmigrant en overige migrant: the inburgeringsplichtige of art. 19 Wi (art. 1.1 BI). */
  GEZINSMIGRANT_EN_OVERIGE_MIGRANT("Gezinsmigrant en overige migrant", "Gezinsmigrant en overige migrant");

  private final String code;
  private final String omschrijving;

  Doelgroep(String code, String omschrijving) {
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
  public static Doelgroep fromCode(String code) {
    return Codes.fromCode(Doelgroep.class, code);
  }

}
