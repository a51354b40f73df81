package io.github.inburgering.core;

import java.util.Objects;

/**
 * The one exception type of the library, thrown when a single value is malformed (for example
 * {@code Bsn.parse("123")}) or when a builder is asked to build a structurally impossible value.
 *
 * <p>Documents with content that breaks a rule of the law never cause this exception: validating a
 * document returns a {@link io.github.inburgering.core.regels.Report} instead.
 *
 * <p>The message names the field and the reason but never echoes the rejected input, because that
 * input may be personal data (a BSN, a name, a birth date).
 */
public final class InburgeringException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why a value was rejected. Stable: callers may switch over it. */
  public enum Reason {
    /** A required value is {@code null} or absent. */
    MISSING,
    /** The text does not have the required form (length, characters, pattern). */
    FORMAT,
    /** The text has the right form but fails its check digit (for example the BSN 11-proef). */
    CHECKSUM,
    /** The value is reserved and can never identify anything (for example BSN {@code 000000000}). */
    RESERVED,
    /** A code is not one of the codes of its code list. */
    UNKNOWN_CODE,
    /** A number or date lies outside the range the type allows. */
    OUT_OF_RANGE,
    /** Two parts of one value contradict each other (for example an end before a start). */
    INCONSISTENT
  }

  private final Reason reason;
  private final String field;

  /**
   * Creates the exception.
   *
   * @param reason why the value was rejected
   * @param field the name of the field or type that was rejected, never the value itself
   * @param detail a description that must not contain the rejected input
   */
  public InburgeringException(Reason reason, String field, String detail) {
    super(field + ": " + detail + " (" + reason + ")");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = Objects.requireNonNull(field, "field");
  }

  /** Returns the typed reason. */
  public Reason reason() {
    return reason;
  }

  /** Returns the name of the rejected field or type. */
  public String field() {
    return field;
  }
}
