package io.github.inburgering.core.internal;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Argument checks that throw the library's exception. Not part of the API. */
public final class Checks {
  private Checks() {}

  /** Returns {@code value}, or throws {@link Reason#MISSING} naming {@code field}. */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new InburgeringException(Reason.MISSING, field, "a value is required");
    }
    return value;
  }

  /**
   * Requires {@code text} to consist of exactly {@code length} ASCII digits. Nothing is trimmed or
   * stripped: a space or a dash is a format error, not something to repair silently.
   */
  public static String digits(String text, int length, String field) {
    required(text, field);
    if (text.length() != length) {
      throw new InburgeringException(Reason.FORMAT, field, "must be exactly " + length + " digits");
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InburgeringException(Reason.FORMAT, field, "must contain digits only");
      }
    }
    return text;
  }

  /** Returns whether {@code text} consists of exactly {@code length} ASCII digits. */
  public static boolean isDigits(String text, int length) {
    if (text == null || text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Requires {@code value} to lie in {@code [min, max]}. */
  public static int range(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new InburgeringException(
          Reason.OUT_OF_RANGE, field, "must lie between " + min + " and " + max);
    }
    return value;
  }

  /** Returns an unmodifiable copy; rejects a null collection or null elements. */
  public static <T> List<T> list(Collection<? extends T> values, String field) {
    required(values, field);
    for (T v : values) {
      required(v, field + "[]");
    }
    return List.copyOf(values);
  }

  /** Returns an unmodifiable copy; rejects a null collection or null elements. */
  public static <T> Set<T> set(Collection<? extends T> values, String field) {
    required(values, field);
    for (T v : values) {
      required(v, field + "[]");
    }
    return Set.copyOf(values);
  }

  /** Masks all but the last {@code visible} characters with {@code *}. */
  public static String mask(String value, int visible) {
    int hidden = Math.max(0, value.length() - visible);
    return "*".repeat(hidden) + value.substring(hidden);
  }
}
