package io.github.inburgering.json.v1;

import io.github.inburgering.core.model.Code;
import io.github.inburgering.core.regels.Severity;

/** The severity of a finding as exchanged; the names of {@link Severity}. */
public enum Ernst implements Code {
  /** Error. */
  ERROR(Severity.ERROR),
  /** Warning. */
  WARNING(Severity.WARNING),
  /** Information. */
  INFO(Severity.INFO);

  private final Severity severity;

  Ernst(Severity severity) {
    this.severity = severity;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String omschrijving() {
    return severity.name();
  }
}
