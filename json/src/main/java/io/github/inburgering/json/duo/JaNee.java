package io.github.inburgering.json.duo;

import io.github.inburgering.core.model.Code;

/**
 * DUO's yes/no code list (DUO M2M "MAP,PVT,Zroute" API, schema {@code InburgeringJaNeeType}), used for
 * the culpability indication {@code verwijtbaar}.
 */
public enum JaNee implements Code {
  /** Ja: {@code true}. */
  JA("Ja", "Ja"),
  /** Nee: {@code false}. */
  NEE("Nee", "Nee");

  private final String code;
  private final String omschrijving;

  JaNee(String code, String omschrijving) {
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

  /** Returns {@code true} for {@link #JA}. */
  public boolean waarde() {
    return this == JA;
  }

  /** Returns {@link #JA} for {@code true}, {@link #NEE} for {@code false}. */
  public static JaNee van(boolean waarde) {
    return waarde ? JA : NEE;
  }
}
