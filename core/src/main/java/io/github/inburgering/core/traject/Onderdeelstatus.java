package io.github.inburgering.core.traject;

/** The state of the PVT or the MAP in a traject (art. 6(1)(a)–(b) and 8(3) Wi). */
public enum Onderdeelstatus {
  /** Still to be completed. */
  OPEN,
  /** Completed. */
  AFGEROND,
  /** Not required: the MAP while the person follows or completed the taalschakeltraject (art. 8(3) Wi). */
  NIET_VAN_TOEPASSING
}
