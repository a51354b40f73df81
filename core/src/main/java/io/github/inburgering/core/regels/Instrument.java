package io.github.inburgering.core.regels;

/** The legal instrument or specification a rule rests on. */
public enum Instrument {
  /** Wet inburgering 2021 (BWBR0044770). */
  WI("Wi", "Wet inburgering 2021"),
  /** Besluit inburgering 2021 (BWBR0045555). */
  BI("BI", "Besluit inburgering 2021"),
  /** Regeling inburgering 2021 (BWBR0045574). */
  RI("RI", "Regeling inburgering 2021"),
  /** DUO's acceptance rules of the M2M exchange with gemeenten. */
  DUO_M2M("DUO M2M", "DUO M2M acceptatieregel"),
  /** Participatiewet (BWBR0015703). */
  PW("Pw", "Participatiewet"),
  /** Algemene wet bestuursrecht (BWBR0005537). */
  AWB("Awb", "Algemene wet bestuursrecht"),
  /** Algemene Ouderdomswet (BWBR0002221). */
  AOW("AOW", "Algemene Ouderdomswet"),
  /** Wet algemene bepalingen burgerservicenummer (BWBR0022428). */
  WABB("Wabb", "Wet algemene bepalingen burgerservicenummer"),
  /** Logius, OIN-stelsel. */
  OIN_STELSEL("OIN-stelsel", "Logius OIN-stelsel"),
  /** Handelsregisterwet 2007 (KvK number). */
  HRW("Hrw 2007", "Handelsregisterwet 2007"),
  /** CBS gemeentelijke indeling. */
  CBS("CBS", "CBS gemeentelijke indeling"),
  /** Vreemdelingenwet 2000 / IND practice. */
  VW("Vw 2000", "Vreemdelingenwet 2000"),
  /** A technical standard: RFC 8259 (JSON), JSON Schema 2020-12, this library's exchange format. */
  STANDAARD("Standaard", "Technische standaard");

  private final String afkorting;
  private final String titel;

  Instrument(String afkorting, String titel) {
    this.afkorting = afkorting;
    this.titel = titel;
  }

  /** Returns the short form used in citations, such as {@code Wi}. */
  public String afkorting() {
    return afkorting;
  }

  /** Returns the full title. */
  public String titel() {
    return titel;
  }
}
