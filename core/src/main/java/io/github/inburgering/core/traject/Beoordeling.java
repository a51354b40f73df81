package io.github.inburgering.core.traject;

import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.core.regels.Regel;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The working state of one application of an event: the checks made (for the explanation), the
 * findings and the effects. Package-private.
 */
final class Beoordeling {
  final Traject oud;
  final Gebeurtenis gebeurtenis;
  final Locale taal;
  final Traject.Bouwer nieuw;
  private final Pointer basis;
  private final boolean uitleg;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Effect> effecten = new ArrayList<>();
  private final List<String> stappen = new ArrayList<>();

  /**
   * Starts an application of {@code gebeurtenis}; with {@code uitleg} every check and effect is also
   * written out for {@link Transities#verklaar} (otherwise no text is built that nobody reads).
   */
  Beoordeling(Traject oud, Gebeurtenis gebeurtenis, Locale taal, Pointer basis, boolean uitleg) {
    this.uitleg = uitleg;
    this.oud = oud;
    this.gebeurtenis = gebeurtenis;
    this.taal = taal;
    this.nieuw = oud.bouwer();
    this.basis = basis;
  }

  LocalDate datum() {
    return gebeurtenis.datum();
  }

  /**
   * Checks the rule {@code code} when it is in force on the event date: {@code ok} is whether the
   * event satisfies it. Returns {@code ok}, or {@code true} when the rule is not in force.
   */
  boolean eis(String code, boolean ok, String veld, Object... args) {
    Regel r = Regels.get(code);
    if (!r.geldtOp(datum())) {
      if (uitleg) {
        stappen.add("  - " + code + " " + titel(r) + ": "
            + (isEn() ? "not in force on " : "niet van kracht op ") + datum());
      }
      return true;
    }
    return toets(r, ok, veld, args);
  }

  /** Checks a structural rule of the lifecycle, whatever the date. */
  boolean eisAltijd(String code, boolean ok, String veld, Object... args) {
    return toets(Regels.get(code), ok, veld, args);
  }

  private boolean toets(Regel r, boolean ok, String veld, Object... args) {
    if (ok) {
      if (uitleg) {
        stappen.add("  ✓ " + r.code() + " " + titel(r));
      }
      return true;
    }
    Finding f = r.finding(veld == null ? basis : basis.add(veld), taal, args);
    findings.add(f);
    if (uitleg) {
      stappen.add("  ✗ " + r.code() + " " + titel(r) + ": " + f.message() + " " + r.grondslagen());
    }
    return r.severity() != Severity.ERROR;
  }

  /** Records an effect decided by the rule {@code code}. */
  void effect(String code, Object... args) {
    Effect e = new Effect(code, Arrays.asList(args));
    effecten.add(e);
    if (uitleg) {
      stappen.add("  → " + code + " " + e.tekst(taal) + " " + e.regel().grondslagen());
    }
  }

  boolean heeftFouten() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  Report report() {
    return Report.of(findings);
  }

  List<Effect> effecten() {
    return effecten;
  }

  List<String> stappen() {
    return stappen;
  }

  boolean isEn() {
    return "en".equals(taal.getLanguage());
  }

  private String titel(Regel r) {
    return isEn() ? r.titelEn() : r.titelNl();
  }
}
