package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Codes;
import java.util.List;

/**
 * The seven themes of maatschappelijke begeleiding (art. 13 Wi, art. 5.1 BI) used by this library to
 * plan and report guidance.
 *
 * <p>This is a <em>project list</em>: the themes come from the texts this project started from and
 * no official source or code list for them was found (shared research MB-01). The law only fixes two
 * components, practical help with basic provisions and information about them (art. 13(2) Wi), and
 * names examples such as wonen, zorg, werk, inkomen, verzekeringen and onderwijs (art. 5.1 BI).
 *
 * <p>Each theme carries a crosswalk to the domains of the Zelfredzaamheids-Matrix (ZRM) used by
 * VluchtelingenWerk (MB-03) and to the coded list {@code Aandachtspunt} of the Gemeentelijk
 * Gegevensmodel (MB-06), where a counterpart exists.
 */
public enum MaatschappelijkeBegeleidingThema implements Code {
  /** Wonen. */
  WONEN("WONEN", "Wonen", List.of("huisvesting"), List.of("WOONSITUATIE")),
  /** Financiële situatie &amp; Administratie. */
  FINANCIEN_EN_ADMINISTRATIE(
      "FINANCIEN", "Financiële situatie & Administratie", List.of("financiën"), List.of("FINANCIEN")),
  /** Gezondheid. */
  GEZONDHEID(
      "GEZONDHEID",
      "Gezondheid",
      List.of(),
      List.of("LICHAAMELIJKE_GEZONDHEID", "PSYCHISCHE_GEZONDHEID", "VERSLAVING")),
  /** Inburgering. */
  INBURGERING("INBURGERING", "Inburgering", List.of("werk en opleiding"), List.of("TAAL")),
  /** Gezin &amp; Familie. */
  GEZIN_EN_FAMILIE("GEZIN", "Gezin & Familie", List.of(), List.of("ZORGTAKEN")),
  /** Sociaal netwerk. */
  SOCIAAL_NETWERK("NETWERK", "Sociaal netwerk", List.of("sociaal netwerk"), List.of()),
  /** Participatie in de samenleving. */
  PARTICIPATIE(
      "PARTICIPATIE",
      "Participatie in de samenleving",
      List.of("maatschappelijke participatie", "tijdsbesteding"),
      List.of("DIGITALE_VAARDIGHEDEN"));

  private final String code;
  private final String omschrijving;
  private final List<String> zrmDomeinen;
  private final List<String> ggmAandachtspunten;

  MaatschappelijkeBegeleidingThema(
      String code, String omschrijving, List<String> zrm, List<String> ggm) {
    this.code = code;
    this.omschrijving = omschrijving;
    this.zrmDomeinen = zrm;
    this.ggmAandachtspunten = ggm;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String omschrijving() {
    return omschrijving;
  }

  /** Returns the ZRM domains (as named by VluchtelingenWerk) this theme covers; may be empty. */
  public List<String> zrmDomeinen() {
    return zrmDomeinen;
  }

  /** Returns the GGM {@code Aandachtspunt} codes (spelled as in the GGM) this theme covers. */
  public List<String> ggmAandachtspunten() {
    return ggmAandachtspunten;
  }

  /**
   * Returns the constant with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static MaatschappelijkeBegeleidingThema fromCode(String code) {
    return Codes.fromCode(MaatschappelijkeBegeleidingThema.class, code);
  }
}
