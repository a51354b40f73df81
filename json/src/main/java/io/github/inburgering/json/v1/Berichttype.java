package io.github.inburgering.json.v1;

import io.github.inburgering.core.model.Code;

/** What a message carries. */
public enum Berichttype implements Code {
  /** Dossier. */
  DOSSIER("DOSSIER", "Dossier"),
  /** Persoonlijk plan inburgering en participatie. */
  PIP("PIP", "Persoonlijk plan inburgering en participatie"),
  /** Validatierapport (antwoord). */
  RAPPORT("RAPPORT", "Validatierapport (antwoord)"),
  /** Gebeurtenis. */
  GEBEURTENIS("GEBEURTENIS", "Gebeurtenis"),
  /** Partner view of a dossier. */
  DOSSIERVIEW("DOSSIERVIEW", "Partnerview van een dossier");

  private final String code;
  private final String omschrijving;

  Berichttype(String code, String omschrijving) {
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
