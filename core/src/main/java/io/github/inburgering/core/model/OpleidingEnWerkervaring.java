package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Checks;

/**
 * The investigation of education and work experience in the country of origin (art. 14(3)(b) Wi).
 *
 * @param hoogsteOpleiding the highest education followed
 * @param jarenWerkervaring years of work experience, 0–80
 * @param wilVervolgonderwijs whether the person said during the brede intake that they want to
 *     follow beroeps- or hoger onderwijs: the first entry condition of the onderwijsroute (art. 8(1) Wi)
 */
public record OpleidingEnWerkervaring(
    Opleidingsniveau hoogsteOpleiding, int jarenWerkervaring, boolean wilVervolgonderwijs) {
  /** Checks the structural invariants. */
  public OpleidingEnWerkervaring {
    Checks.required(hoogsteOpleiding, "OpleidingEnWerkervaring.hoogsteOpleiding");
    Checks.range(jarenWerkervaring, 0, 80, "OpleidingEnWerkervaring.jarenWerkervaring");
  }
}
