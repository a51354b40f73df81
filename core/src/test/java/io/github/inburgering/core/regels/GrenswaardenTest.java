package io.github.inburgering.core.regels;

import static io.github.inburgering.core.testing.Voorbeelden.PEILDATUM;
import static io.github.inburgering.core.testing.Voorbeelden.basis;
import static io.github.inburgering.core.testing.Voorbeelden.eerstePip;
import static io.github.inburgering.core.testing.Voorbeelden.intake;
import static io.github.inburgering.core.testing.Voorbeelden.onderwijsroute;
import static io.github.inburgering.core.testing.Voorbeelden.volgendePip;
import static io.github.inburgering.core.testing.Voorbeelden.zRoute;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.Periode;
import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Inburgeringsplicht;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Lening;
import io.github.inburgering.core.model.MapAfspraak;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.Ontzorgen;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.RedenWijziging;
import io.github.inburgering.core.model.Uren;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.model.Vrijstelling;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edges of the rules with a number or a date in them: the value on the edge and the first value
 * past it. A rule with an off-by-one error fails one of each pair.
 */
class GrenswaardenTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static Dossier met(Dossier d, UnaryOperator<Dossier.Builder> f) {
    return f.apply(d.toBuilder()).build();
  }

  private static Arguments rand(String naam, String code, boolean verwacht, Supplier<Dossier> d) {
    return Arguments.of(naam, code, verwacht, d, PEILDATUM);
  }

  private static Arguments rand(String naam, String code, boolean verwacht, LocalDate peil, Supplier<Dossier> d) {
    return Arguments.of(naam, code, verwacht, d, peil);
  }

  private static Verlenging verlenging(Verlengingsgrond g, Period p, LocalDate aanvraag) {
    return new Verlenging(g, p, Optional.ofNullable(aanvraag), aanvraag == null ? d(2026, 11, 1) : aanvraag.plusWeeks(2));
  }

  private static Dossier geboren(LocalDate datum) {
    return met(basis(), b -> b.inburgeraar(basis().inburgeraar().toBuilder().geboortedatum(datum).build()));
  }

  private static Dossier plichtOp(Dossier d, LocalDate ontstaan) {
    return met(d, b -> b.plicht(Inburgeringsplicht.lopend(ontstaan, PlichtGrond.NIET_TIJDELIJK_VERBLIJF, d(2024, 1, 22))));
  }

  private static Dossier zAfgerond(Doelgroep doelgroep, Uren uren, int intakeUren) {
    Dossier z = eerstePip(basis(), b -> zRoute(b).maatschappelijkeBegeleiding(
        doelgroep == Doelgroep.ASIELSTATUSHOUDER ? Set.of(io.github.inburgering.core.model.MaatschappelijkeBegeleidingThema.WONEN) : Set.of())
        .financiering(null));
    return met(z, b -> b.inburgeraar(z.inburgeraar().toBuilder().doelgroep(doelgroep).build())
        .bredeIntake(intake(0).nt2UrenTijdensIntake(intakeUren).build())
        .uren(uren).zrouteAfgerond(d(2025, 6, 1)));
  }

  static Stream<Arguments> randen() {
    // basis: plicht 2024-01-10, kennisgeving 2024-01-22, first PIP 2024-03-14, termijn 2024-03-15 .. 2027-03-14
    return Stream.of(
        rand("16 on the day the plicht arises", "PL-001", false, () -> geboren(d(2008, 1, 10))),
        rand("one day short of 16", "PL-001", true, () -> geboren(d(2008, 1, 11))),
        // born 1957-03-01: 66 years 10 months falls in 2024, where the age is 67: AOW on 2024-03-01
        rand("AOW age reached the day after", "PL-002", false, () -> plichtOp(geboren(d(1957, 3, 1)), d(2024, 2, 29))),
        rand("AOW age reached on the day", "PL-002", true, () -> plichtOp(geboren(d(1957, 3, 1)), d(2024, 3, 1))),
        rand("plicht arises on 2022-01-01", "PL-003", false,
            () -> met(basis(2), b -> b.plicht(Inburgeringsplicht.lopend(d(2022, 1, 1), PlichtGrond.NIET_TIJDELIJK_VERBLIJF, d(2022, 1, 22))))),
        // registered 2024-02-01, after DUO's kennisgeving of 2024-01-22: 10 weeks from registration
        rand("PIP on the 10-week deadline", "PIP-011", false, () -> eerstePip(basis(), b -> b.dagtekening(d(2024, 4, 11)))),
        rand("PIP a day after the deadline", "PIP-011", true, () -> eerstePip(basis(), b -> b.dagtekening(d(2024, 4, 12)))),
        rand("registered before the kennisgeving: 10 weeks from the kennisgeving", "PIP-011", true,
            () -> met(eerstePip(basis(), b -> b.dagtekening(d(2024, 4, 2))),
                b -> b.inburgeraar(basis().inburgeraar().toBuilder().vestigingsdatum(d(2024, 1, 2)).build()))),
        rand("registered before the kennisgeving, on the deadline", "PIP-011", false,
            () -> met(eerstePip(basis(), b -> b.dagtekening(d(2024, 4, 1))),
                b -> b.inburgeraar(basis().inburgeraar().toBuilder().vestigingsdatum(d(2024, 1, 2)).build()))),
        rand("route change on the last day of 1.5 years", "PIP-023", false,
            () -> volgendePip(basis(), b -> zRoute(b).dagtekening(d(2025, 9, 15)).redenWijziging(RedenWijziging.SCHAKELEN))),
        rand("route change a day later", "PIP-023", true,
            () -> volgendePip(basis(), b -> zRoute(b).dagtekening(d(2025, 9, 16)).redenWijziging(RedenWijziging.SCHAKELEN))),
        rand("onderwijsroute to B1-route at any time", "PIP-023", false,
            () -> volgendePip(eerstePip(basis(), b -> onderwijsroute(b)), b -> b.leerroute(Leerroute.B1_ROUTE)
                .map(MapAfspraak.uren(80)).dagtekening(d(2026, 4, 1)).redenWijziging(RedenWijziging.SCHAKELEN))),
        rand("B1-route to onderwijsroute late", "PIP-023", true,
            () -> volgendePip(basis(), b -> onderwijsroute(b).dagtekening(d(2026, 4, 1)).redenWijziging(RedenWijziging.SCHAKELEN))),
        rand("late change in a bijzonder geval", "PIP-023", false,
            () -> volgendePip(basis(), b -> zRoute(b).dagtekening(d(2026, 4, 1)).redenWijziging(RedenWijziging.SCHAKELEN)
                .bijzonderGeval("Ernstige ziekte in het eerste jaar"))),
        rand("late change after a niet-vrijstellende opleiding", "PIP-023", false,
            () -> volgendePip(eerstePip(basis(), b -> b.indicatorMagOpleidingAfmaken(true)),
                b -> zRoute(b).dagtekening(d(2026, 4, 1)).redenWijziging(RedenWijziging.SCHAKELEN))),
        rand("afschalen after exactly 600 hours", "PIP-024", false,
            () -> met(volgendePip(basis(), b -> b.dagtekening(d(2025, 1, 10)).niveau(NiveauPip.A2).redenWijziging(RedenWijziging.AFSCHALEN)),
                b -> b.uren(new Uren(600, 0, 0, 0, 0)))),
        rand("afschalen after 599 hours", "PIP-024", true,
            () -> met(volgendePip(basis(), b -> b.dagtekening(d(2025, 1, 10)).niveau(NiveauPip.A2).redenWijziging(RedenWijziging.AFSCHALEN)),
                b -> b.uren(new Uren(599, 0, 0, 0, 0)))),
        rand("brede-intake NT2 hours count for afschalen", "PIP-024", false,
            () -> met(volgendePip(basis(), b -> b.dagtekening(d(2025, 1, 10)).niveau(NiveauPip.A2).redenWijziging(RedenWijziging.AFSCHALEN)),
                b -> b.uren(new Uren(500, 0, 0, 0, 0)).bredeIntake(intake(0).nt2UrenTijdensIntake(100).build()))),
        rand("Z-route completed at 800 course hours", "ZR-002", false,
            () -> zAfgerond(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, new Uren(700, 100, 0, 0, 0), 0)),
        rand("Z-route completed at 799 course hours", "ZR-002", true,
            () -> zAfgerond(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, new Uren(700, 99, 0, 0, 0), 0)),
        rand("intake NT2 hours count for the Z-route", "ZR-002", false,
            () -> zAfgerond(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, new Uren(600, 100, 0, 0, 0), 100)),
        rand("gezinsmigrant needs no participation hours", "ZR-003", false,
            () -> zAfgerond(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, new Uren(800, 0, 0, 0, 0), 0)),
        rand("asielstatushouder: PVT and MAP hours count to 800", "ZR-003", false,
            () -> zAfgerond(Doelgroep.ASIELSTATUSHOUDER, new Uren(800, 0, 700, 40, 60), 0)),
        rand("asielstatushouder: 799 participation hours", "ZR-003", true,
            () -> zAfgerond(Doelgroep.ASIELSTATUSHOUDER, new Uren(800, 0, 700, 40, 59), 0)),
        rand("extension applied for exactly 6 months before the end", "TR-004", false,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), d(2026, 9, 15))))),
        rand("extension applied for a day earlier", "TR-004", true,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), d(2026, 9, 14))))),
        rand("second extension counts from the extended end", "TR-004", false,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), d(2026, 10, 1)))
                .addVerlengingen(verlenging(Verlengingsgrond.ZIEKTE, Period.ofMonths(4), d(2027, 1, 15))))),
        rand("literacy extension of 6 months", "TR-005", false,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.ALFABETISERING, Period.ofMonths(6), null)))),
        rand("literacy extension of 6 months and a day", "TR-005", true,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.ALFABETISERING, Period.of(0, 6, 1), null)))),
        rand("homelessness extension of 2 years", "TR-005", false,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.DAKLOOSHEID, Period.ofYears(2), null)))),
        rand("homelessness extension over 2 years", "TR-005", true,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.DAKLOOSHEID, Period.of(2, 0, 1), null)))),
        rand("birth: 16 weeks", "TR-005", false,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.BEVALLING, Period.ofWeeks(16), null)))),
        rand("illness of exactly 3 months", "TR-006", false,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.ZIEKTE, Period.ofMonths(3), null)))),
        rand("illness a day short of 3 months", "TR-006", true,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.ZIEKTE, Period.ofDays(91), null)))),
        rand("death of a relative needs no 3 months", "TR-006", false,
            () -> met(basis(), b -> b.addVerlengingen(verlenging(Verlengingsgrond.OVERLIJDEN, Period.ofMonths(1), null)))),
        // last day 2027-03-14, so DUO's (exclusive) einddatum is 2027-03-15
        rand("culpable 'no' with DUO's end date exactly 2 months ahead", "PM-007", false, d(2027, 1, 15),
            () -> met(basis(), b -> b.map(new Afronding(d(2027, 1, 1), Optional.of(false))))),
        rand("culpable 'no' with DUO's end date 2 months and a day ahead", "PM-007", true, d(2027, 1, 14),
            () -> met(basis(), b -> b.map(new Afronding(d(2027, 1, 1), Optional.of(false))))),
        rand("culpability on the termijn's last day", "PM-005", true, d(2027, 6, 1),
            () -> met(basis(), b -> b.map(new Afronding(d(2027, 3, 14), Optional.of(true))))),
        rand("culpability the day after the last day", "PM-005", false, d(2027, 6, 1),
            () -> met(basis(), b -> b.map(new Afronding(d(2027, 3, 15), Optional.of(true))))),
        rand("ontzorgen of exactly 6 months", "MB-003", false,
            () -> eerstePip(basis(), b -> b.ontzorgen(new Ontzorgen(Periode.of(d(2024, 3, 14), d(2024, 9, 14)))))),
        rand("ontzorgen of 6 months and a day", "MB-003", true,
            () -> eerstePip(basis(), b -> b.ontzorgen(new Ontzorgen(Periode.of(d(2024, 3, 14), d(2024, 9, 15)))))),
        rand("loan of 10,000 euros", "LN-002", false,
            () -> eerstePip(met(basis(), b -> b.lening(new Lening(10_000)).inburgeraar(basis().inburgeraar().toBuilder()
                .doelgroep(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT).build())),
                b -> b.geschatteIntensiteitB1Route(null).maatschappelijkeBegeleiding(Set.of()))),
        rand("MAP of 40 hours", "PIP-019", false, () -> eerstePip(basis(), b -> b.map(MapAfspraak.uren(40)))),
        rand("MAP of 39 hours", "PIP-019", true, () -> eerstePip(basis(), b -> b.map(MapAfspraak.uren(39)))),
        rand("PVT of 12 hours", "PIP-020", false, () -> eerstePip(basis(), b -> b.pvtUren(12))),
        rand("PVT of 11 hours", "PIP-020", true, () -> eerstePip(basis(), b -> b.pvtUren(11))),
        rand("vrijstelling decided after the PIP", "VR-002", false,
            () -> met(basis(), b -> b.addVrijstellingen(new Vrijstelling.Geheel(RedenVrijstelling.DIP, Oordeel.TOEKENNING, d(2024, 3, 15))))),
        rand("vrijstelling decided on the dagtekening", "VR-002", true,
            () -> met(basis(), b -> b.addVrijstellingen(new Vrijstelling.Geheel(RedenVrijstelling.DIP, Oordeel.TOEKENNING, d(2024, 3, 14))))),
        rand("refused vrijstelling", "VR-002", false,
            () -> met(basis(), b -> b.addVrijstellingen(new Vrijstelling.Geheel(RedenVrijstelling.DIP, Oordeel.AFWIJZING, d(2024, 1, 1))))),
        rand("refused ontheffing", "ON-003", false,
            () -> met(basis(), b -> b.addOntheffingen(new Ontheffing.Geheel(Ontheffingsgrond.MED, Oordeel.AFWIJZING, d(2024, 1, 1))))),
        rand("three language parts ontheven", "ON-001", false,
            () -> met(basis(), b -> b.addOntheffingen(new Ontheffing.Gedeeltelijk(Ontheffingsgrond.MED, Oordeel.TOEKENNING, d(2025, 1, 1),
                Set.of(io.github.inburgering.core.model.Examenonderdeel.LE, io.github.inburgering.core.model.Examenonderdeel.LU,
                    io.github.inburgering.core.model.Examenonderdeel.SC))))),
        rand("AOW age more than 6 months away", "PL-005", false, () -> geboren(d(1959, 11, 2))),
        rand("AOW age exactly 6 months away", "PL-005", true, () -> geboren(d(1959, 11, 1))));
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("randen")
  void edge(String naam, String code, boolean verwacht, Supplier<Dossier> dossier, LocalDate peildatum) {
    Report r = Validator.standaard().validate(dossier.get(), peildatum);
    assertThat(r.has(code)).as("%s in %s", code, r).isEqualTo(verwacht);
  }
}
