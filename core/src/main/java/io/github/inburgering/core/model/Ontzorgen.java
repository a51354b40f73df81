package io.github.inburgering.core.model;

import io.github.inburgering.core.Periode;
import io.github.inburgering.core.internal.Checks;

/**
 * The ontzorgen arrangement (art. 56a Participatiewet, added by the Wi 2021): during the first six
 * months of bijstand the college pays rent, energy, water and the health-insurance premium out of the
 * benefit, for asielstatushouders only.
 *
 * @param periode the period of the arrangement, bounded
 */
public record Ontzorgen(Periode periode) {
  /** Requires a bounded period. */
  public Ontzorgen {
    Checks.required(periode, "Ontzorgen.periode");
    if (!periode.isBegrensd()) {
      throw new io.github.inburgering.core.InburgeringException(
          io.github.inburgering.core.InburgeringException.Reason.MISSING,
          "Ontzorgen.periode",
          "ontzorgen has an end date");
    }
  }
}
