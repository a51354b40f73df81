package io.github.inburgering.bench;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code Validator.standaard().validate(dossier, peildatum)} on a clean dossier and on a dossier with
 * findings, against two baselines measured in the same run:
 *
 * <ul>
 *   <li>{@code build*}: building the same dossier with the builders, so that validation cost can be
 *       read as a multiple of construction cost;
 *   <li>{@code leeg*}: {@code Validator.met(List.of())}, a validator without rules, which measures
 *       what the engine costs before any rule runs.
 * </ul>
 *
 * <p>Scores are in microseconds, except the {@code leeg*} baselines, which are in nanoseconds.
 *
 * <p>The dossiers are copies of the PIP example ({@link Dossiers}); the peildatum is 2026-05-01, as
 * in the example. Setup checks that the clean dossier has no findings and the other has some.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ValidatorBenchmark {
  private Validator standaard;
  private Validator leeg;
  private Dossier geldig;
  private Dossier metFouten;
  private LocalDate peildatum;

  @Setup
  public void setUp() {
    standaard = Validator.standaard();
    leeg = Validator.met(List.of());
    geldig = Dossiers.geldig();
    metFouten = Dossiers.metFouten();
    peildatum = LocalDate.of(2026, 5, 1);
    if (!standaard.validate(geldig, peildatum).findings().isEmpty()) {
      throw new IllegalStateException("the clean dossier has findings: "
          + standaard.validate(geldig, peildatum).codes());
    }
    if (standaard.validate(metFouten, peildatum).findings().isEmpty()) {
      throw new IllegalStateException("the dossier with errors has no findings");
    }
  }

  /** Baseline: build the clean dossier. */
  @Benchmark
  public Dossier buildGeldig() {
    return Dossiers.geldig();
  }

  /** Baseline: build the dossier with findings (the clean one plus a second PIP version). */
  @Benchmark
  public Dossier buildMetFouten() {
    return Dossiers.metFouten();
  }

  /** Baseline: the engine without rules, on the clean dossier. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Report leegGeldig() {
    return leeg.validate(geldig, peildatum);
  }

  /** Baseline: the engine without rules, on the dossier with findings. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Report leegMetFouten() {
    return leeg.validate(metFouten, peildatum);
  }

  @Benchmark
  public Report validateGeldig() {
    return standaard.validate(geldig, peildatum);
  }

  @Benchmark
  public Report validateMetFouten() {
    return standaard.validate(metFouten, peildatum);
  }
}
