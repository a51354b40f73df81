package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Checks;

/**
 * A sociale lening of DUO for the leerroute (art. 19–21 Wi, ch. 6 BI).
 *
 * @param bedrag the amount granted in whole euros, positive (the cap of art. 6.x BI is rule {@code LN-002})
 */
public record Lening(int bedrag) {
  /** Requires a positive amount. */
  public Lening {
    Checks.range(bedrag, 1, 1_000_000, "Lening.bedrag");
  }
}
