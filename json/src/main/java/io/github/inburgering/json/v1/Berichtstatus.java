package io.github.inburgering.json.v1;

import io.github.inburgering.core.model.Code;

/** The status of a delivery (after the iStandaarden: first, changed, withdrawn). */
public enum Berichtstatus implements Code {
  /** Eerste aanlevering. */
  EERSTE("EERSTE", "Eerste aanlevering"),
  /** Gewijzigde aanlevering. */
  GEWIJZIGD("GEWIJZIGD", "Gewijzigde aanlevering"),
  /** Ingetrokken. */
  INGETROKKEN("INGETROKKEN", "Ingetrokken");

  private final String code;
  private final String omschrijving;

  Berichtstatus(String code, String omschrijving) {
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
