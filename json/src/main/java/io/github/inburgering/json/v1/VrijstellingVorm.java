package io.github.inburgering.json.v1;

import io.github.inburgering.core.model.Code;

/** The three forms of a vrijstelling in the wire model. */
public enum VrijstellingVorm implements Code {
  /** Gehele vrijstelling. */
  GEHEEL("GEHEEL", "Gehele vrijstelling"),
  /** Tijdelijke vrijstelling. */
  TIJDELIJK("TIJDELIJK", "Tijdelijke vrijstelling"),
  /** Gedeeltelijke vrijstelling. */
  GEDEELTELIJK("GEDEELTELIJK", "Gedeeltelijke vrijstelling");

  private final String code;
  private final String omschrijving;

  VrijstellingVorm(String code, String omschrijving) {
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
}
