package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Codes;
import io.github.inburgering.core.model.Code;

/**
 * The degree of culpability of art. 7.1(4) BI, with the percentage of the base amount of the fine
 * of art. 23 Wi. {@link #GEEN}: no fine may be imposed at all (art. 5:41 Awb).
 */
public enum Verwijtbaarheid implements Code {
  /** Opzet: 100 % (art. 7.1(4)(a) BI). */
  OPZET(100),
  /** Grove schuld: 75 % (art. 7.1(4)(b) BI). */
  GROVE_SCHULD(75),
  /** Neither opzet nor grove schuld: 50 % (art. 7.1(4)(c) BI). */
  GEWONE_SCHULD(50),
  /** Verminderde verwijtbaarheid: 25 % (art. 7.1(4)(d) BI). */
  VERMINDERD(25),
  /** Not culpable: no fine (art. 5:41 Awb). */
  GEEN(0);

  private final int procent;

  Verwijtbaarheid(int procent) {
    this.procent = procent;
  }

  /** Returns the percentage of the base amount. */
  public int procent() {
    return procent;
  }

  /** Returns the code as exchanged: the constant's name. */
  @Override
  public String code() {
    return name();
  }

  /** Returns the constant's name in lower case with spaces: the Dutch label. */
  @Override
  public String omschrijving() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns the culpability with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static Verwijtbaarheid fromCode(String code) {
    return Codes.fromCode(Verwijtbaarheid.class, code);
  }
}
