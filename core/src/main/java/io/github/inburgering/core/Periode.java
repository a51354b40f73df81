package io.github.inburgering.core;

import io.github.inburgering.core.InburgeringException.Reason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open range of dates {@code [start, eind)}: the start date is included, the end date is
 * not. An open-ended period has no end.
 *
 * <p>Half-open ranges compose without gaps or overlaps: a period that ends on 2023-01-01 and one
 * that starts on 2023-01-01 meet exactly. Instances are immutable and compare by value.
 */
public final class Periode {
  private final LocalDate start;
  private final LocalDate eind; // exclusive, null = open-ended

  private Periode(LocalDate start, LocalDate eind) {
    this.start = start;
    this.eind = eind;
  }

  /**
   * Returns the period {@code [start, eindExclusief)}.
   *
   * @throws InburgeringException if a date is missing or the end is not after the start
   */
  public static Periode of(LocalDate start, LocalDate eindExclusief) {
    if (start == null) {
      throw new InburgeringException(Reason.MISSING, "Periode.start", "start date is required");
    }
    if (eindExclusief == null) {
      throw new InburgeringException(Reason.MISSING, "Periode.eind", "end date is required");
    }
    if (!eindExclusief.isAfter(start)) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Periode", "the end must lie after the start");
    }
    return new Periode(start, eindExclusief);
  }

  /** Returns the open-ended period starting on {@code start}. */
  public static Periode vanaf(LocalDate start) {
    if (start == null) {
      throw new InburgeringException(Reason.MISSING, "Periode.start", "start date is required");
    }
    return new Periode(start, null);
  }

  /** Returns the first day of the period. */
  public LocalDate start() {
    return start;
  }

  /** Returns the first day after the period, or empty for an open-ended period. */
  public Optional<LocalDate> eind() {
    return Optional.ofNullable(eind);
  }

  /** Returns whether the period has an end. */
  public boolean isBegrensd() {
    return eind != null;
  }

  /** Returns whether {@code datum} lies in {@code [start, eind)}. */
  public boolean bevat(LocalDate datum) {
    Objects.requireNonNull(datum, "datum");
    return !datum.isBefore(start) && (eind == null || datum.isBefore(eind));
  }

  /** Returns whether the two periods share at least one day. */
  public boolean overlapt(Periode ander) {
    Objects.requireNonNull(ander, "ander");
    boolean ditVoorAnder = eind != null && !eind.isAfter(ander.start);
    boolean anderVoorDit = ander.eind != null && !ander.eind.isAfter(start);
    return !ditVoorAnder && !anderVoorDit;
  }

  /**
   * Returns the number of days in the period.
   *
   * @throws IllegalStateException if the period is open-ended
   */
  public long dagen() {
    if (eind == null) {
      throw new IllegalStateException("an open-ended period has no length");
    }
    return ChronoUnit.DAYS.between(start, eind);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Periode p && start.equals(p.start) && Objects.equals(eind, p.eind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, eind);
  }

  /** Returns the ISO-8601 interval form, {@code 2022-01-01/2023-01-01} or {@code 2022-01-01/..}. */
  @Override
  public String toString() {
    return start + "/" + (eind == null ? ".." : eind.toString());
  }

  /**
   * Parses the form produced by {@link #toString()}.
   *
   * @throws InburgeringException if the text is not of that form
   */
  public static Periode parse(String tekst) {
    if (tekst == null) {
      throw new InburgeringException(Reason.MISSING, "Periode", "text is required");
    }
    int slash = tekst.indexOf('/');
    if (slash < 0 || tekst.indexOf('/', slash + 1) >= 0) {
      throw new InburgeringException(Reason.FORMAT, "Periode", "expected start/end");
    }
    try {
      LocalDate s = LocalDate.parse(tekst.substring(0, slash));
      String e = tekst.substring(slash + 1);
      return e.equals("..") ? vanaf(s) : of(s, LocalDate.parse(e));
    } catch (java.time.format.DateTimeParseException ex) {
      throw new InburgeringException(Reason.FORMAT, "Periode", "dates must be ISO-8601");
    }
  }
}
