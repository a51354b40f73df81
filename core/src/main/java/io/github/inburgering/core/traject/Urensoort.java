package io.github.inburgering.core.traject;

/** Kinds of hours the lifecycle counts (art. 3.14 and 5.5 BI; art. 7.4 RI). */
public enum Urensoort {
  /** NT2 course hours, alfabetisering included, at a keurmerk or taalschakel institution. */
  NT2,
  /** KNM course hours at a keurmerk institution. */
  KNM,
  /** Participation activities of the Z-route (art. 3.14(2)(b) BI). */
  PARTICIPATIE
}
