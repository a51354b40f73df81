package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Checks;

/**
 * Hours followed, as registered with DUO (GevolgdeUren API) or by the gemeente. Only hours at a
 * keurmerk institution (art. 32 Wi) or a taalschakel institution (art. 8(2) Wi) belong in {@code nt2}
 * and {@code knm}.
 *
 * @param nt2 NT2 course hours, alfabetiseringsonderwijs included (art. 3.14(2)(a)(i), 5.5(1) BI)
 * @param knm KNM course hours (art. 3.14(2)(a)(ii) BI)
 * @param participatie hours of activities for self-reliance, activation and participation (art.
 *     3.14(2)(b) BI)
 * @param pvt hours of the participatieverklaringstraject (art. 3.1 BI)
 * @param map hours of the module Arbeidsmarkt en Participatie (art. 3.2 BI, 3.1 RI)
 */
public record Uren(int nt2, int knm, int participatie, int pvt, int map) {
  /** No hours at all. */
  public static final Uren GEEN = new Uren(0, 0, 0, 0, 0);

  /** Requires every count to lie in 0–100,000. */
  public Uren {
    Checks.range(nt2, 0, 100_000, "Uren.nt2");
    Checks.range(knm, 0, 100_000, "Uren.knm");
    Checks.range(participatie, 0, 100_000, "Uren.participatie");
    Checks.range(pvt, 0, 100_000, "Uren.pvt");
    Checks.range(map, 0, 100_000, "Uren.map");
  }

  /** Returns the Z-route course hours: NT2 plus KNM (art. 3.14(2)(a) BI). */
  public int cursusuren() {
    return nt2 + knm;
  }

  /** Returns the participation hours with PVT and MAP hours deducted from the norm (art. 3.14(5) BI). */
  public int participatieurenInclusiefPvtEnMap() {
    return participatie + pvt + map;
  }
}
