package io.github.inburgering.core.regels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The immutable result of validating a document: every broken rule, each with its code, severity,
 * JSON Pointer, message and legal basis. An empty report, or one with warnings and information only,
 * is {@linkplain #isValid() valid}.
 *
 * <p>Findings are ordered by pointer, then code, so that two validations of the same document produce
 * equal reports.
 */
public final class Report {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.pointer().toString())
          .thenComparing(Finding::code)
          .thenComparing(Finding::message);
  private static final Report EMPTY = new Report(List.of());

  private final List<Finding> findings;

  private Report(List<Finding> findings) {
    this.findings = findings;
  }

  /** Returns the report without findings. */
  public static Report empty() {
    return EMPTY;
  }

  /** Returns a report of {@code findings}, sorted. */
  public static Report of(Collection<Finding> findings) {
    List<Finding> l = new ArrayList<>(findings);
    l.forEach(f -> Objects.requireNonNull(f, "finding"));
    l.sort(ORDER);
    return new Report(List.copyOf(l));
  }

  /** Returns every finding. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns whether no finding has severity {@link Severity#ERROR}. */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Returns the findings of {@code severity}. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** Returns the distinct codes, sorted. */
  public Set<String> codes() {
    return new TreeSet<>(findings.stream().map(Finding::code).toList());
  }

  /** Returns whether a finding has {@code code}. */
  public boolean has(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  /** Returns this report with the findings of {@code other} added. */
  public Report merge(Report other) {
    List<Finding> l = new ArrayList<>(findings);
    l.addAll(other.findings);
    return of(l);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /** Returns one line per finding, or {@code Report[geen bevindingen]}. */
  @Override
  public String toString() {
    if (findings.isEmpty()) {
      return "Report[geen bevindingen]";
    }
    StringBuilder sb = new StringBuilder("Report[").append(findings.size()).append(']');
    for (Finding f : findings) {
      sb.append(System.lineSeparator()).append("  ").append(f);
    }
    return sb.toString();
  }
}
