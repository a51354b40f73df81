package io.github.inburgering.bench;

import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Urensoort;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The history the lifecycle benchmarks play. A copy of {@code TrajectVoorbeeld.gebeurtenissen()}
 * and its constants in the examples module, because the bench module must not depend on examples.
 * Keep the two in step when the example changes.
 */
final class Trajecten {
  /** The date the traject is judged on: every event lies on or before it. */
  static final LocalDate PEILDATUM = LocalDate.of(2025, 12, 1);

  /** The step refused because fewer than 600 NT2 hours were followed (rule PIP-024). */
  static final int AFSCHALEN_GEWEIGERD = 7;

  /** The step that lowers speaking and writing to A2. */
  static final int AFSCHALEN_AANVAARD = 9;

  private Trajecten() {}

  /** Returns the 17 events of the example in date order; step n is element n - 1. */
  static List<Gebeurtenis> gebeurtenissen() {
    return List.of(
        new Gebeurtenis.PlichtOntstaan(
            LocalDate.of(2022, 2, 14), Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2022, 3, 1)),
        new Gebeurtenis.BredeIntakeGestart(LocalDate.of(2022, 3, 21)),
        new Gebeurtenis.UrenGevolgd(LocalDate.of(2022, 4, 29), Urensoort.NT2, 48),
        Gebeurtenis.PipVastgesteld.of(LocalDate.of(2022, 5, 9), Leerroute.B1_ROUTE),
        new Gebeurtenis.PvtAfgerond(LocalDate.of(2022, 9, 30), 16),
        new Gebeurtenis.UrenGevolgd(LocalDate.of(2023, 6, 30), Urensoort.NT2, 420),
        new Gebeurtenis.Afgeschaald(LocalDate.of(2023, 7, 14),
            EnumSet.of(Examenonderdeel.SC, Examenonderdeel.SP)),
        new Gebeurtenis.UrenGevolgd(LocalDate.of(2023, 12, 22), Urensoort.NT2, 180),
        new Gebeurtenis.Afgeschaald(LocalDate.of(2024, 1, 12),
            EnumSet.of(Examenonderdeel.SC, Examenonderdeel.SP)),
        new Gebeurtenis.MapAfgerond(LocalDate.of(2024, 3, 29), 80),
        Gebeurtenis.Examenuitslag.knmBehaald(LocalDate.of(2024, 6, 11)),
        Gebeurtenis.Examenuitslag.behaald(LocalDate.of(2024, 9, 17), Examenonderdeel.LE, Taalniveau.B1),
        Gebeurtenis.Examenuitslag.behaald(LocalDate.of(2024, 9, 17), Examenonderdeel.LU, Taalniveau.B1),
        new Gebeurtenis.TermijnVerlengd(new Verlenging(Verlengingsgrond.AANZIENLIJKE_INSPANNING,
            Period.ofMonths(6), Optional.of(LocalDate.of(2025, 1, 6)), LocalDate.of(2025, 2, 20))),
        new Gebeurtenis.Examenuitslag(LocalDate.of(2025, 4, 8), Examenonderdeel.SP,
            Optional.of(Taalniveau.A2), false),
        Gebeurtenis.Examenuitslag.behaald(LocalDate.of(2025, 4, 8), Examenonderdeel.SC, Taalniveau.A2),
        Gebeurtenis.Examenuitslag.behaald(LocalDate.of(2025, 6, 3), Examenonderdeel.SP, Taalniveau.A2));
  }

  /**
   * Returns the accepted history: the 17 events without the refused step 7, so 16 events.
   * {@code Transities.afspelen} stops at the first refusal, so it can only play this list to the end.
   */
  static List<Gebeurtenis> aanvaard() {
    List<Gebeurtenis> alle = gebeurtenissen();
    List<Gebeurtenis> aanvaard = new ArrayList<>(alle.size() - 1);
    for (int i = 0; i < alle.size(); i++) {
      if (i != AFSCHALEN_GEWEIGERD - 1) {
        aanvaard.add(alle.get(i));
      }
    }
    return aanvaard;
  }
}
