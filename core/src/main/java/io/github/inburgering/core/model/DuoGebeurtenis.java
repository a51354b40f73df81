package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * The events DUO notifies gemeenten of, by {@code gebeurtenisId} (DUO M2M, "Gebeurtenissen"; the
 * Notificatie API carries only the id, the person's BSN or v-nummer and the registration time). The
 * descriptions are DUO's, slightly shortened.
 *
 * <p>The lifecycle of the inburgeringsplicht maps these codes to its transitions.
 */
public enum DuoGebeurtenis implements Code {
  /** Persoon is inburgeringsplichtig. */
  SS101("SS101", "Persoon is inburgeringsplichtig", Categorie.NIEUWE_INBURGERINGSPLICHTIGE),
  /** Inburgeringstermijn gestart. */
  SS102("SS102", "Inburgeringstermijn gestart", Categorie.LEERROUTE_EN_TERMIJN),
  /** Termijn ambtshalve verlengd. */
  SS103("SS103", "Termijn ambtshalve verlengd", Categorie.TERMIJN_GEWIJZIGD),
  /** Termijn op verzoek verlengd. */
  SS104("SS104", "Termijn op verzoek verlengd", Categorie.TERMIJN_GEWIJZIGD),
  /** Diploma behaald. */
  SS106("SS106", "Diploma behaald", Categorie.INBURGERINGSPLICHT_VOLDAAN),
  /** Gehele vrijstelling toegekend. */
  SS107("SS107", "Gehele vrijstelling toegekend", Categorie.INBURGERINGSPLICHT_VOLDAAN),
  /** Gehele ontheffing toegekend. */
  SS108("SS108", "Gehele ontheffing toegekend", Categorie.INBURGERINGSPLICHT_VOLDAAN),
  /** Tijdelijke vrijstelling toegekend. */
  SS109("SS109", "Tijdelijke vrijstelling toegekend", Categorie.INTREKKEN_INBURGERINGSPLICHT),
  /** Inburgeringsplicht ingetrokken. */
  SS110("SS110", "Inburgeringsplicht ingetrokken", Categorie.INTREKKEN_INBURGERINGSPLICHT),
  /** Persoon is overleden. */
  SS111("SS111", "Persoon is overleden", Categorie.INTREKKEN_INBURGERINGSPLICHT),
  /** Verzoek verlenging afgewezen. */
  SS113("SS113", "Verzoek verlenging afgewezen", Categorie.VERZOEK_INBURGERAAR),
  /** Verzoek gehele vrijstelling afgewezen. */
  SS114("SS114", "Verzoek gehele vrijstelling afgewezen", Categorie.VERZOEK_INBURGERAAR),
  /** Verzoek tijdelijke vrijstelling afgewezen. */
  SS115("SS115", "Verzoek tijdelijke vrijstelling afgewezen", Categorie.VERZOEK_INBURGERAAR),
  /** Verzoek gedeeltelijke vrijstelling afgewezen. */
  SS116("SS116", "Verzoek gedeeltelijke vrijstelling afgewezen", Categorie.VERZOEK_INBURGERAAR),
  /** Verzoek gedeeltelijke vrijstelling toegekend. */
  SS117("SS117", "Verzoek gedeeltelijke vrijstelling toegekend", Categorie.VERZOEK_INBURGERAAR),
  /** Verzoek ontheffing afgewezen. */
  SS118("SS118", "Verzoek ontheffing afgewezen", Categorie.VERZOEK_INBURGERAAR),
  /** Verzoek gedeeltelijke ontheffing toegekend. */
  SS119("SS119", "Verzoek gedeeltelijke ontheffing toegekend", Categorie.VERZOEK_INBURGERAAR),
  /** Inburgeringsplichtige in gemeente gevestigd zonder PIP. */
  SS120("SS120", "Inburgeringsplichtige in gemeente gevestigd zonder PIP", Categorie.WIJZIGING_GEMEENTE),
  /** Inburgeringsplichtige in gemeente gevestigd met PIP vorige gemeente. */
  SS121("SS121", "Inburgeringsplichtige in gemeente gevestigd met PIP vorige gemeente", Categorie.WIJZIGING_GEMEENTE),
  /** Doelgroep van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd. */
  SS124("SS124", "Doelgroep van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd", Categorie.WIJZIGING_DOELGROEP),
  /** Doelgroep van gezinsmigrant en overige migrant naar asielstatushouder gewijzigd. */
  SS125("SS125", "Doelgroep van gezinsmigrant en overige migrant naar asielstatushouder gewijzigd", Categorie.WIJZIGING_DOELGROEP),
  /** Persoon is inburgeringsplichtig, maar bereikt AOW-leeftijd binnen 6 maanden. */
  SS128("SS128", "Persoon is inburgeringsplichtig, maar bereikt AOW-leeftijd binnen 6 maanden", Categorie.NIEUWE_INBURGERINGSPLICHTIGE),
  /** Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend. */
  SS129("SS129", "Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend", Categorie.NIEUWE_INBURGERINGSPLICHTIGE),
  /** Tijdelijke vrijstelling ingetrokken, PIP al bekend; eerdere inburgeringsplicht hervat. */
  SS130("SS130", "Tijdelijke vrijstelling ingetrokken, PIP al bekend; eerdere inburgeringsplicht hervat", Categorie.TERMIJN_GEWIJZIGD),
  /** Leerbaarheidstoets is afgenomen en resultaat is bekend. */
  SS131("SS131", "Leerbaarheidstoets is afgenomen en resultaat is bekend", Categorie.LEERROUTE_EN_TERMIJN),
  /** Persoon is aangemeld voor de leerbaarheidstoets. */
  SS137("SS137", "Persoon is aangemeld voor de leerbaarheidstoets", Categorie.LEERROUTE_EN_TERMIJN),
  /** Persoon is inburgeringsplichtig en de termijn van 10 weken voor vaststellen leerroute is gestart. */
  SS139("SS139", "Persoon is inburgeringsplichtig en de termijn van 10 weken voor vaststellen leerroute is gestart", Categorie.NIEUWE_INBURGERINGSPLICHTIGE),
  /** Uitslag examen bekend. */
  SS199("SS199", "Uitslag examen bekend", Categorie.EXAMENRESULTATEN);

  /** DUO's grouping of the events. */
  public enum Categorie {
    /** Nieuwe inburgeringsplichtige. */
    NIEUWE_INBURGERINGSPLICHTIGE,
    /** Wijziging van gemeente. */
    WIJZIGING_GEMEENTE,
    /** Wijziging doelgroep. */
    WIJZIGING_DOELGROEP,
    /** Intrekken inburgeringsplicht. */
    INTREKKEN_INBURGERINGSPLICHT,
    /** Inburgeringsplicht voldaan. */
    INBURGERINGSPLICHT_VOLDAAN,
    /** Leerroute en termijn vastgesteld. */
    LEERROUTE_EN_TERMIJN,
    /** Examenresultaten. */
    EXAMENRESULTATEN,
    /** Termijn gewijzigd. */
    TERMIJN_GEWIJZIGD,
    /** Verzoeken inburgeraar. */
    VERZOEK_INBURGERAAR
  }

  private final String code;
  private final String omschrijving;
  private final Categorie categorie;

  DuoGebeurtenis(String code, String omschrijving, Categorie categorie) {
    this.code = code;
    this.omschrijving = omschrijving;
    this.categorie = categorie;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String omschrijving() {
    return omschrijving;
  }

  /** Returns DUO's category of the event. */
  public Categorie categorie() {
    return categorie;
  }

  /**
   * Returns the constant with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static DuoGebeurtenis fromCode(String code) {
    return Codes.fromCode(DuoGebeurtenis.class, code);
  }
}
