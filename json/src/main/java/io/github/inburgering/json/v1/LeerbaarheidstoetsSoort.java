package io.github.inburgering.json.v1;

import io.github.inburgering.core.model.Code;

/** Whether the leerbaarheidstoets was taken or the college granted an ontheffing from it. */
public enum LeerbaarheidstoetsSoort implements Code {
  /** Afgenomen. */
  AFGENOMEN("AFGENOMEN", "Afgenomen"),
  /** Ontheffing (art. 14(6) Wi). */
  ONTHEFFING("ONTHEFFING", "Ontheffing (art. 14(6) Wi)");

  private final String code;
  private final String omschrijving;

  LeerbaarheidstoetsSoort(String code, String omschrijving) {
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
