package io.github.inburgering.core.id;

import io.github.inburgering.core.internal.Checks;

/**
 * A CBS gemeentecode: exactly four digits, with leading zeros ({@code 0363} is Amsterdam).
 *
 * <p>The set of gemeenten changes every year through herindelingen, so this is not an enum: {@link
 * #parse(String)} checks the form only, and {@link Gemeenten} answers whether a code denotes a
 * gemeente on a given date (rule {@code ID-005}).
 */
public final class Gemeentecode implements Comparable<Gemeentecode> {
  private final String value;

  private Gemeentecode(String value) {
    this.value = value;
  }

  /**
   * Parses exactly four digits.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code MISSING} or {@code
   *     FORMAT}
   */
  public static Gemeentecode parse(String text) {
    return new Gemeentecode(Checks.digits(text, 4, "Gemeentecode"));
  }

  /** Returns whether {@link #parse(String)} would accept {@code text}. */
  public static boolean isValid(String text) {
    return Checks.isDigits(text, 4);
  }

  /** Returns the four digits. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Gemeentecode g && value.equals(g.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(Gemeentecode other) {
    return value.compareTo(other.value);
  }

  /** Returns the four digits. */
  @Override
  public String toString() {
    return value;
  }
}
