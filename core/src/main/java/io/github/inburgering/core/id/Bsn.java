package io.github.inburgering.core.id;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;

/**
 * A burgerservicenummer (BSN): nine digits that pass the 11-proef.
 *
 * <p>The 11-proef multiplies the digits by the weights 9, 8, 7, 6, 5, 4, 3, 2 and −1 and requires
 * the sum to be divisible by 11. {@code 000000000} passes that test but never identifies a person,
 * so it is rejected as {@link Reason#RESERVED}.
 *
 * <p>A BSN is personal data. {@link #toString()} masks it; the full number is only available through
 * {@link #unmasked()}, so that every place that reveals it is explicit and easy to audit. The
 * library's exceptions never contain the rejected input.
 *
 * <p>Instances are immutable and compare by value.
 */
public final class Bsn implements Comparable<Bsn> {
  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};
  private final String value;

  private Bsn(String value) {
    this.value = value;
  }

  /**
   * Parses a BSN of exactly nine digits. Nothing is trimmed or stripped.
   *
   * @throws InburgeringException with reason {@code MISSING}, {@code FORMAT}, {@code CHECKSUM} or
   *     {@code RESERVED}
   */
  public static Bsn parse(String text) {
    Checks.digits(text, 9, "Bsn");
    if (text.equals("000000000")) {
      throw new InburgeringException(Reason.RESERVED, "Bsn", "the reserved all-zero number is not a valid BSN");
    }
    if (!elfproef(text)) {
      throw new InburgeringException(Reason.CHECKSUM, "Bsn", "fails the 11-proef");
    }
    return new Bsn(text);
  }

  /** Returns whether {@link #parse(String)} would accept {@code text}; never throws. */
  public static boolean isValid(String text) {
    return Checks.isDigits(text, 9) && !text.equals("000000000") && elfproef(text);
  }

  private static boolean elfproef(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  /** Returns the full nine digits. Every call is a disclosure of personal data: use deliberately. */
  public String unmasked() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bsn b && value.equals(b.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(Bsn other) {
    return value.compareTo(other.value);
  }

  /** Returns a masked form such as {@code Bsn[*******82]}: never the full number. */
  @Override
  public String toString() {
    return "Bsn[" + Checks.mask(value, 2) + "]";
  }
}
