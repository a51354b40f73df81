package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Codes;
import io.github.inburgering.core.model.Code;

/** The four bestuurlijke boetes of the Wet inburgering 2021 and their maxima (art. 26(1) Wi). */
public enum Boetesoort implements Code {
  /** Not appearing or cooperating at the brede intake; college; €250 (art. 22 Wi; art. 7.1(1) BI). */
  BREDE_INTAKE("22", 250_00, true),
  /** Not cooperating during the traject; college; at most €800 (art. 23 Wi; art. 7.1(2)–(5) BI). */
  TRAJECT("23", 800_00, true),
  /** PVT or MAP not completed in the termijn; DUO; €340 (art. 24 Wi; art. 7.2(1) BI). */
  PVT_MAP("24", 340_00, false),
  /** Leerroute not achieved in the termijn; DUO; at most €1,000 (art. 25 Wi; art. 7.2(2) BI). */
  LEERROUTE("25", 1_000_00, false);

  private final String artikel;
  private final int maximumInCenten;
  private final boolean college;

  Boetesoort(String artikel, int maximumInCenten, boolean college) {
    this.artikel = artikel;
    this.maximumInCenten = maximumInCenten;
    this.college = college;
  }

  /** Returns the article of the Wet inburgering 2021 that grounds the fine. */
  public String artikel() {
    return artikel;
  }

  /** Returns the maximum of art. 26(1) Wi, in euro cents. */
  public int maximumInCenten() {
    return maximumInCenten;
  }

  /** Returns whether the college imposes it (otherwise DUO, for the Minister). */
  public boolean isCollege() {
    return college;
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
   * Returns the kind of fine with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static Boetesoort fromCode(String code) {
    return Codes.fromCode(Boetesoort.class, code);
  }
}
