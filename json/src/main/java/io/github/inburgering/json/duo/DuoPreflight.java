package io.github.inburgering.json.duo;

import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Pip;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Instrument;
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.core.regels.Regel;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a message against DUO's acceptance rules before it is sent, so that a gemeente learns why DUO
 * would refuse it without sending it.
 *
 * <p>The rules are not implemented here: every check builds the dossier as it would be after sending
 * (the PIP version appended, the completion replaced) and runs the core {@link Validator} restricted
 * to the catalogue rules with a legal basis ({@code Grondslag}) in {@link Instrument#DUO_M2M} ({@link
 * #regels()}), keeping only the findings about what is sent. The codes are therefore the catalogue's:
 * {@code PIP-001}–{@code PIP-009} for a PIP, {@code PM-001}–{@code PM-008} for the PVT and MAP, {@code
 * ZR-004} for the Z-route. Rules are dated as in the validator: a PIP version is judged by the rules in
 * force on its dagtekening, the completions by those in force on the peildatum.
 *
 * <p>DUO acceptance rules without a catalogue rule are not checked; {@code docs/duo-mapping.md} lists
 * them.
 */
public final class DuoPreflight {
  private static final List<Regel> DUO_REGELS = Regels.alle().stream()
      .filter(r -> r.grondslagen().stream().anyMatch(g -> g.instrument() == Instrument.DUO_M2M))
      .toList();

  private DuoPreflight() {}

  /** Returns the rules checked: every catalogue rule with a basis in DUO's M2M acceptance rules. */
  public static List<Regel> regels() {
    return DUO_REGELS;
  }

  /**
   * Checks the delivery of a PIP version ({@code POST /personen/{bsn}/PIP}): the dagtekening rules, level
   * against leerroute, no A2 on the first PIP, the estimated intensity only in the B1-route and for an
   * asielstatushouder. Messages are in Dutch.
   *
   * @param dossier the dossier before sending; its PIP history is what DUO knows
   * @param teVersturen the version to send, appended as the newest
   * @param peildatum the day of sending
   * @return the findings about the new version, at {@code /pip/versies/<n>/...}
   */
  public static Report pip(Dossier dossier, PipVersie teVersturen, LocalDate peildatum) {
    return pip(dossier, teVersturen, peildatum, Regels.NEDERLANDS);
  }

  /** As {@link #pip(Dossier, PipVersie, LocalDate)}, with messages in the language of {@code taal}. */
  public static Report pip(Dossier dossier, PipVersie teVersturen, LocalDate peildatum, Locale taal) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(teVersturen, "teVersturen");
    Pip na = dossier.pip().map(p -> p.met(teVersturen)).orElseGet(() -> Pip.of(teVersturen));
    Dossier d = dossier.toBuilder().pip(na).build();
    return over(valideer(d, peildatum, taal), Pointer.of("pip", "versies", na.versies().size() - 1));
  }

  /**
   * Checks the delivery of the date the PVT was signed ({@code PUT /personen/{bsn}/pvt}), with its
   * culpability indication. Messages are in Dutch.
   *
   * @return the findings at {@code /pvt}
   */
  public static Report pvt(Dossier dossier, Afronding teVersturen, LocalDate peildatum) {
    return pvt(dossier, teVersturen, peildatum, Regels.NEDERLANDS);
  }

  /** As {@link #pvt(Dossier, Afronding, LocalDate)}, with messages in the language of {@code taal}. */
  public static Report pvt(Dossier dossier, Afronding teVersturen, LocalDate peildatum, Locale taal) {
    Objects.requireNonNull(teVersturen, "teVersturen");
    Dossier d = dossier.toBuilder().pvt(teVersturen).build();
    return over(valideer(d, peildatum, taal), Pointer.of("pvt"));
  }

  /**
   * Checks the delivery of the date of the MAP eindgesprek ({@code PUT /personen/{bsn}/map}), with its
   * culpability indication. Messages are in Dutch.
   *
   * @return the findings at {@code /map}
   */
  public static Report map(Dossier dossier, Afronding teVersturen, LocalDate peildatum) {
    return map(dossier, teVersturen, peildatum, Regels.NEDERLANDS);
  }

  /** As {@link #map(Dossier, Afronding, LocalDate)}, with messages in the language of {@code taal}. */
  public static Report map(Dossier dossier, Afronding teVersturen, LocalDate peildatum, Locale taal) {
    Objects.requireNonNull(teVersturen, "teVersturen");
    Dossier d = dossier.toBuilder().map(teVersturen).build();
    return over(valideer(d, peildatum, taal), Pointer.of("map"));
  }

  /**
   * Checks the PVT and MAP completions {@code dossier} holds, as they would be sent to DUO ({@code
   * PM-001}–{@code PM-008}). Messages are in Dutch.
   *
   * @param dossier the dossier as it will be after sending
   * @return the findings at {@code /pvt} and {@code /map}
   */
  public static Report pvtMap(Dossier dossier, LocalDate peildatum) {
    return pvtMap(dossier, peildatum, Regels.NEDERLANDS);
  }

  /** As {@link #pvtMap(Dossier, LocalDate)}, with messages in the language of {@code taal}. */
  public static Report pvtMap(Dossier dossier, LocalDate peildatum, Locale taal) {
    Report r = valideer(dossier, peildatum, taal);
    return over(r, Pointer.of("pvt")).merge(over(r, Pointer.of("map")));
  }

  /**
   * Checks the delivery of the date the Z-route was completed ({@code PUT /personen/{bsn}/zroute}).
   * Messages are in Dutch.
   *
   * @return the findings at {@code /zrouteAfgerond}
   */
  public static Report zroute(Dossier dossier, LocalDate datumAfronding, LocalDate peildatum) {
    Objects.requireNonNull(datumAfronding, "datumAfronding");
    Dossier d = dossier.toBuilder().zrouteAfgerond(datumAfronding).build();
    return over(valideer(d, peildatum, Regels.NEDERLANDS), Pointer.of("zrouteAfgerond"));
  }

  private static Report valideer(Dossier d, LocalDate peildatum, Locale taal) {
    Objects.requireNonNull(peildatum, "peildatum");
    Objects.requireNonNull(taal, "taal");
    return Validator.met(DUO_REGELS).inTaal(taal).validate(d, peildatum);
  }

  /** Returns the findings of {@code r} at {@code plek} or below it. */
  private static Report over(Report r, Pointer plek) {
    List<String> prefix = plek.tokens();
    List<Finding> l = r.findings().stream()
        .filter(f -> f.pointer().tokens().size() >= prefix.size()
            && f.pointer().tokens().subList(0, prefix.size()).equals(prefix))
        .toList();
    return Report.of(l);
  }
}
