package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;

/**
 * A move to another gemeente (art. 15(4) Wi, art. 5.3(3) BI).
 *
 * @param inschrijving the date of BRP registration in the new gemeente
 * @param van the gemeente left
 * @param naar the new gemeente
 */
public record Verhuizing(LocalDate inschrijving, Gemeentecode van, Gemeentecode naar) {
  /** Requires two different gemeenten. */
  public Verhuizing {
    Checks.required(inschrijving, "Verhuizing.inschrijving");
    Checks.required(van, "Verhuizing.van");
    Checks.required(naar, "Verhuizing.naar");
    if (van.equals(naar)) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Verhuizing.naar", "a move goes to another gemeente");
    }
  }
}
