package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Checks;

/**
 * One row of the transition table: an event of kind {@code soort} in phase {@code van} may lead to
 * phase {@code naar}. {@link Transities#tabel()} lists every row; {@code docs/lifecycle.md} draws
 * the diagram from it.
 *
 * @param van the phase before the event
 * @param soort the kind of event
 * @param naar a phase the event may lead to
 */
public record Overgang(Fase van, Gebeurtenissoort soort, Fase naar) {
  /** Rejects missing components. */
  public Overgang {
    Checks.required(van, "Overgang.van");
    Checks.required(soort, "Overgang.soort");
    Checks.required(naar, "Overgang.naar");
  }
}
