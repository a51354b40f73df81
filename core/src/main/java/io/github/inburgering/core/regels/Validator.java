package io.github.inburgering.core.regels;

import io.github.inburgering.core.model.Dossier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Validates a {@link Dossier} against the rule catalogue and returns a {@link Report} of every
 * broken rule. It never throws for a dossier: whatever the content, the answer is a report.
 *
 * <p>Which rules apply is dated. Rules with {@link Regel.Peilmoment#PEILDATUM} apply when they are in
 * force on the peildatum; rules with {@link Regel.Peilmoment#FEITDATUM} judge each fact by the rules
 * in force on the fact's own date (a PIP version by its dagtekening). The peildatum is also "today"
 * for rules about the future or about deadlines; the validator never reads the clock.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Validator {
  private static final Validator STANDAARD = new Validator(Regels.alle(), Regels.NEDERLANDS);

  private final List<Regel> regels;
  private final Locale locale;

  private Validator(List<Regel> regels, Locale locale) {
    this.regels = List.copyOf(regels);
    this.locale = locale;
  }

  /** Returns the validator with every rule of the catalogue and Dutch messages. */
  public static Validator standaard() {
    return STANDAARD;
  }

  /** Returns a validator with only {@code regels} (for example a partner's subset). */
  public static Validator met(List<Regel> regels) {
    return new Validator(regels, Regels.NEDERLANDS);
  }

  /** Returns this validator with messages in the language of {@code locale} (Dutch or English). */
  public Validator inTaal(Locale locale) {
    return new Validator(regels, Objects.requireNonNull(locale, "locale"));
  }

  /** Returns the rules this validator checks. */
  public List<Regel> regels() {
    return regels;
  }

  /**
   * Validates {@code dossier} as on {@code peildatum}.
   *
   * @param dossier the document
   * @param peildatum the date of the assessment ("today" for the caller)
   * @return every broken rule; empty when none
   */
  public Report validate(Dossier dossier, LocalDate peildatum) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(peildatum, "peildatum");
    List<Finding> findings = new ArrayList<>();
    for (Regel regel : regels) {
      switch (regel.peilmoment()) {
        case INVOER:
        case TRANSITIE:
          continue;
        case PEILDATUM:
          if (!regel.geldtOp(peildatum)) {
            continue;
          }
          break;
        default:
          break;
      }
      regel
          .controle()
          .check(
              dossier,
              new Regel.Sink() {
                @Override
                public LocalDate peildatum() {
                  return peildatum;
                }

                @Override
                public boolean geldtOp(LocalDate datum) {
                  return regel.geldtOp(datum);
                }

                @Override
                public void report(Pointer pointer, Object... args) {
                  findings.add(regel.finding(pointer, locale, args));
                }
              });
    }
    return Report.of(findings);
  }

  @Override
  public String toString() {
    return "Validator[" + regels.size() + " regels, " + locale.getLanguage() + "]";
  }
}
