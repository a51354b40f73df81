package io.github.inburgering.core.traject;

import static io.github.inburgering.core.traject.Geval.geval;
import static io.github.inburgering.core.traject.TransitiesTabelTest.ASIEL;
import static io.github.inburgering.core.traject.TransitiesTabelTest.B1;
import static io.github.inburgering.core.traject.TransitiesTabelTest.GEZIN;
import static io.github.inburgering.core.traject.TransitiesTabelTest.Z;
import static io.github.inburgering.core.traject.TransitiesTabelTest.b1Behalve;
import static io.github.inburgering.core.traject.TransitiesTabelTest.d;
import static io.github.inburgering.core.traject.TransitiesTabelTest.verlengd;
import static io.github.inburgering.core.traject.TransitiesTabelTest.zroute;
import static io.github.inburgering.core.traject.Trajecten.inTraject;
import static io.github.inburgering.core.traject.Trajecten.lopend;
import static io.github.inburgering.core.traject.Trajecten.na;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verlengingsgrond;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fines as a table: DUO's fines of art. 24 and 25 Wi with the new termijn of art. 7.4 RI at each
 * band edge, the periodic fine of art. 24(4) Wi, and the college's fine of art. 23 Wi with its
 * doubling, culpability and the caps of art. 7.1(5) BI.
 */
class BoeteTabelTest {
  private static final LocalDate D = d(2027, 4, 1);
  private static final Set<Boetesoort> PVT_MAP = EnumSet.of(Boetesoort.PVT_MAP);
  private static final Set<Boetesoort> LEERROUTE = EnumSet.of(Boetesoort.LEERROUTE);
  private static final Set<Boetesoort> BEIDE = EnumSet.of(Boetesoort.PVT_MAP, Boetesoort.LEERROUTE);

  static BigDecimal euro(String s) {
    return new BigDecimal(s);
  }

  static Gebeurtenis.DuoBoeteOpgelegd duo(LocalDate d, Set<Boetesoort> soorten) {
    return Gebeurtenis.DuoBoeteOpgelegd.verwijtbaar(d, soorten,
        soorten.contains(Boetesoort.LEERROUTE) ? Optional.of(500_00) : Optional.empty());
  }

  static Gebeurtenis.CollegeBoeteOpgelegd college(LocalDate d, Verwijtbaarheid v) {
    return new Gebeurtenis.CollegeBoeteOpgelegd(d, v, false);
  }

  /** {@code n} culpable college fines, monthly from {@code eerste}. */
  static Traject reeks(Traject t, LocalDate eerste, int n) {
    for (int i = 0; i < n; i++) {
      t = na(t, college(eerste.plusMonths(i), Verwijtbaarheid.OPZET));
    }
    return t;
  }

  /** Expired B1-route traject with everything done except {@code zonder}. */
  static Traject verstreken(Set<String> zonder) {
    return lopend(B1, ASIEL, true, b1Behalve(zonder));
  }

