package io.github.inburgering.core.regels;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule in a document.
 *
 * @param code the rule's stable code, for example {@code PIP-004}
 * @param severity the rule's severity
 * @param pointer where in the document
 * @param message the message in the report's language; never contains a BSN, name or birth date
 * @param grondslagen the legal basis
 */
public record Finding(
    String code, Severity severity, Pointer pointer, String message, List<Grondslag> grondslagen) {
  /** Rejects missing components. */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    grondslagen = List.copyOf(grondslagen);
  }

  /** Returns {@code SEVERITY CODE pointer: message [basis]}. */
  @Override
  public String toString() {
    return severity + " " + code + " " + (pointer.toString().isEmpty() ? "/" : pointer) + ": "
        + message + " " + grondslagen;
  }
}
