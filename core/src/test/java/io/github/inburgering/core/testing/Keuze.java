package io.github.inburgering.core.testing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws values from a QuickTheories {@link RandomnessSource}, so that generators built on it shrink
 * every drawn number towards its lower bound.
 */
public final class Keuze {
  private final RandomnessSource in;

  /** Wraps {@code in}. */
  public Keuze(RandomnessSource in) {
    this.in = in;
  }

  /** Returns an int in {@code [min, max]}. */
  public int tussen(int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  /** Returns true or false. */
  public boolean bool() {
    return tussen(0, 1) == 1;
  }

  /** Returns one element of {@code opties}. */
  public <T> T een(List<T> opties) {
    return opties.get(tussen(0, opties.size() - 1));
  }

  /** Returns one constant of {@code type}. */
  public <E extends Enum<E>> E een(Class<E> type) {
    return een(List.of(type.getEnumConstants()));
  }

  /** Returns a date in {@code [van, tot]}. */
  public LocalDate datum(LocalDate van, LocalDate tot) {
    long dagen = ChronoUnit.DAYS.between(van, tot);
    return van.plusDays(tussen(0, (int) Math.max(0, dagen)));
  }

  /** Returns a subset of {@code opties}, in their order. */
  public <T> Set<T> deelverzameling(List<T> opties) {
    Set<T> s = new LinkedHashSet<>();
    for (T t : opties) {
      if (bool()) {
        s.add(t);
      }
    }
    return s;
  }

  /** Returns a non-empty subset of {@code opties}. */
  public <T> Set<T> nietLegeDeelverzameling(List<T> opties) {
    Set<T> s = deelverzameling(opties);
    if (s.isEmpty()) {
      s.add(een(opties));
    }
    return s;
  }

  /** Returns {@code n} digits as text. */
  public String cijfers(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + tussen(0, 9)));
    }
    return sb.toString();
  }

  /** Returns a list of {@code 0..max} elements produced by {@code f}. */
  public <T> List<T> lijst(int max, java.util.function.Supplier<T> f) {
    int n = tussen(0, max);
    List<T> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(f.get());
    }
    return l;
  }
}
