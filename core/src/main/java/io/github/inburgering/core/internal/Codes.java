package io.github.inburgering.core.internal;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.model.Code;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Lookup of code-list constants by code. Not part of the API. */
public final class Codes {
  private Codes() {}

  /** Returns the constant with {@code code}, or throws naming the allowed codes. */
  public static <E extends Enum<E> & Code> E fromCode(Class<E> type, String code) {
    Checks.required(code, type.getSimpleName());
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    throw new InburgeringException(
        Reason.UNKNOWN_CODE,
        type.getSimpleName(),
        "unknown code; allowed: " + allowed(type));
  }

  /** Returns the allowed codes of {@code type}, comma separated, in declaration order. */
  public static <E extends Enum<E> & Code> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Code::code).collect(Collectors.joining(", "));
  }
}
