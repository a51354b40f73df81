package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;

/**
 * Why a later version of a PIP was adopted. The law requires a new or changed PIP after schakelen
 * (art. 17(2) Wi, art. 5.3(6) BI), afschalen (art. 17(3) Wi, art. 5.3(6) BI) and a move (art. 15(4)
 * Wi, art. 5.3(3) BI); other changes follow bezwaar or a change of support.
 */
public enum RedenWijziging implements Code {
  /** Schakelen: the leerroute is determined anew (art. 17(2) Wi). */
  SCHAKELEN("SCHAKELEN", "Leerroute opnieuw vastgesteld"),
  /** Afschalen: language parts examined at A2 (art. 17(3) Wi). */
  AFSCHALEN("AFSCHALEN", "Afschalen naar A2"),
  /** Verhuizing: the new gemeente adopts the PIP (art. 15(4) Wi). */
  VERHUIZING("VERHUIZING", "Verhuizing naar andere gemeente"),
  /** Bezwaar or beroep led to a new decision (art. 11(3) Wi). */
  BEZWAAR("BEZWAAR", "Besluit na bezwaar of beroep"),
  /** Other change of support, guidance or intensities. */
  OVERIG("OVERIG", "Overige wijziging");

  private final String code;
  private final String omschrijving;

  RedenWijziging(String code, String omschrijving) {
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

  /**
   * Returns the constant with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static RedenWijziging fromCode(String code) {
    return Codes.fromCode(RedenWijziging.class, code);
  }

}
