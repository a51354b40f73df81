package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Checks;

/**
 * The hour counters of a traject. Hours of the brede intake are kept apart: they count only where
 * the law says so (art. 3.14(6) and 5.5(2) BI; art. 5.3(5) BI).
 *
 * @param nt2 NT2 course hours at a keurmerk or taalschakel institution, alfabetisering included
 * @param knm KNM course hours
 * @param participatie Z-route participation hours
 * @param pvt PVT hours
 * @param map MAP hours
 * @param intakeNt2 NT2 hours during the brede intake
 * @param intakeKnm KNM hours during the brede intake
 * @param intakeParticipatie participation hours during the brede intake
 */
public record Urenstand(int nt2, int knm, int participatie, int pvt, int map, int intakeNt2,
    int intakeKnm, int intakeParticipatie) {
  /** No hours. */
  public static final Urenstand GEEN = new Urenstand(0, 0, 0, 0, 0, 0, 0, 0);

  private static final int MAX = 1_000_000;

  /** Requires every counter to lie in 0–1,000,000. */
  public Urenstand {
    Checks.range(nt2, 0, MAX, "Urenstand.nt2");
    Checks.range(knm, 0, MAX, "Urenstand.knm");
    Checks.range(participatie, 0, MAX, "Urenstand.participatie");
    Checks.range(pvt, 0, MAX, "Urenstand.pvt");
    Checks.range(map, 0, MAX, "Urenstand.map");
    Checks.range(intakeNt2, 0, MAX, "Urenstand.intakeNt2");
    Checks.range(intakeKnm, 0, MAX, "Urenstand.intakeKnm");
    Checks.range(intakeParticipatie, 0, MAX, "Urenstand.intakeParticipatie");
  }

  /** Returns the NT2 hours that count for afschalen: traject and intake (art. 5.5(1)–(2) BI). */
  public int nt2VoorAfschalen() {
    return nt2 + intakeNt2;
  }

  /** Returns the Z-route course hours: NT2 and KNM, intake included (art. 3.14(2)(a), (6) BI). */
  public int zrouteCursusuren() {
    return nt2 + knm + intakeNt2 + intakeKnm;
  }

  /**
   * Returns the Z-route participation hours: participation, intake participation, PVT and MAP
   * (art. 3.14(2)(b), (5), (6) BI).
   */
  public int zrouteParticipatieuren() {
    return participatie + intakeParticipatie + pvt + map;
  }

  /** Returns this with {@code uren} added to the counter of {@code soort}, traject or intake. */
  Urenstand plus(Urensoort soort, int uren, boolean tijdensIntake) {
    int n = Math.min(MAX, uren);
    switch (soort) {
      case NT2:
        return tijdensIntake
            ? new Urenstand(nt2, knm, participatie, pvt, map, cap(intakeNt2 + n), intakeKnm,
                intakeParticipatie)
            : new Urenstand(cap(nt2 + n), knm, participatie, pvt, map, intakeNt2, intakeKnm,
                intakeParticipatie);
      case KNM:
        return tijdensIntake
            ? new Urenstand(nt2, knm, participatie, pvt, map, intakeNt2, cap(intakeKnm + n),
                intakeParticipatie)
            : new Urenstand(nt2, cap(knm + n), participatie, pvt, map, intakeNt2, intakeKnm,
                intakeParticipatie);
      default:
        return tijdensIntake
            ? new Urenstand(nt2, knm, participatie, pvt, map, intakeNt2, intakeKnm,
                cap(intakeParticipatie + n))
            : new Urenstand(nt2, knm, cap(participatie + n), pvt, map, intakeNt2, intakeKnm,
                intakeParticipatie);
    }
  }

  Urenstand metPvt(int uren) {
    return new Urenstand(nt2, knm, participatie, cap(uren), map, intakeNt2, intakeKnm,
        intakeParticipatie);
  }

  Urenstand metMap(int uren) {
    return new Urenstand(nt2, knm, participatie, pvt, cap(uren), intakeNt2, intakeKnm,
        intakeParticipatie);
  }

  private static int cap(int n) {
    return Math.min(MAX, n);
  }
}