  static List<Geval> gevallen() {
    List<Geval> l = new ArrayList<>();
    duo(l);
    nieuweTermijn(l);
    periodiek(l);
    college(l);
    plafonds(l);
    return l;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gevallen")
  void regel(Geval g) {
    g.toets();
  }

  private static void duo(List<Geval> l) {
    Traject niets = Trajecten.verstreken(B1);
    l.add(geval("BO-001 BO-006 both fines in one decision", niets, duo(D, BEIDE))
        .aanvaardt(Fase.IN_TRAJECT, "BO-001", "BO-001", "BO-006")
        .args("BO-006", 24L, d(2027, 4, 2), d(2029, 4, 1))
        .en(u -> assertThat(((Uitkomst.Aanvaard) u).effecten().stream()
            .filter(e -> e.code().equals("BO-001")).map(Effect::args))
            .as("fines in the order of the articles, whatever the set's order")
            .containsExactly(List.of(euro("340.00"), "24"), List.of(euro("500.00"), "25")))
        .en(u -> assertThat(u.traject().boetes()).containsExactly(
            new Boete(D, Boetesoort.PVT_MAP, 340_00), new Boete(D, Boetesoort.LEERROUTE, 500_00))));
    l.add(geval("BC-003 DUO fine without culpability", niets, new Gebeurtenis.DuoBoeteOpgelegd(D,
        BEIDE, Optional.of(500_00), false, false, false))
        .weigert("BC-003").op("BC-003", "/gebeurtenis/verwijtbaar"));
    l.add(geval("BO-003 DUO fine after bijstand was reduced", niets,
        new Gebeurtenis.DuoBoeteOpgelegd(D, BEIDE, Optional.of(500_00), true, false, true))
        .weigert("BO-003").op("BO-003", "/gebeurtenis/bijstandVerlaagd"));
    l.add(geval("BO-002 leerroute fine after the permit was refused", niets,
        new Gebeurtenis.DuoBoeteOpgelegd(D, BEIDE, Optional.of(500_00), true, true, false))
        .weigert("BO-002").op("BO-002", "/gebeurtenis/vergunningGeweigerdOfIngetrokken"));
    l.add(geval("BO-002 edge: art. 24 fine after the permit was refused",
        verstreken(Set.of("PVT")), new Gebeurtenis.DuoBoeteOpgelegd(D, PVT_MAP, Optional.empty(),
            true, true, false))
        .aanvaardt(Fase.IN_TRAJECT, "BO-001", "BO-006").args("BO-006", 6L, d(2027, 4, 2),
            d(2027, 10, 1)));
    l.add(geval("BO-004 DUO fines fewer parts than are open", niets, duo(D, PVT_MAP))
        .weigert("BO-004").op("BO-004", "/gebeurtenis/soorten"));
    l.add(geval("BO-004 DUO fines more parts than are open", verstreken(Set.of("PVT")),
        duo(D, BEIDE)).weigert("BO-004"));
    l.add(geval("BO-005 edge: leerroute fine of 1,000 euros", niets,
        Gebeurtenis.DuoBoeteOpgelegd.verwijtbaar(D, BEIDE, Optional.of(1_000_00)))
        .aanvaardt(Fase.IN_TRAJECT, "BO-001", "BO-001", "BO-006"));
    l.add(geval("BO-005 leerroute fine of 1,000.01 euros", niets,
        Gebeurtenis.DuoBoeteOpgelegd.verwijtbaar(D, BEIDE, Optional.of(1_000_01)))
        .weigert("BO-005").op("BO-005", "/gebeurtenis/bedragLeerrouteInCenten"));
    l.add(geval("BO-005 leerroute fine of 0 euros", niets,
        Gebeurtenis.DuoBoeteOpgelegd.verwijtbaar(D, BEIDE, Optional.of(0))).weigert("BO-005"));
  }

  /** Art. 7.4 RI: the length of the new termijn, at each band edge. */
  private static void nieuweTermijn(List<Geval> l) {
    l.add(bo006("RI 7.4(1) PVT and MAP open: 1 year", verstreken(Set.of("PVT", "MAP")), PVT_MAP, 12));
    l.add(bo006("RI 7.4(1) only PVT open: 6 months", verstreken(Set.of("PVT")), PVT_MAP, 6));
    l.add(bo006("RI 7.4(6) the longest applies", verstreken(Set.of("PVT", "MAP", "SC", "SP")),
        BEIDE, 12));
    String[] delen = {"KNM", "LE", "LU", "SC", "SP"};
    int[] maanden = {24, 18, 12, 6, 6};
    for (int n = 0; n <= 4; n++) {
      Set<String> zonder = Set.of(java.util.Arrays.copyOfRange(delen, n, 5));
      l.add(bo006("RI 7.4(2) " + n + " parts passed", verstreken(zonder), LEERROUTE, maanden[n]));
    }
    l.add(bo006("RI 7.4(2) A2 below the PIP level does not count",
        lopend(B1, ASIEL, true, TransitiesTabelTest.pvt(d(2025, 1, 1)),
            TransitiesTabelTest.map(d(2025, 1, 2)),
            Gebeurtenis.Examenuitslag.behaald(d(2025, 2, 1), Examenonderdeel.LE, Taalniveau.A2)),
        LEERROUTE, 24));
    Map<Integer, Integer> asiel = Map.of(400, 24, 401, 18, 800, 18, 801, 12, 1200, 12, 1201, 6);
    Map<Integer, Integer> gezin = Map.of(200, 24, 201, 18, 400, 18, 401, 12, 600, 12, 601, 6);
    for (Doelgroep dg : List.of(ASIEL, GEZIN)) {
      (dg == ASIEL ? asiel : gezin).entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> l.add(bo006("RI 7.4 Z-route " + dg + " " + e.getKey() + " hours",
              lopend(Z, dg, true, zroute(e.getKey(), 0, false)), LEERROUTE, e.getValue())));
    }
  }

