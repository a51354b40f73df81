package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Whether literacy education is part of the leerroute (DUO M2M PIP API, schema {@code
 * Alfabetiseringsonderwijs}).
 */
public enum Alfabetiseringsonderwijs implements Code {
  /** Onderwijs voor analfabeet. */
  A("A", "Onderwijs voor analfabeet"),
  /** Onderwijs voor anders-gealfabetiseerde. */
  AA("AA", "Onderwijs voor anders-analfabeet"),
  /** Niet van toepassing. */
  NVT("NVT", "Niet van toepassing");

  private final String code;
  private final String omschrijving;

  Alfabetiseringsonderwijs(String code, String omschrijving) {
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
  public static Alfabetiseringsonderwijs fromCode(String code) {
    return Codes.fromCode(Alfabetiseringsonderwijs.class, code);
  }

}
