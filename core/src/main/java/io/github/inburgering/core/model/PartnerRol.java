package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The roles of organisations in the inburgering chain. Public bodies are identified by their {@link
 * io.github.inburgering.core.id.Oin}; private organisations by OIN or KvK number.
 */
public enum PartnerRol implements Code {
  /** Gemeente (the college, art. 1 Wi). */
  GEMEENTE("GEMEENTE", "Gemeente", true),
  /** DUO, acting for the Minister of SZW. */
  DUO("DUO", "Dienst Uitvoering Onderwijs", true),
  /** Taalaanbieder; for the inburgeringsaanbod it needs the keurmerk of art. 32 Wi. */
  TAALAANBIEDER("TAALAANBIEDER", "Taalaanbieder", false),
  /** Instelling for the taalschakeltraject (art. 8(2) Wi). */
  TAALSCHAKELINSTELLING("TAALSCHAKEL", "Taalschakelinstelling", false),
  /** Bibliotheek. */
  BIBLIOTHEEK("BIBLIOTHEEK", "Bibliotheek", false),
  /** Taalhuis. */
  TAALHUIS("TAALHUIS", "Taalhuis", false),
  /** VluchtelingenWerk (often the provider of maatschappelijke begeleiding). */
  VLUCHTELINGENWERK("VWN", "VluchtelingenWerk", false),
  /** Centraal Orgaan opvang asielzoekers. */
  COA("COA", "Centraal Orgaan opvang asielzoekers", true),
  /** Werkgever. */
  WERKGEVER("WERKGEVER", "Werkgever", false),
  /** Welzijnsorganisatie. */
  WELZIJN("WELZIJN", "Welzijnsorganisatie", false);

  private final String code;
  private final String omschrijving;
  private final boolean publiek;

  PartnerRol(String code, String omschrijving, boolean publiek) {
    this.code = code;
    this.omschrijving = omschrijving;
    this.publiek = publiek;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String omschrijving() {
    return omschrijving;
  }

  /** Returns whether the role is a public body that must be identified by OIN. */
  public boolean isPubliek() {
    return publiek;
  }

  /**
   * Returns the constant with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static PartnerRol fromCode(String code) {
    return Codes.fromCode(PartnerRol.class, code);
  }
}
