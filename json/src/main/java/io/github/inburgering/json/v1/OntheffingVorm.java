package io.github.inburgering.json.v1;

import io.github.inburgering.core.model.Code;

/** The two forms of an ontheffing in the wire model. */
public enum OntheffingVorm implements Code {
  /** Gehele ontheffing. */
  GEHEEL("GEHEEL", "Gehele ontheffing"),
  /** Gedeeltelijke ontheffing. */
  GEDEELTELIJK("GEDEELTELIJK", "Gedeeltelijke ontheffing");

  private final String code;
  private final String omschrijving;

  OntheffingVorm(String code, String omschrijving) {
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
