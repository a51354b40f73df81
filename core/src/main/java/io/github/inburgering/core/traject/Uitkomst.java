package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Checks;
import io.github.inburgering.core.regels.Report;
import java.util.List;

/**
 * The result of applying an event: {@link Aanvaard} with the new traject and its effects, or
 * {@link Geweigerd} with the report of every broken rule and the traject unchanged.
 */
public sealed interface Uitkomst {

  /** Returns the traject after the event: the new one, or the unchanged one after a refusal. */
  Traject traject();

  /** Returns the findings: the refusal's errors, or the warnings of an accepted event. */
  Report report();

  /** Returns whether the event was accepted. */
  default boolean isAanvaard() {
    return this instanceof Aanvaard;
  }

  /**
   * The event was accepted.
   *
   * @param traject the new traject
   * @param effecten the consequences, each traced to a rule
   * @param report warnings and information; no errors
   */
  record Aanvaard(Traject traject, List<Effect> effecten, Report report) implements Uitkomst {
    /** Rejects missing components and a report with errors. */
    public Aanvaard {
      Checks.required(traject, "Aanvaard.traject");
      effecten = Checks.list(effecten, "Aanvaard.effecten");
      Checks.required(report, "Aanvaard.report");
      if (!report.isValid()) {
        throw new IllegalArgumentException("an accepted event has no errors");
      }
    }
  }

  /**
   * The event was refused; the traject is unchanged.
   *
   * @param traject the unchanged traject
   * @param report the broken rules, at least one error
   */
  record Geweigerd(Traject traject, Report report) implements Uitkomst {
    /** Rejects missing components and a report without errors. */
    public Geweigerd {
      Checks.required(traject, "Geweigerd.traject");
      Checks.required(report, "Geweigerd.report");
      if (report.isValid()) {
        throw new IllegalArgumentException("a refusal has at least one error");
      }
    }
  }
}
