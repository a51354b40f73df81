package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Highest education followed, as recorded in the brede intake (art. 14(3)(b) Wi). The values follow
 * the list {@code CodeNiveauOpleiding} of the Gemeentelijk Gegevensmodel (a municipal model, not a
 * statutory code list), plus {@code GEEN} for no formal education.
 */
public enum Opleidingsniveau implements Code {
  /** Geen formeel onderwijs. */
  GEEN("GEEN", "Geen formeel onderwijs"),
  /** Basisonderwijs. */
  BASISONDERWIJS("BO", "Basisonderwijs"),
  /** VMBO / MBO-1. */
  VMBO_MBO1("VMBO", "VMBO / MBO-1"),
  /** MBO. */
  MBO("MBO", "MBO"),
  /** HAVO / VWO. */
  HAVO_VWO("HAVOVWO", "HAVO / VWO"),
  /** HBO / Bachelor. */
  HBO("HBO", "HBO / Bachelor"),
  /** WO / Master. */
  WO("WO", "WO / Master");

  private final String code;
  private final String omschrijving;

  Opleidingsniveau(String code, String omschrijving) {
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
  public static Opleidingsniveau fromCode(String code) {
    return Codes.fromCode(Opleidingsniveau.class, code);
  }

}
