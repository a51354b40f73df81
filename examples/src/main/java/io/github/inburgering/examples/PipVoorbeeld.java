package io.github.inburgering.examples;

import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.BredeIntake;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Inburgeraar;
import io.github.inburgering.core.model.Inburgeringsplicht;
import io.github.inburgering.core.model.Leerbaarheidstoets;
import io.github.inburgering.core.model.LeerbaarheidstoetsUitkomst;
import io.github.inburgering.core.model.Leerdoel;
import io.github.inburgering.core.model.Leerdomein;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.MaatschappelijkeBegeleidingThema;
import io.github.inburgering.core.model.MapAfspraak;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.OpleidingEnWerkervaring;
import io.github.inburgering.core.model.Opleidingsniveau;
import io.github.inburgering.core.model.PersoonlijkeOmstandigheden;
import io.github.inburgering.core.model.Pip;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.model.RedenWijziging;
import io.github.inburgering.core.model.VimeLeervorm;
import io.github.inburgering.core.model.Vrijwilligersrol;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Validator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the dossier of an asielstatushouder with a PIP in the B1-route, validates it, then
 * validates a second PIP version that breaks three rules, and prints both reports. Then runs
 * {@link TrajectVoorbeeld}, which plays a traject through the lifecycle.
 *
 * <p>Run with the README's demo command.
 */
public final class PipVoorbeeld {
  private PipVoorbeeld() {}

  /** Builds a valid dossier: an asielstatushouder in Amsterdam with a first PIP in the B1-route. */
  public static Dossier geldigDossier() {
    Inburgeraar inburgeraar = Inburgeraar.builder()
        .bsn(Bsn.parse("111222333"))
        .geboortedatum(LocalDate.of(1994, 5, 17))
        .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
        .gemeente(Gemeentecode.parse("0363"))
        .vestigingsdatum(LocalDate.of(2024, 2, 1))
        .build();
    BredeIntake intake = BredeIntake.builder()
        .startdatum(LocalDate.of(2024, 2, 12))
        .afgerond(LocalDate.of(2024, 3, 8))
        .leerbaarheidstoets(new Leerbaarheidstoets.Afgenomen(
            LeerbaarheidstoetsUitkomst.B1_ROUTE_HAALBAAR,
            new BigDecimal("71.50"),
            new BigDecimal("60.00"),
            LocalDate.of(2024, 2, 20)))
        .opleidingEnWerkervaring(new OpleidingEnWerkervaring(Opleidingsniveau.MBO, 6, false))
        .persoonlijkeOmstandigheden(new PersoonlijkeOmstandigheden(
            Optional.empty(), Optional.of("Zorg voor twee kinderen (4 en 7 jaar)"), true))
        .geadviseerdeLeerroute(Leerroute.B1_ROUTE)
        .build();
    PipVersie eerste = PipVersie.builder()
        .dagtekening(LocalDate.of(2024, 3, 14))
        .gemeente(Gemeentecode.parse("0363"))
        .leerroute(Leerroute.B1_ROUTE)
        .niveau(NiveauPip.B1)
        .geschatteIntensiteitB1Route(1200)
        .begeleidingEnOndersteuning("Klantmanager inburgering; kinderopvang op lesdagen")
        .pvtUren(16)
        .map(MapAfspraak.uren(80))
        .vveAfspraken("Jongste kind naar voorschoolse educatie vanaf april")
        .addMaatschappelijkeBegeleiding(MaatschappelijkeBegeleidingThema.WONEN)
        .addMaatschappelijkeBegeleiding(MaatschappelijkeBegeleidingThema.FINANCIEN_EN_ADMINISTRATIE)
        .addLeerdoelen(new Leerdoel("Gesprekken bij de huisarts voeren",
            Leerdomein.GEZONDHEID_EN_BEWEGEN, VimeLeervorm.NON_FORMEEL,
            Optional.empty(), Optional.of(Vrijwilligersrol.TAALMAATJE)))
        .voortgangsgesprekken(6)
        .build();
    return Dossier.builder()
        .inburgeraar(inburgeraar)
        .plicht(Inburgeringsplicht.lopend(
            LocalDate.of(2023, 11, 20), PlichtGrond.NIET_TIJDELIJK_VERBLIJF, LocalDate.of(2024, 1, 22)))
        .bredeIntake(intake)
        .pip(Pip.of(eerste))
        .build();
  }

  /**
   * Returns the same dossier with a second PIP version that switches to the onderwijsroute at level
   * A2 two years into the termijn, still planning a MAP and giving no reason.
   */
  public static Dossier dossierMetFouten() {
    Dossier d = geldigDossier();
    PipVersie tweede = d.pip().orElseThrow().actueel().toBuilder()
        .dagtekening(LocalDate.of(2026, 4, 1))
        .leerroute(Leerroute.ONDERWIJSROUTE)
        .niveau(NiveauPip.A2)
        .geschatteIntensiteitB1Route(null)
        .redenWijziging(null)
        .build();
    return d.toBuilder().pip(d.pip().orElseThrow().met(tweede)).build();
  }

  /** Prints both reports, then the lifecycle example. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    LocalDate peildatum = LocalDate.of(2026, 5, 1);
    Validator validator = Validator.standaard();
    out.println("inburgering: " + Regels.alle().size() + " regels in de catalogus, "
        + Regels.geldendOp(peildatum).size() + " geldend op " + peildatum);
    out.println();

    Dossier geldig = geldigDossier();
    out.println("1. " + geldig);
    print(out, validator.validate(geldig, peildatum));

    Dossier fout = dossierMetFouten();
    out.println("2. Gewijzigd PIP: schakelen naar de onderwijsroute op niveau A2");
    print(out, validator.validate(fout, peildatum));

    out.println("3. Hetzelfde rapport in het Engels");
    print(out, validator.inTaal(Locale.ENGLISH).validate(fout, peildatum));

    TrajectVoorbeeld.main(args);
  }

  private static void print(PrintStream out, Report report) {
    out.println("   geldig: " + (report.isValid() ? "ja" : "nee") + ", bevindingen: "
        + report.findings().size());
    for (Finding f : report.findings()) {
      out.printf("   %-7s %-8s %-40s %s%n", f.severity(), f.code(), f.pointer(), f.message());
      out.printf("   %-7s %-8s %-40s grondslag: %s%n", "", "", "", f.grondslagen());
    }
    out.println();
  }
}
