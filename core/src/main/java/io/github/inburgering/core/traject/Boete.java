package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;

/**
 * A fine imposed in a traject.
 *
 * @param datum the day of the decision (DUO: bekendmaking; college: constatering)
 * @param soort the kind, and with it the article
 * @param bedragInCenten the amount in euro cents, positive and at most the maximum of art. 26(1) Wi
 */
public record Boete(LocalDate datum, Boetesoort soort, int bedragInCenten) {
  /** Rejects missing components and amounts outside 1 cent–the maximum of the kind. */
  public Boete {
    Checks.required(datum, "Boete.datum");
    Checks.required(soort, "Boete.soort");
    Checks.range(bedragInCenten, 1, soort.maximumInCenten(), "Boete.bedragInCenten");
  }
}
