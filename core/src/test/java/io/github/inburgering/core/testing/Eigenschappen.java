package io.github.inburgering.core.testing;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories set-up of the project's property tests: a fixed seed, so that CI runs are
 * deterministic and a failure can be replayed. Override with {@code -Dinburgering.seed=N} and the
 * number of examples with {@code -Dinburgering.examples=N}.
 */
public final class Eigenschappen {
  private Eigenschappen() {}

  /** The seed used unless {@code inburgering.seed} is set. */
  public static final long SEED = Long.getLong("inburgering.seed", 20_220_101L);

  /** Returns a theory with the project's seed and {@code voorbeelden} examples (at least). */
  public static QuickTheory qt(int voorbeelden) {
    int n = Integer.getInteger("inburgering.examples", voorbeelden);
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(n).withShrinkCycles(200);
  }
}