  private static Geval bo006(String naam, Traject t, Set<Boetesoort> soorten, int maanden) {
    LocalDate start = D.plusDays(1);
    String[] effecten = soorten.size() == 2
        ? new String[] {"BO-001", "BO-001", "BO-006"} : new String[] {"BO-001", "BO-006"};
    return geval("BO-006 " + naam, t, duo(D, soorten)).aanvaardt(Fase.IN_TRAJECT, effecten)
        .args("BO-006", (long) maanden, start, start.plusMonths(maanden).minusDays(1))
        .en(u -> assertThat(u.traject().nieuweTermijn().orElseThrow().duur().toTotalMonths())
            .isEqualTo(maanden));
  }

  /** Art. 24(3)–(4) Wi: a second fine with a new termijn, then a fine every two years. */
  private static void periodiek(List<Geval> l) {
    Traject een = na(verstreken(Set.of("PVT")), duo(D, PVT_MAP),
        new Gebeurtenis.TermijnVerstreken(d(2027, 10, 2)));
    l.add(geval("BO-006 second fine sets another new termijn", een, duo(d(2027, 11, 1), PVT_MAP))
        .aanvaardt(Fase.IN_TRAJECT, "BO-001", "BO-006")
        .args("BO-006", 6L, d(2027, 11, 2), d(2028, 5, 1)));
    Traject twee = na(een, duo(d(2027, 11, 1), PVT_MAP),
        new Gebeurtenis.TermijnVerstreken(d(2028, 5, 2)));
    l.add(geval("BO-008 third fine exactly two years after the second", twee,
        duo(d(2029, 11, 1), PVT_MAP)).aanvaardt(Fase.TERMIJN_VERSTREKEN, "BO-001", "BO-008")
        .args("BO-008", d(2031, 11, 1))
        .en(u -> assertThat(u.traject().nieuweTermijnen()).hasSize(2)));
    l.add(geval("BO-007 third fine a day earlier", twee, duo(d(2029, 10, 31), PVT_MAP))
        .weigert("BO-007").op("BO-007", "/gebeurtenis/datum"));
    Traject nieuw = na(verstreken(Set.of("SC", "SP")), duo(D, LEERROUTE));
    l.add(geval("VL-001 new termijn not extended for considerable effort", nieuw,
        verlengd(Verlengingsgrond.AANZIENLIJKE_INSPANNING, Period.ofMonths(6), d(2027, 5, 1),
            d(2027, 5, 15))).weigert("VL-001").op("VL-001", "/gebeurtenis/verlenging"));
    l.add(geval("VL-001 edge: new termijn extended for illness", nieuw,
        verlengd(Verlengingsgrond.ZIEKTE, Period.ofMonths(3), d(2027, 5, 1), d(2027, 5, 15)))
        .aanvaardt(Fase.IN_TRAJECT, "VL-003").args("VL-003", "P3M", d(2028, 1, 1))
        .en(u -> assertThat(u.traject().nieuweTermijn().orElseThrow().verlengingen()).hasSize(1))
        .en(u -> assertThat(u.traject().verlengingen()).isEmpty()));
  }

