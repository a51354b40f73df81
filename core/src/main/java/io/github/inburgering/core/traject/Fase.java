package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Codes;
import io.github.inburgering.core.model.Code;

/**
 * The phases of the inburgeringsplicht: the states of the lifecycle without their data
 * (section S.2 of the rule reference; art. 3–6, 11, 14, 24–25 Wi). {@link Toestand} carries the data
 * of each phase; this enum names them for tables, diagrams and {@code switch} statements.
 */
public enum Fase implements Code {
  /** No plicht under the Wet inburgering 2021 (art. 3 Wi), or not yet established by DUO. */
  NIET_PLICHTIG("niet plichtig", "not obliged", false),
  /** DUO established the plicht and notified the person and the gemeente (art. 3 Wi; SS101, SS139). */
  GEMELD("gemeld", "notified", false),
  /** Temporarily exempt while leerplichtig or in exempting education (art. 4(1)(c)–(d) Wi). */
  TIJDELIJK_VRIJGESTELD("tijdelijk vrijgesteld", "temporarily exempt", false),
  /** The college runs the brede intake (art. 14 Wi). */
  BREDE_INTAKE("brede intake", "broad intake", false),
  /** The PIP is adopted and the termijn runs (art. 11 and 15 Wi). */
  IN_TRAJECT("in traject", "in traject", false),
  /** The termijn has passed without the plicht being met (art. 24–25 Wi). */
  TERMIJN_VERSTREKEN("termijn verstreken", "termijn expired", false),
  /** The plicht is met (art. 6 Wi). */
  VOLDAAN("voldaan", "met", true),
  /** Whole vrijstelling (art. 4(1)(a), (b), (e) Wi). */
  VRIJGESTELD("vrijgesteld", "exempt", true),
  /** Whole ontheffing (art. 5 Wi). */
  ONTHEVEN("ontheven", "released", true),
  /** The plicht ended otherwise: AOW age, departure, naturalisation, death, changed purpose. */
  BEEINDIGD("beëindigd", "ended", true);

  private final String nl;
  private final String en;
  private final boolean eindtoestand;

  Fase(String nl, String en, boolean eindtoestand) {
    this.nl = nl;
    this.en = en;
    this.eindtoestand = eindtoestand;
  }

  /** Returns the Dutch label. */
  public String nl() {
    return nl;
  }

  /** Returns the English label. */
  public String en() {
    return en;
  }

  /** Returns whether the phase is terminal: it absorbs every event. */
  public boolean isEindtoestand() {
    return eindtoestand;
  }

  /** Returns the code as exchanged: the constant's name. */
  @Override
  public String code() {
    return name();
  }

  /** Returns the Dutch label. */
  @Override
  public String omschrijving() {
    return nl;
  }

  /**
   * Returns the phase with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static Fase fromCode(String code) {
    return Codes.fromCode(Fase.class, code);
  }
}
