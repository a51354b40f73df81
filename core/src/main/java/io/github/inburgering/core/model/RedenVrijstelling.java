package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Grounds of a vrijstelling (DUO M2M Vrijstelling API, schema {@code
 * RedenVrijstellingInburgeringsplicht}; art. 4 Wi, art. 2.3 BI, art. 2.1–2.2 RI). Note the acronym
 * trap: {@code AVI} is &quot;aantoonbaar voldoende ingeburgerd&quot; (art. 4(1)(e) Wi), a
 * vrijstelling, not the Wi 2013 effort-based ontheffing.
 */
public enum RedenVrijstelling implements Code {
  /** Aantoonbaar voldoende ingeburgerd (art. 4(1)(e) Wi, art. 2.3 BI): gehele vrijstelling. */
  AVI("AVI", "Aantoonbaar voldoende ingeburgerd", Vorm.GEHEEL),
  /** Vrijstellend diploma in the DUO register (art. 4(1)(b) Wi, art. 2.1 RI): gehele vrijstelling. */
  DIP("DIP", "Door DUO erkend vrijstellend diploma", Vorm.GEHEEL),
  /** Vrijstellend document assessed by hand (art. 4(1)(b) Wi, art. 2.1 RI): gehele vrijstelling. */
  DOC("DOC", "Door DUO erkend vrijstellend document", Vorm.GEHEEL),
  /** Passed NT2 part at B1 or higher (art. 7(3) Wi, art. 3.12–3.13 RI): gedeeltelijke vrijstelling. */
  GED("GED", "Gedeeltelijke vrijstelling", Vorm.GEDEELTELIJK),
  /** Inburgeringsdiploma Wi 2013 with all language parts at B1 (art. 2.1 RI): gehele vrijstelling. */
  INB("INB", "Inburgeringsdiploma Wi 2013 op B1", Vorm.GEHEEL),
  /** Temporary, on request, after proof of enrolment (art. 4(1)(d) Wi, art. 2.2 RI). */
  INS("INS", "Tijdelijke vrijstelling op verzoek", Vorm.TIJDELIJK),
  /** Temporary, ex officio, for enrolment in an education (art. 4(1)(d) Wi, art. 2.2 RI). */
  OPL("OPL", "Tijdelijke vrijstelling ambtshalve", Vorm.TIJDELIJK);

  private final String code;
  private final String omschrijving;
  private final Vorm vorm;

  RedenVrijstelling(String code, String omschrijving, Vorm vorm) {
    this.code = code;
    this.omschrijving = omschrijving;
    this.vorm = vorm;
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
  public static RedenVrijstelling fromCode(String code) {
    return Codes.fromCode(RedenVrijstelling.class, code);
  }

  /** The form of vrijstelling a ground belongs to. */
  public enum Vorm {
    /** Gehele vrijstelling. */
    GEHEEL,
    /** Tijdelijke vrijstelling. */
    TIJDELIJK,
    /** Gedeeltelijke vrijstelling. */
    GEDEELTELIJK
  }

  /** Returns the form of vrijstelling DUO grants on this ground. */
  public Vorm vorm() {
    return vorm;
  }
}
