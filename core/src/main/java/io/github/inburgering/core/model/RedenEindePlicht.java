package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Why the inburgeringsplicht ended (DUO M2M Inburgeringsplicht API, {@code
 * RedenGeenInburgeringsplicht}).
 */
public enum RedenEindePlicht implements Code {
  /** Volledige ontheffing. */
  VOLLEDIGE_ONTHEFFING("Volledige ontheffing", "Volledige ontheffing"),
  /** Volledige vrijstelling. */
  VOLLEDIGE_VRIJSTELLING("Volledige vrijstelling", "Volledige vrijstelling"),
  /** Inburgeringsplicht voldaan. */
  VOLDAAN("Inburgeringsplicht voldaan", "Inburgeringsplicht voldaan"),
  /** Verblijfsdoel gewijzigd. */
  VERBLIJFSDOEL_GEWIJZIGD("Verblijfsdoel gewijzigd", "Verblijfsdoel gewijzigd"),
  /** Vertrek uit Nederland langer dan een jaar (art. 2.1 BI). */
  VERTREK("Vertrek uit Nederland langer dan een jaar", "Vertrek uit Nederland langer dan een jaar"),
  /** Overlijden. */
  OVERLIJDEN("Overlijden", "Overlijden"),
  /** Overig (for example naturalisation or reaching the AOW age). */
  OVERIG("Overig", "Overig"),
  /** Tijdelijke vrijstelling. */
  TIJDELIJKE_VRIJSTELLING("Tijdelijke vrijstelling", "Tijdelijke vrijstelling");

  private final String code;
  private final String omschrijving;

  RedenEindePlicht(String code, String omschrijving) {
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
  public static RedenEindePlicht fromCode(String code) {
    return Codes.fromCode(RedenEindePlicht.class, code);
  }

}
