package io.github.inburgering.core.id;

import io.github.inburgering.core.internal.Checks;

/**
 * An organisatie-identificatienummer (OIN) from the Logius OIN register: exactly twenty digits. It
 * identifies public bodies (gemeenten, DUO, COA) in Digikoppeling messages such as DUO's M2M
 * exchange ({@code bron}/{@code doel} headers). An OIN is not personal data and prints in full.
 */
public final class Oin {
  private final String value;

  private Oin(String value) {
    this.value = value;
  }

  /**
   * Parses exactly twenty digits.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code MISSING} or {@code
   *     FORMAT}
   */
  public static Oin parse(String text) {
    return new Oin(Checks.digits(text, 20, "Oin"));
  }

  /** Returns whether {@link #parse(String)} would accept {@code text}. */
  public static boolean isValid(String text) {
    return Checks.isDigits(text, 20);
  }

  /** Returns the twenty digits. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Oin x && value.equals(x.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the twenty digits. */
  @Override
  public String toString() {
    return value;
  }
}
