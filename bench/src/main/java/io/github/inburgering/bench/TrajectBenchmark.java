package io.github.inburgering.bench;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Validator;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Traject;
import io.github.inburgering.core.traject.Transities;
import io.github.inburgering.core.traject.Uitkomst;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The lifecycle engine ({@link Transities}) on the history of the lifecycle example
 * ({@link Trajecten}), against two baselines measured in the same run:
 *
 * <ul>
 *   <li>{@code bouwGebeurtenissen}: building the list of accepted events, so that playing the
 *       history can be read as a multiple of constructing it;
 *   <li>{@code validateDossier}: {@code Validator.standaard().validate} on the clean dossier of
 *       {@link Dossiers} on 2026-05-01, so that the lifecycle can be compared with dossier
 *       validation.
 * </ul>
 *
 * <p>Measured:
 *
 * <ul>
 *   <li>{@code afspelen}: {@code Transities.afspelen} of the whole accepted history (16 events:
 *       the example's 17 without the refused step 7) from {@code Traject.nieuw()};
 *   <li>{@code toepassenAanvaard}: {@code Transities.toepassen} of step 9 (afschalen after 648 NT2
 *       hours, accepted) on the traject after steps 1–8;
 *   <li>{@code toepassenGeweigerd}: {@code Transities.toepassen} of step 7 (afschalen after 468 NT2
 *       hours, refused by PIP-024) on the traject after steps 1–6;
 *   <li>{@code verklaar}: {@code Transities.verklaar} of step 9 on the same traject, in Dutch.
 * </ul>
 *
 * <p>Scores are in nanoseconds. The peildatum of the lifecycle is 2025-12-01, as in the example.
 * Setup checks that the history is accepted, that step 9 is accepted and that step 7 is refused
 * with PIP-024 only, and that the clean dossier has no findings.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class TrajectBenchmark {
  private List<Gebeurtenis> geschiedenis;
  private LocalDate peildatum;
  private Traject voorAanvaard;
  private Gebeurtenis aanvaard;
  private Traject voorGeweigerd;
  private Gebeurtenis geweigerd;
  private Validator standaard;
  private Dossier dossier;
  private LocalDate dossierPeildatum;

  @Setup
  public void setUp() {
    peildatum = Trajecten.PEILDATUM;
    geschiedenis = Trajecten.aanvaard();
    List<Gebeurtenis> alle = Trajecten.gebeurtenissen();
    if (geschiedenis.size() != alle.size() - 1) {
      throw new IllegalStateException("the accepted history has " + geschiedenis.size() + " events");
    }
    Uitkomst geheel = Transities.afspelen(geschiedenis, peildatum);
    if (!geheel.isAanvaard() || !geheel.report().findings().isEmpty()) {
      throw new IllegalStateException("the history is not accepted cleanly: " + geheel.report().codes());
    }

    // Step 9 on the traject after steps 1-8; step 7 was refused and left the traject unchanged.
    int aanvaardIndex = Trajecten.AFSCHALEN_AANVAARD - 1;
    aanvaard = alle.get(aanvaardIndex);
    voorAanvaard = speel(geschiedenis.subList(0, aanvaardIndex - 1));
    Uitkomst ua = Transities.toepassen(voorAanvaard, aanvaard, peildatum);
    if (!ua.isAanvaard()) {
      throw new IllegalStateException("step 9 is refused: " + ua.report().codes());
    }
    String uitleg = Transities.verklaar(voorAanvaard, aanvaard, peildatum, Regels.NEDERLANDS);
    if (!uitleg.contains("Uitkomst: aanvaard")) {
      throw new IllegalStateException("verklaar does not accept step 9:\n" + uitleg);
    }

    int geweigerdIndex = Trajecten.AFSCHALEN_GEWEIGERD - 1;
    geweigerd = alle.get(geweigerdIndex);
    voorGeweigerd = speel(alle.subList(0, geweigerdIndex));
    Uitkomst ug = Transities.toepassen(voorGeweigerd, geweigerd, peildatum);
    if (ug.isAanvaard() || !ug.report().codes().equals(Set.of("PIP-024"))) {
      throw new IllegalStateException("step 7 is not refused by PIP-024 alone: "
          + ug.report().codes());
    }

    standaard = Validator.standaard();
    dossier = Dossiers.geldig();
    dossierPeildatum = LocalDate.of(2026, 5, 1);
    if (!standaard.validate(dossier, dossierPeildatum).findings().isEmpty()) {
      throw new IllegalStateException("the clean dossier has findings: "
          + standaard.validate(dossier, dossierPeildatum).codes());
    }
  }

  private Traject speel(List<Gebeurtenis> stappen) {
    Uitkomst u = Transities.afspelen(stappen, peildatum);
    if (!u.isAanvaard()) {
      throw new IllegalStateException("the steps before the measured event are refused: "
          + u.report().codes());
    }
    return u.traject();
  }

  /** Baseline: build the list of 16 accepted events. */
  @Benchmark
  public List<Gebeurtenis> bouwGebeurtenissen() {
    return Trajecten.aanvaard();
  }

  /** Baseline: validate the clean dossier on 2026-05-01. */
  @Benchmark
  public Report validateDossier() {
    return standaard.validate(dossier, dossierPeildatum);
  }

  @Benchmark
  public Uitkomst afspelen() {
    return Transities.afspelen(geschiedenis, peildatum);
  }

  @Benchmark
  public Uitkomst toepassenAanvaard() {
    return Transities.toepassen(voorAanvaard, aanvaard, peildatum);
  }

  @Benchmark
  public Uitkomst toepassenGeweigerd() {
    return Transities.toepassen(voorGeweigerd, geweigerd, peildatum);
  }

  @Benchmark
  public String verklaar() {
    return Transities.verklaar(voorAanvaard, aanvaard, peildatum, Regels.NEDERLANDS);
  }
}
