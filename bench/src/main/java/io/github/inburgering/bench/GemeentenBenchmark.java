package io.github.inburgering.bench;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.id.Gemeenten;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Gemeenten#bestaatOp(Gemeentecode, LocalDate)} on the bundled register, for a fixed array of
 * {@value #N} (code, date) queries: gemeenten that exist, one that merged away (Weesp, before and
 * after 24 March 2022), one that did not exist yet (Voorne aan Zee, before and after 1 January
 * 2023) and a code that never existed. Scores are per query.
 *
 * <p>Baselines measured in the same run: {@code noop} reads the queries into a {@link Blackhole};
 * {@code hashSet} asks a {@link HashSet} of the codes that exist on one fixed date. The hash set
 * answers a simpler, undated question, so it is a floor, not an equivalent.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class GemeentenBenchmark {
  static final int N = 8;

  private Gemeenten register;
  private Set<Gemeentecode> vandaag;
  private Gemeentecode[] codes;
  private LocalDate[] data;

  @Setup
  public void setUp() {
    register = Gemeenten.standaard();
    LocalDate peildatum = LocalDate.of(2026, 5, 1);
    vandaag = new HashSet<>();
    register.geldigOp(peildatum).forEach(g -> vandaag.add(g.code()));
    String[][] q = {
      {"0363", "2026-05-01", "true"}, // Amsterdam
      {"0599", "2026-05-01", "true"}, // Rotterdam
      {"0014", "2023-07-01", "true"}, // Groningen
      {"0457", "2022-02-01", "true"}, // Weesp, before the merger
      {"0457", "2026-05-01", "false"}, // Weesp, after the merger
      {"1992", "2022-06-01", "false"}, // Voorne aan Zee, before it existed
      {"1992", "2026-05-01", "true"}, // Voorne aan Zee
      {"9999", "2026-05-01", "false"}, // never a gemeente
    };
    codes = new Gemeentecode[N];
    data = new LocalDate[N];
    for (int i = 0; i < N; i++) {
      codes[i] = Gemeentecode.parse(q[i][0]);
      data[i] = LocalDate.parse(q[i][1]);
      if (register.bestaatOp(codes[i], data[i]) != Boolean.parseBoolean(q[i][2])) {
        throw new IllegalStateException("unexpected answer for query " + i);
      }
    }
  }

  /** Baseline: read every query and hand it to the Blackhole. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void noop(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(codes[i]);
      bh.consume(data[i]);
    }
  }

  /** Baseline: an undated {@code HashSet.contains} on the same codes. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void hashSet(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(data[i]);
      bh.consume(vandaag.contains(codes[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void bestaatOp(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(register.bestaatOp(codes[i], data[i]));
    }
  }
}
