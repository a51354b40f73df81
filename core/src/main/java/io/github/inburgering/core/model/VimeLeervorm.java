package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Where language learning takes place, after the three domains of the VIME model (Volunteers In
 * Migrant Education, Erasmus+ 2016–2018; Het Begint met Taal, VIME model 2024): formeel, non-formeel
 * and informeel (VIME's &quot;social engagement&quot;). The letters V-I-M-E are the project's name,
 * not categories. Equating social engagement with informeel leren is this library's interpretation.
 */
public enum VimeLeervorm implements Code {
  /** Formeel: led by a qualified teacher, towards a recognised qualification (roc, keurmerk taalaanbieder). */
  FORMEEL("FORMEEL", "Formeel leren"),
  /** Non-formeel: organised, outside the formal system, no qualification (bibliotheek, Taalhuis, taalcoach). */
  NON_FORMEEL("NON_FORMEEL", "Non-formeel leren"),
  /** Informeel / social engagement: activities without an explicit language goal (clubs, sport, neighbours). */
  INFORMEEL("INFORMEEL", "Informeel leren (sociale activiteiten)");

  private final String code;
  private final String omschrijving;

  VimeLeervorm(String code, String omschrijving) {
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
  public static VimeLeervorm fromCode(String code) {
    return Codes.fromCode(VimeLeervorm.class, code);
  }

}
