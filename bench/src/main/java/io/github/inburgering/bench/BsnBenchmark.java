package io.github.inburgering.bench;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.id.Bsn;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Bsn#isValid(String)} and {@link Bsn#parse(String)} against two baselines measured in the
 * same run: {@code noop} only reads the input array into a {@link Blackhole}, and {@code naive*} is
 * a straightforward implementation (regex {@code \d{9}} plus a {@code String.chars()} stream for the
 * weighted sum).
 *
 * <p>Every invocation walks a fixed array of {@value #N} nine-character strings; scores are per
 * string ({@link OperationsPerInvocation}). {@code inputs} selects which strings: {@code mixed} (half
 * valid, half invalid), {@code valid} or {@code invalid}, each {@value #N} long. The BSNs are the
 * fictitious RvIG/Haal Centraal test persons; the invalid ones are single-digit changes and swaps of
 * those, {@code 000000000}, {@code 123456789}, and nine characters with a letter or a space.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class BsnBenchmark {
  static final int N = 16;

  private static final String[] VALID = {
    "999993847", "999992077", "999993483", "999990482",
    "000009921", "999993653", "999995017", "999990408",
  };
  private static final String[] INVALID = {
    "999993848", // last digit changed
    "999992177", // one digit changed
    "999993438", // two neighbours swapped
    "999990428", // two neighbours swapped
    "000000000", // passes the arithmetic, reserved
    "123456789", // fails the 11-proef
    "99999384A", // a letter
    "9999 3847", // a space
  };

  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};
  private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

  @Param({"mixed", "valid", "invalid"})
  public String inputs;

  private String[] values;

  @Setup
  public void setUp() {
    String[] v = switch (inputs) {
      case "valid" -> twice(VALID);
      case "invalid" -> twice(INVALID);
      case "mixed" -> concat(VALID, INVALID);
      default -> throw new IllegalArgumentException("inputs: " + inputs);
    };
    if (v.length != N) {
      throw new IllegalStateException("expected " + N + " inputs, got " + v.length);
    }
    // Copies, so that no string is a compile-time constant shared with other code.
    values = Arrays.stream(v).map(String::new).toArray(String[]::new);
    for (String s : VALID) {
      check(s, true);
    }
    for (String s : INVALID) {
      check(s, false);
    }
  }

  private static void check(String s, boolean expected) {
    if (Bsn.isValid(s) != expected || naiveIsValid(s) != expected) {
      throw new IllegalStateException("benchmark input has the wrong validity: index "
          + Arrays.asList(expected ? VALID : INVALID).indexOf(s));
    }
  }

  private static String[] twice(String[] a) {
    return concat(a, a);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** The naive reference: a regex for the form, a stream for the weighted sum. */
  static boolean naiveIsValid(String s) {
    if (s == null || !NINE_DIGITS.matcher(s).matches() || s.equals("000000000")) {
      return false;
    }
    int[] digits = s.chars().map(c -> c - '0').toArray();
    int sum = IntStream.range(0, 9).map(i -> digits[i] * WEIGHTS[i]).sum();
    return sum % 11 == 0;
  }

  /** What a naive {@code parse} returns. */
  record NaiveBsn(String value) {}

  /** The naive reference for {@code parse}: the naive check, then a wrapper or an exception. */
  static NaiveBsn naiveParse(String s) {
    if (!naiveIsValid(s)) {
      throw new IllegalArgumentException("not a valid BSN");
    }
    return new NaiveBsn(s);
  }

  /** Baseline: read every string and hand it to the Blackhole. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void noop(Blackhole bh) {
    for (String s : values) {
      bh.consume(s);
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void isValid(Blackhole bh) {
    for (String s : values) {
      bh.consume(Bsn.isValid(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void naiveIsValid(Blackhole bh) {
    for (String s : values) {
      bh.consume(naiveIsValid(s));
    }
  }

  /** {@code parse}: invalid strings throw, and the exception is consumed like a result. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void parse(Blackhole bh) {
    for (String s : values) {
      try {
        bh.consume(Bsn.parse(s));
      } catch (InburgeringException e) {
        bh.consume(e);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void naiveParse(Blackhole bh) {
    for (String s : values) {
      try {
        bh.consume(naiveParse(s));
      } catch (IllegalArgumentException e) {
        bh.consume(e);
      }
    }
  }
}
