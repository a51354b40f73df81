package io.github.inburgering.core.id;

import io.github.inburgering.core.internal.Checks;

/**
 * A Kamer van Koophandel number: exactly eight digits. It identifies private partners without an
 * OIN, such as a taalaanbieder, a werkgever or a welzijnsorganisatie. The KvK has dropped its check
 * digit for new numbers, so only the format is checked. A KvK number identifies an organisation,
 * not a person, and prints in full.
 */
public final class KvkNummer {
  private final String value;

  private KvkNummer(String value) {
    this.value = value;
  }

  /**
   * Parses exactly eight digits.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code MISSING} or {@code
   *     FORMAT}
   */
  public static KvkNummer parse(String text) {
    return new KvkNummer(Checks.digits(text, 8, "KvkNummer"));
  }

  /** Returns whether {@link #parse(String)} would accept {@code text}. */
  public static boolean isValid(String text) {
    return Checks.isDigits(text, 8);
  }

  /** Returns the eight digits. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KvkNummer k && value.equals(k.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the eight digits. */
  @Override
  public String toString() {
    return value;
  }
}
