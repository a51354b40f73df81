package io.github.inburgering.json;

import io.github.inburgering.core.regels.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of reading untrusted bytes: the document, when it could be read and built, and one
 * report with every finding of every step (limits, JSON Schema, mapping, the rules of the law).
 *
 * <p>A document can be present while the report holds errors: it was well-formed and could be built,
 * but breaks rules; {@link #isGeldig()} tells whether it may be processed.
 *
 * @param <T> the document type
 */
public final class Leesresultaat<T> {
  private final T document;
  private final Report report;

  Leesresultaat(T document, Report report) {
    this.document = document;
    this.report = Objects.requireNonNull(report, "report");
  }

  /** Returns the document, if it could be read and built. */
  public Optional<T> document() {
    return Optional.ofNullable(document);
  }

  /** Returns every finding. */
  public Report report() {
    return report;
  }

  /** Returns whether the document was built and no finding is an error. */
  public boolean isGeldig() {
    return document != null && report.isValid();
  }

  @Override
  public String toString() {
    return "Leesresultaat[" + (document == null ? "geen document" : "document") + ", " + report.findings().size()
        + " bevindingen]";
  }
}
