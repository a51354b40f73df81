package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Grounds for extending the inburgeringstermijn (art. 12 Wi, art. 4.3–4.4 BI, art. 4.1–4.2 RI).
 * DUO serves its grounds as a dynamic list; these are the grounds of the Regeling.
 */
public enum Verlengingsgrond implements Code {
  /** Ziekte ≥ 3 months of the person, partner or first-degree relative (art. 4.1(1)(a) RI). */
  ZIEKTE("ZIEKTE", "Ziekte"),
  /** Overlijden partner or first-degree relative: 3 months (art. 4.1(2) RI). */
  OVERLIJDEN("OVERLIJDEN", "Overlijden van partner of eerstegraads familielid"),
  /** Bevalling: 16 weeks (art. 4.1(2) RI). */
  BEVALLING("BEVALLING", "Bevalling"),
  /** Verblijf in een opvanghuis ≥ 3 months. */
  OPVANG("OPVANG", "Verblijf in een opvang (Blijf-van-mijn-lijfhuis)"),
  /** Alfabetiseringscursus ≥ 3 months, B1- or onderwijsroute only, at most 6 months. */
  ALFABETISERING("ALFABETISERING", "Alfabetiseringscursus"),
  /** Dakloosheid ≥ 3 months, at most 2 years. */
  DAKLOOSHEID("DAKLOOSHEID", "Dakloosheid"),
  /** No inburgeringsaanbod within 3 months after the PIP. */
  GEEN_AANBOD("GEEN_AANBOD", "Geen tijdig inburgeringsaanbod"),
  /** Cursusinstelling unable to offer ≥ 3 months, at most 6 months. */
  INSTELLING("INSTELLING", "Cursusinstelling niet in staat"),
  /** Non-culpable special individual circumstance ≥ 3 months, at most 2 years. */
  BIJZONDERE_OMSTANDIGHEID("BIJZONDER", "Bijzondere individuele omstandigheid"),
  /** Combination of grounds together ≥ 3 months. */
  COMBINATIE("COMBINATIE", "Combinatie van omstandigheden"),
  /** Niet-vrijstellende opleiding (art. 4.3(2) BI, art. 4.2 RI; since 2023-01-01). */
  NIET_VRIJSTELLENDE_OPLEIDING("NVO", "Niet-vrijstellende opleiding"),
  /** Aanzienlijke inspanning: 6 months (art. 12(1)(b) Wi, art. 4.4 BI). */
  AANZIENLIJKE_INSPANNING("INSPANNING", "Aanzienlijke inspanning");

  private final String code;
  private final String omschrijving;

  Verlengingsgrond(String code, String omschrijving) {
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
  public static Verlengingsgrond fromCode(String code) {
    return Codes.fromCode(Verlengingsgrond.class, code);
  }

}
