package io.github.inburgering.core.testing;

import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.BredeIntake;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Financiering;
import io.github.inburgering.core.model.Inburgeraar;
import io.github.inburgering.core.model.Inburgeringsplicht;
import io.github.inburgering.core.model.Leerbaarheidstoets;
import io.github.inburgering.core.model.LeerbaarheidstoetsUitkomst;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Fixed example dossiers for table tests. {@link #basis()} passes every rule without a finding on
 * {@link #PEILDATUM}; tests derive broken variants from it.
 */
public final class Voorbeelden {
  private Voorbeelden() {}

  /** The peildatum on which {@link #basis()} is clean. */
  public static final LocalDate PEILDATUM = LocalDate.of(2026, 5, 1);

  /** Amsterdam. */
  public static final Gemeentecode AMSTERDAM = Gemeentecode.parse("0363");

  /** Rotterdam. */
  public static final Gemeentecode ROTTERDAM = Gemeentecode.parse("0599");

  /** The example BSN (passes the 11-proef). */
  public static final Bsn BSN = Bsn.parse("111222333");

  /**
   * An asielstatushouder in Amsterdam with one PIP version in the B1-route, dagtekening 2024-03-14,
   * so the termijn runs from 2024-03-15 to 2027-03-14.
   */
  public static Dossier basis() {
    return basis(0);
  }

  /** The same dossier with every date moved {@code jaren} years earlier (for rules dated 2022). */
  public static Dossier basis(int jaren) {
    return Dossier.builder()
        .inburgeraar(Inburgeraar.builder()
            .bsn(BSN)
            .geboortedatum(d(1994, 5, 17, jaren))
            .doelgroep(Doelgroep.ASIELSTATUSHOUDER)
            .gemeente(AMSTERDAM)
            .vestigingsdatum(d(2024, 2, 1, jaren))
            .build())
        .plicht(Inburgeringsplicht.lopend(d(2024, 1, 10, jaren), PlichtGrond.NIET_TIJDELIJK_VERBLIJF,
            d(2024, 1, 22, jaren)))
        .bredeIntake(intake(jaren).build())
        .pip(Pip.of(versie(jaren).build()))
        .build();
  }

  /** The brede intake of {@link #basis(int)}. */
  public static BredeIntake.Builder intake(int jaren) {
    return BredeIntake.builder()
        .startdatum(d(2024, 2, 12, jaren))
        .afgerond(d(2024, 3, 8, jaren))
        .leerbaarheidstoets(lbt(LeerbaarheidstoetsUitkomst.B1_ROUTE_HAALBAAR, d(2024, 2, 20, jaren)))
        .opleidingEnWerkervaring(new OpleidingEnWerkervaring(Opleidingsniveau.MBO, 6, false))
        .persoonlijkeOmstandigheden(new PersoonlijkeOmstandigheden(Optional.empty(), Optional.empty(), true))
        .geadviseerdeLeerroute(Leerroute.B1_ROUTE);
  }

  /** A leerbaarheidstoets result. */
  public static Leerbaarheidstoets lbt(LeerbaarheidstoetsUitkomst uitkomst, LocalDate datum) {
    return new Leerbaarheidstoets.Afgenomen(uitkomst, new BigDecimal("71.50"), new BigDecimal("60.00"), datum);
  }

  /** The first PIP version of {@link #basis(int)}. */
  public static PipVersie.Builder versie(int jaren) {
    return PipVersie.builder()
        .dagtekening(d(2024, 3, 14, jaren))
        .gemeente(AMSTERDAM)
        .leerroute(Leerroute.B1_ROUTE)
        .niveau(NiveauPip.B1)
        .geschatteIntensiteitB1Route(1200)
        .begeleidingEnOndersteuning("Klantmanager inburgering")
        .pvtUren(16)
        .map(MapAfspraak.uren(80))
        .addMaatschappelijkeBegeleiding(MaatschappelijkeBegeleidingThema.WONEN)
        .voortgangsgesprekken(6)
        .financiering(Financiering.GEMEENTELIJK_AANBOD);
  }

  private static LocalDate d(int y, int m, int day, int jaren) {
    return LocalDate.of(y, m, day).minusYears(jaren);
  }

  /** Returns {@code d} with its first PIP version changed by {@code f}. */
  public static Dossier eerstePip(Dossier d, UnaryOperator<PipVersie.Builder> f) {
    List<PipVersie> vs = new ArrayList<>(d.pip().orElseThrow().versies());
    vs.set(0, f.apply(vs.get(0).toBuilder()).build());
    return d.toBuilder().pip(new Pip(vs)).build();
  }

  /** Returns {@code d} with a next PIP version derived from the newest one by {@code f}. */
  public static Dossier volgendePip(Dossier d, UnaryOperator<PipVersie.Builder> f) {
    Pip pip = d.pip().orElseThrow();
    return d.toBuilder().pip(pip.met(f.apply(pip.actueel().toBuilder()).build())).build();
  }

  /** Switches the first PIP version to the Z-route consistently (level A2, no intensity). */
  public static PipVersie.Builder zRoute(PipVersie.Builder b) {
    return b.leerroute(Leerroute.Z_ROUTE).niveau(NiveauPip.A2).geschatteIntensiteitB1Route(null);
  }

  /** Switches the first PIP version to the onderwijsroute consistently (no MAP, no intensity). */
  public static PipVersie.Builder onderwijsroute(PipVersie.Builder b) {
    return b.leerroute(Leerroute.ONDERWIJSROUTE).niveau(NiveauPip.B1).geschatteIntensiteitB1Route(null)
        .map(MapAfspraak.nietVanToepassing());
  }
}
