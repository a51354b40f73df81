package io.github.inburgering.examples;

import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.traject.Effect;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Traject;
import io.github.inburgering.core.traject.Transities;
import io.github.inburgering.core.traject.Uitkomst;
import io.github.inburgering.core.traject.Urensoort;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plays the lifecycle of an asielstatushouder in the B1-route, event by event: the plicht, the brede
 * intake, the PIP, hours, afschalen refused (too few NT2 hours) and later accepted, a verlenging for
 * considerable effort, the exams and finally voldaan. Prints each step's outcome and the reasoning
 * of {@link Transities#verklaar} for the refused step (in Dutch) and the accepted afschalen (in Dutch
 * and English).
 *
 * <p>Run with the README's demo command, which calls it after {@link PipVoorbeeld}.
 */
public final class TrajectVoorbeeld {
  /** The date the traject is judged on: every event lies on or before it. */
  public static final LocalDate PEILDATUM = LocalDate.of(2025, 12, 1);

  /** The step refused because fewer than 600 NT2 hours were followed (rule PIP-024). */
  static final int AFSCHALEN_GEWEIGERD = 7;

  /** The step that lowers speaking and writing to A2. */
  static final int AFSCHALEN_AANVAARD = 9;

  private TrajectVoorbeeld() {}

  /** Returns the events of the traject in date order; step n is element n - 1. */
  public static List<Gebeurtenis> gebeurtenissen() {
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

  /** Applies every event in turn, prints each outcome, and explains two steps. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println("Levenscyclus: een asielstatushouder in de B1-route, peildatum " + PEILDATUM);
    Traject traject = Traject.nieuw();
    Traject voorGeweigerd = null;
    Traject voorAanvaard = null;
    List<Gebeurtenis> stappen = gebeurtenissen();
    for (int i = 0; i < stappen.size(); i++) {
      int stap = i + 1;
      Gebeurtenis g = stappen.get(i);
      if (stap == AFSCHALEN_GEWEIGERD) {
        voorGeweigerd = traject;
      } else if (stap == AFSCHALEN_AANVAARD) {
        voorAanvaard = traject;
      }
      Uitkomst u = Transities.toepassen(traject, g, PEILDATUM);
      out.printf("%2d. %s %-28s", stap, g.datum(), g.soort().nl());
      if (u instanceof Uitkomst.Aanvaard a) {
        out.println(" aanvaard, toestand " + a.traject().fase().nl());
        for (Effect e : a.effecten()) {
          out.println("      " + e.code() + " " + e.tekst(Regels.NEDERLANDS));
        }
      } else {
        out.println(" geweigerd, traject ongewijzigd");
        for (Finding f : u.report().findings()) {
          out.println("      " + f.code() + " " + f.message());
        }
      }
      traject = u.traject();
    }
    out.println("Eindstand: " + traject);
    out.println();

    out.println("Toelichting bij stap " + AFSCHALEN_GEWEIGERD + " (geweigerd):");
    out.print(Transities.verklaar(voorGeweigerd, stappen.get(AFSCHALEN_GEWEIGERD - 1), PEILDATUM,
        Regels.NEDERLANDS));
    out.println();
    out.println("Toelichting bij stap " + AFSCHALEN_AANVAARD + " (aanvaard):");
    out.print(Transities.verklaar(voorAanvaard, stappen.get(AFSCHALEN_AANVAARD - 1), PEILDATUM,
        Regels.NEDERLANDS));
    out.println();
    out.println("Explanation of step " + AFSCHALEN_AANVAARD + " in English:");
    out.print(Transities.verklaar(voorAanvaard, stappen.get(AFSCHALEN_AANVAARD - 1), PEILDATUM,
        Locale.ENGLISH));
  }
}
