package io.github.inburgering.core.traject;

/** Whether the person follows or completed the taalschakeltraject of the onderwijsroute (art. 8 Wi). */
public enum Taalschakeltraject {
  /** Not followed (any more). */
  NIET,
  /** Being followed. */
  GEVOLGD,
  /** Completed; counts as achieving the onderwijsroute (UNCERTAIN, see rule VD-002). */
  AFGEROND
}
