package io.github.inburgering.core.regels;

import io.github.inburgering.core.Periode;
import io.github.inburgering.core.model.Dossier;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of the catalogue: its stable code (never reused), titles, severity, legal basis, source
 * grade, validity period and check. Rules are data; {@link Regels} holds them all.
 */
public final class Regel {

  /** Which date decides whether a rule applies. */
  public enum Peilmoment {
    /** The peildatum given to the validator. */
    PEILDATUM,
    /**
     * The date of the fact the rule judges: a PIP version is judged by the rules in force on its
     * dagtekening, a decision by those in force on its date. The check is always run and asks {@link
     * Sink#geldtOp(LocalDate)} for each fact.
     */
    FEITDATUM,
    /**
     * The rule is checked while raw input is read ({@link Invoer}); a value that was built is
     * always valid for it, so its check on a {@link Dossier} finds nothing.
     */
    INVOER,
    /**
     * The rule decides a transition of the lifecycle ({@code io.github.inburgering.core.traject}):
     * it is checked on the event date when an event is applied; its check on a {@link Dossier}
     * finds nothing.
     */
    TRANSITIE
  }

  /** The check of a rule: reports every place in the dossier that breaks it. */
  @FunctionalInterface
  public interface Controle {
    /**
     * Checks {@code dossier} and reports to {@code out}; must not throw for any dossier.
     *
     * @param dossier the document
     * @param out receives findings, and tells the peildatum and which dates the rule applies on
     */
    void check(Dossier dossier, Sink out);
  }

  /** Receives the findings of one rule. */
  public interface Sink {
    /** Returns the peildatum of the validation. */
    LocalDate peildatum();

    /** Returns whether the rule being checked is in force on {@code datum}. */
    boolean geldtOp(LocalDate datum);

    /** Reports a finding at {@code pointer}; {@code args} fill the message's placeholders. */
    void report(Pointer pointer, Object... args);
  }

  private final String code;
  private final String titelNl;
  private final String titelEn;
  private final Severity severity;
  private final List<Grondslag> grondslagen;
  private final SourceGrade sourceGrade;
  private final Periode geldigheid;
  private final Peilmoment peilmoment;
  private final String toelichting;
  private final Controle controle;

  Regel(
      String code,
      String titelNl,
      String titelEn,
      Severity severity,
      List<Grondslag> grondslagen,
      SourceGrade sourceGrade,
      Periode geldigheid,
      Peilmoment peilmoment,
      String toelichting,
      Controle controle) {
    this.code = Objects.requireNonNull(code);
    this.titelNl = Objects.requireNonNull(titelNl);
    this.titelEn = Objects.requireNonNull(titelEn);
    this.severity = Objects.requireNonNull(severity);
    this.grondslagen = List.copyOf(grondslagen);
    this.sourceGrade = Objects.requireNonNull(sourceGrade);
    this.geldigheid = Objects.requireNonNull(geldigheid);
    this.peilmoment = Objects.requireNonNull(peilmoment);
    this.toelichting = toelichting;
    this.controle = Objects.requireNonNull(controle);
    if (grondslagen.isEmpty()) {
      throw new IllegalArgumentException(code + " has no legal basis");
    }
  }

  /** Returns the stable code, for example {@code PIP-004}. */
  public String code() {
    return code;
  }

  /** Returns the Dutch title. */
  public String titelNl() {
    return titelNl;
  }

  /** Returns the English title. */
  public String titelEn() {
    return titelEn;
  }

  /** Returns the severity of the findings. */
  public Severity severity() {
    return severity;
  }

  /** Returns the legal basis, at least one. */
  public List<Grondslag> grondslagen() {
    return grondslagen;
  }

  /** Returns how firmly the source is established. */
  public SourceGrade sourceGrade() {
    return sourceGrade;
  }

  /** Returns the period in which the rule is in force. */
  public Periode geldigheid() {
    return geldigheid;
  }

  /** Returns which date decides whether the rule applies. */
  public Peilmoment peilmoment() {
    return peilmoment;
  }

  /** Returns a note on the rule's interpretation (always present for UNCERTAIN rules). */
  public Optional<String> toelichting() {
    return Optional.ofNullable(toelichting);
  }

  /** Returns the check. */
  public Controle controle() {
    return controle;
  }

  /** Returns whether the rule is in force on {@code datum}. */
  public boolean geldtOp(LocalDate datum) {
    return geldigheid.bevat(datum);
  }

  /**
   * Returns a finding of this rule at {@code pointer}, with its message in the language of {@code
   * locale}.
   */
  public Finding finding(Pointer pointer, java.util.Locale locale, Object... args) {
    return new Finding(code, severity, pointer, Meldingen.tekst(code, locale, args), grondslagen);
  }

  /** Returns the rule's message in the language of {@code locale}, its placeholders filled. */
  public String melding(java.util.Locale locale, Object... args) {
    return Meldingen.tekst(code, locale, args);
  }

  @Override
  public String toString() {
    return code + " " + titelNl;
  }
}
