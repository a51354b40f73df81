package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * DUO's finer target-group list (DUO M2M Inburgeringsplicht API, schema {@code
 * GedetailleerdeDoelgroep}). Each value belongs to one {@link Doelgroep}: family members who join an
 * asielstatushouder fall under art. 13(1)(b) Wi and are therefore asielstatushouders in the sense of
 * the law.
 */
public enum GedetailleerdeDoelgroep implements Code {
  /** Asielstatushouder (art. 13(1)(a) Wi). */
  ASIELSTATUSHOUDER("Asielstatushouder", Doelgroep.ASIELSTATUSHOUDER),
  /** Geestelijk bedienaar (art. 3(1)(b) Wi). */
  GEESTELIJK_BEDIENAAR("Geestelijk bedienaar", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
  /** Gezinshereniger. */
  GEZINSHERENIGER("Gezinshereniger", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
  /** Gezinshereniger met asielstatushouder (art. 13(1)(b) Wi). */
  GEZINSHERENIGER_MET_ASIELSTATUSHOUDER(
      "Gezinshereniger met Asielstatushouder", Doelgroep.ASIELSTATUSHOUDER),
  /** Gezinsvormer. */
  GEZINSVORMER("Gezinsvormer", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
  /** Gezinsvormer met asielstatushouder (art. 13(1)(b) Wi). */
  GEZINSVORMER_MET_ASIELSTATUSHOUDER("Gezinsvormer met Asielstatushouder", Doelgroep.ASIELSTATUSHOUDER),
  /** Overig. */
  OVERIG("Overig", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);

  private final String code;
  private final Doelgroep doelgroep;

  GedetailleerdeDoelgroep(String code, Doelgroep doelgroep) {
    this.code = code;
    this.doelgroep = doelgroep;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String omschrijving() {
    return code;
  }

  /** Returns the legal target group this value belongs to. */
  public Doelgroep doelgroep() {
    return doelgroep;
  }

  /**
   * Returns the constant with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static GedetailleerdeDoelgroep fromCode(String code) {
    return Codes.fromCode(GedetailleerdeDoelgroep.class, code);
  }
}
