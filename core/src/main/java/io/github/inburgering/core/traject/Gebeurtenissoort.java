package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Codes;
import io.github.inburgering.core.model.Code;

import io.github.inburgering.core.model.DuoGebeurtenis;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of {@link Gebeurtenis}, with who brings them about and the DUO events that signal them.
 * The transition table ({@link Transities#tabel()}) is keyed by this enum.
 */
public enum Gebeurtenissoort implements Code {
  /** DUO established the plicht (T1). */
  PLICHT_ONTSTAAN("plicht ontstaan", "plicht arises", Actor.DUO, DuoGebeurtenis.SS101,
      DuoGebeurtenis.SS139, DuoGebeurtenis.SS128),
  /** Temporary vrijstelling (T2). */
  TIJDELIJKE_VRIJSTELLING("tijdelijke vrijstelling", "temporary vrijstelling", Actor.DUO,
      DuoGebeurtenis.SS109),
  /** The temporary vrijstelling ended and the plicht resumes (T2). */
  PLICHT_HERVAT("plicht hervat", "plicht resumes", Actor.DUO, DuoGebeurtenis.SS129,
      DuoGebeurtenis.SS130),
  /** Whole or partial vrijstelling (T3). */
  VRIJSTELLING("vrijstelling", "vrijstelling", Actor.DUO, DuoGebeurtenis.SS107,
      DuoGebeurtenis.SS117),
  /** The college called the person for the brede intake (T4). */
  BREDE_INTAKE_GESTART("brede intake gestart", "broad intake started", Actor.COLLEGE),
  /** The person did not appear or cooperate at the brede intake (T4, art. 14 and 22 Wi). */
  INTAKE_VERZUIM("verzuim brede intake", "broad intake missed", Actor.COLLEGE),
  /** The college adopted a PIP: the first, or a new one after a move (T5, T8). */
  PIP_VASTGESTELD("PIP vastgesteld", "PIP adopted", Actor.COLLEGE, DuoGebeurtenis.SS102),
  /** The college changed the leerroute (T6). */
  LEERROUTE_GEWIJZIGD("leerroute gewijzigd", "leerroute changed", Actor.COLLEGE),
  /** The college lowered the level to A2 (T7). */
  AFGESCHAALD("afgeschaald naar A2", "lowered to A2", Actor.COLLEGE),
  /** The person moved to another gemeente (T8). */
  VERHUISD("verhuisd", "moved", Actor.DUO, DuoGebeurtenis.SS120, DuoGebeurtenis.SS121),
  /** The person applied to DUO for an extension (T9, T10). */
  VERLENGING_AANGEVRAAGD("verlenging aangevraagd", "extension applied for", Actor.INBURGERAAR),
  /** DUO refused the extension applied for (T9; SS113). */
  VERLENGING_AFGEWEZEN("verlenging afgewezen", "extension refused", Actor.DUO,
      DuoGebeurtenis.SS113),
  /** DUO extended the termijn (T9). */
  TERMIJN_VERLENGD("termijn verlengd", "termijn extended", Actor.DUO, DuoGebeurtenis.SS103,
      DuoGebeurtenis.SS104),
  /** DUO granted an ontheffing (T14). */
  ONTHEFFING("ontheffing", "ontheffing", Actor.DUO, DuoGebeurtenis.SS108, DuoGebeurtenis.SS119),
  /** An exam result is known (T13). */
  EXAMENUITSLAG("examenuitslag", "exam result", Actor.DUO, DuoGebeurtenis.SS199,
      DuoGebeurtenis.SS106),
  /** The PVT is completed (T13). */
  PVT_AFGEROND("PVT afgerond", "PVT completed", Actor.COLLEGE),
  /** The MAP is completed (T13). */
  MAP_AFGEROND("MAP afgerond", "MAP completed", Actor.COLLEGE),
  /** Hours were followed (T13; counts for afschalen, the Z-route and the new termijn). */
  UREN_GEVOLGD("uren gevolgd", "hours followed", Actor.INSTELLING),
  /** The taalschakeltraject is completed (T13, onderwijsroute). */
  TAALSCHAKELTRAJECT_AFGEROND("taalschakeltraject afgerond", "taalschakeltraject completed",
      Actor.INSTELLING),
  /** The college held the Z-route's eindgesprek (T13). */
  EINDGESPREK_GEVOERD("eindgesprek gevoerd", "final interview held", Actor.COLLEGE),
  /** The termijn passed (T10). */
  TERMIJN_VERSTREKEN("termijn verstreken", "termijn expired", Actor.KLOK),
  /** DUO imposed a fine of art. 24 or 25 Wi (T11, T12). */
  DUO_BOETE("boete DUO", "DUO fine", Actor.DUO),
  /** The college imposed a fine of art. 23 Wi (E1). */
  COLLEGE_BOETE("boete college", "college fine", Actor.COLLEGE),
  /** The doelgroep changed (SS124, SS125). */
  DOELGROEP_GEWIJZIGD("doelgroep gewijzigd", "target group changed", Actor.DUO,
      DuoGebeurtenis.SS124, DuoGebeurtenis.SS125),
  /** The plicht ended (T15). */
  PLICHT_BEEINDIGD("plicht beëindigd", "plicht ended", Actor.DUO, DuoGebeurtenis.SS110,
      DuoGebeurtenis.SS111);

  /** Who brings an event about. */
  public enum Actor {
    /** DUO, for the Minister. */
    DUO,
    /** The college of burgemeester en wethouders. */
    COLLEGE,
    /** The inburgeringsplichtige, by a request. */
    INBURGERAAR,
    /** A course institution, reporting hours or completion. */
    INSTELLING,
    /** The passing of time. */
    KLOK
  }

  private final String nl;
  private final String en;
  private final Actor actor;
  private final Set<DuoGebeurtenis> duoGebeurtenissen;

  Gebeurtenissoort(String nl, String en, Actor actor, DuoGebeurtenis... duo) {
    this.nl = nl;
    this.en = en;
    this.actor = actor;
    Set<DuoGebeurtenis> s = EnumSet.noneOf(DuoGebeurtenis.class);
    s.addAll(java.util.List.of(duo));
    this.duoGebeurtenissen = java.util.Collections.unmodifiableSet(s);
  }

  /** Returns the Dutch label. */
  public String nl() {
    return nl;
  }

  /** Returns the English label. */
  public String en() {
    return en;
  }

  /** Returns who brings the event about. */
  public Actor actor() {
    return actor;
  }

  /** Returns the DUO events that signal this kind of event; empty when DUO does not signal it. */
  public Set<DuoGebeurtenis> duoGebeurtenissen() {
    return duoGebeurtenissen;
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
   * Returns the kind of event with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static Gebeurtenissoort fromCode(String code) {
    return Codes.fromCode(Gebeurtenissoort.class, code);
  }
}