  /** Art. 23 Wi; art. 7.1(2)–(4) BI. */
  private static void college(List<Geval> l) {
    LocalDate d = d(2024, 6, 1);
    Object[][] schaal = {{Verwijtbaarheid.OPZET, 100, "50.00"},
        {Verwijtbaarheid.GROVE_SCHULD, 75, "37.50"}, {Verwijtbaarheid.GEWONE_SCHULD, 50, "25.00"},
        {Verwijtbaarheid.VERMINDERD, 25, "12.50"}};
    for (Object[] r : schaal) {
      l.add(geval("BC-001 culpability " + r[0], inTraject(B1), college(d, (Verwijtbaarheid) r[0]))
          .aanvaardt(Fase.IN_TRAJECT, "BC-001").args("BC-001", euro("50.00"), r[1], euro((String) r[2]))
          .en(u -> assertThat(u.traject().boetes()).containsExactly(
              new Boete(d, Boetesoort.TRAJECT, euro((String) r[2]).movePointRight(2).intValue()))));
    }
    l.add(geval("BC-003 college fine without culpability", inTraject(B1),
        college(d, Verwijtbaarheid.GEEN)).weigert("BC-003").op("BC-003", "/gebeurtenis/verwijtbaarheid"));
    l.add(geval("BO-003 college fine after bijstand was reduced", inTraject(B1),
        new Gebeurtenis.CollegeBoeteOpgelegd(d, Verwijtbaarheid.OPZET, true))
        .weigert("BO-003").op("BO-003", "/gebeurtenis/bijstandVerlaagd"));
    Traject een = na(inTraject(B1), college(d, Verwijtbaarheid.OPZET));
    l.add(geval("BC-001 doubled exactly 12 months later", een,
        college(d.plusMonths(12), Verwijtbaarheid.GEWONE_SCHULD)).aanvaardt(Fase.IN_TRAJECT, "BC-001")
        .args("BC-001", euro("100.00"), 50, euro("50.00")));
    l.add(geval("BC-001 not doubled a day later", een,
        college(d.plusMonths(12).plusDays(1), Verwijtbaarheid.OPZET))
        .aanvaardt(Fase.IN_TRAJECT, "BC-001").args("BC-001", euro("50.00"), 100, euro("50.00")));
    l.add(geval("BC-001 doubling stops at 800 euros", reeks(inTraject(B1), d(2024, 4, 1), 5),
        college(d(2024, 9, 1), Verwijtbaarheid.OPZET)).aanvaardt(Fase.IN_TRAJECT, "BC-001")
        .args("BC-001", euro("800.00"), 100, euro("800.00")));
  }

  /** Art. 7.1(5) BI: 2,400 euros per termijn; 400 to 1,600 per new termijn. */
  private static void plafonds(List<Geval> l) {
    Traject zes = reeks(inTraject(B1), d(2024, 4, 1), 6);
    l.add(geval("BC-004 fine lowered to what remains of 2,400", zes,
        college(d(2024, 10, 1), Verwijtbaarheid.OPZET)).aanvaardt(Fase.IN_TRAJECT, "BC-001", "BC-004")
        .args("BC-004", euro("50.00"), euro("2400.00"))
        .en(u -> assertThat(u.traject().boetes()).last()
            .isEqualTo(new Boete(d(2024, 10, 1), Boetesoort.TRAJECT, 50_00))));
    l.add(geval("BC-002 cap of 2,400 reached", reeks(zes, d(2024, 10, 1), 1),
        college(d(2024, 11, 1), Verwijtbaarheid.VERMINDERD))
        .weigert("BC-002").op("BC-002", "/gebeurtenis"));
    Object[][] banden = {
        {Set.of("PVT"), PVT_MAP, 6, 3, "50.00", "400.00"},
        {Set.of("PVT", "MAP"), PVT_MAP, 12, 4, "50.00", "800.00"},
        {Set.of("LE", "LU", "SC", "SP"), LEERROUTE, 18, 4, "450.00", "1200.00"},
        {Set.of("KNM", "LE", "LU", "SC", "SP"), LEERROUTE, 24, 5, "50.00", "1600.00"}};
    for (Object[] b : banden) {
      @SuppressWarnings("unchecked")
      Traject nt = na(verstreken((Set<String>) b[0]), duo(D, (Set<Boetesoort>) b[1]));
      LocalDate eerste = d(2027, 4, 10);
      int n = (Integer) b[3];
      Traject vol = reeks(nt, eerste, n);
      l.add(geval("BC-004 new termijn of " + b[2] + " months: lowered to the rest of " + b[5], vol,
          college(eerste.plusMonths(n), Verwijtbaarheid.OPZET))
          .aanvaardt(Fase.IN_TRAJECT, "BC-001", "BC-004")
          .args("BC-004", euro((String) b[4]), euro((String) b[5])));
      l.add(geval("BC-002 new termijn of " + b[2] + " months: cap " + b[5], reeks(vol,
          eerste.plusMonths(n), 1), college(eerste.plusMonths(n + 1), Verwijtbaarheid.OPZET))
          .weigert("BC-002"));
    }
  }
}
