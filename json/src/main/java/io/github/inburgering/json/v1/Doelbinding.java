package io.github.inburgering.json.v1;

import io.github.inburgering.core.model.Code;

/** The purpose a message's data may be used for (AVG art. 5(1)(b)). */
public enum Doelbinding implements Code {
  /** Uitvoering Wet inburgering (regie en handhaving). */
  UITVOERING_WI("UITVOERING_WI", "Uitvoering Wet inburgering (regie en handhaving)"),
  /** Uitvoering van het inburgeringsaanbod. */
  INBURGERINGSAANBOD("INBURGERINGSAANBOD", "Uitvoering van het inburgeringsaanbod"),
  /** Maatschappelijke begeleiding. */
  MAATSCHAPPELIJKE_BEGELEIDING("MAATSCHAPPELIJKE_BEGELEIDING", "Maatschappelijke begeleiding"),
  /** Non-formeel leren en taalvrijwilligers. */
  NON_FORMEEL_LEREN("NON_FORMEEL_LEREN", "Non-formeel leren en taalvrijwilligers"),
  /** Participatie en werk. */
  PARTICIPATIE("PARTICIPATIE", "Participatie en werk"),
  /** Opvang en koppeling (COA). */
  OPVANG("OPVANG", "Opvang en koppeling (COA)"),
  /** Statistiek en monitoring. */
  MONITORING("MONITORING", "Statistiek en monitoring");

  private final String code;
  private final String omschrijving;

  Doelbinding(String code, String omschrijving) {
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
