package io.github.inburgering.core.traject;

/**
 * The degree of culpability of art. 7.1(4) BI, with the percentage of the base amount of the fine
 * of art. 23 Wi. {@link #GEEN}: no fine may be imposed at all (art. 5:41 Awb).
 */
public enum Verwijtbaarheid {
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
}
