package io.github.inburgering.core.id;

import io.github.inburgering.core.internal.Checks;

/**
 * A vreemdelingennummer (v-nummer) as issued by the IND: ten digits.
 *
 * <p>The format check is all that is applied: the IND publishes no check-digit algorithm that this
 * library could verify (rule {@code ID-002} is therefore graded as guidance). A v-nummer identifies
 * a person, so {@link #toString()} masks it and {@link #unmasked()} reveals it.
 */
public final class VNummer {
  private final String value;

  private VNummer(String value) {
    this.value = value;
  }

  /**
   * Parses exactly ten digits.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code MISSING} or {@code
   *     FORMAT}
   */
  public static VNummer parse(String text) {
    return new VNummer(Checks.digits(text, 10, "VNummer"));
  }

  /** Returns whether {@link #parse(String)} would accept {@code text}. */
  public static boolean isValid(String text) {
    return Checks.isDigits(text, 10);
  }

  /** Returns the full number. Every call is a disclosure of personal data. */
  public String unmasked() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VNummer v && value.equals(v.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns a masked form such as {@code VNummer[********90]}. */
  @Override
  public String toString() {
    return "VNummer[" + Checks.mask(value, 2) + "]";
  }
}
