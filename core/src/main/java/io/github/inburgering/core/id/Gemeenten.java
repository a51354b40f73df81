package io.github.inburgering.core.id;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.Periode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dated register of Dutch gemeenten: which {@link Gemeentecode} denotes which gemeente during
 * which {@link Periode}.
 *
 * <p>{@link #standaard()} reads the list bundled with the library ({@code gemeenten.csv}, sources and
 * update procedure in {@code docs/data/gemeenten.md}). Applications that need a newer herindeling
 * before a library release can load their own file with {@link #lees(Reader)}.
 *
 * <p>File format: UTF-8, {@code #} starts a comment line, a header line {@code
 * code;naam;geldigVanaf;geldigTot}, then one line per gemeente and period, {@code geldigTot}
 * exclusive and empty while the gemeente exists.
 */
public final class Gemeenten {
  private static final String RESOURCE = "gemeenten.csv";
  private static volatile Gemeenten standaard;

  /** One gemeente during one period. */
  public record Gemeente(Gemeentecode code, String naam, Periode geldigheid) {
    /** Checks that no component is missing. */
    public Gemeente {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(naam, "naam");
      Objects.requireNonNull(geldigheid, "geldigheid");
    }
  }

  private final Map<Gemeentecode, List<Gemeente>> perCode;
  private final int size;

  private Gemeenten(Map<Gemeentecode, List<Gemeente>> perCode, int size) {
    this.perCode = perCode;
    this.size = size;
  }

  /** Returns the register bundled with this version of the library. */
  public static Gemeenten standaard() {
    Gemeenten g = standaard;
    if (g == null) {
      synchronized (Gemeenten.class) {
        g = standaard;
        if (g == null) {
          try (InputStream in = Gemeenten.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("bundled " + RESOURCE + " is missing");
            }
            g = lees(new InputStreamReader(in, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          standaard = g;
        }
      }
    }
    return g;
  }

  /**
   * Reads a register in the format described above.
   *
   * @throws InburgeringException with reason {@code FORMAT} naming the line of a malformed row
   */
  public static Gemeenten lees(Reader reader) {
    Map<Gemeentecode, List<Gemeente>> map = new TreeMap<>();
    int count = 0;
    boolean header = false;
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int nr = 0;
      while ((line = in.readLine()) != null) {
        nr++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          if (!line.equals("code;naam;geldigVanaf;geldigTot")) {
            throw new InburgeringException(
                Reason.FORMAT, "gemeenten.csv:" + nr, "expected header code;naam;geldigVanaf;geldigTot");
          }
          header = true;
          continue;
        }
        String[] f = line.split(";", -1);
        if (f.length != 4) {
          throw new InburgeringException(Reason.FORMAT, "gemeenten.csv:" + nr, "expected 4 fields");
        }
        try {
          Gemeentecode code = Gemeentecode.parse(f[0]);
          LocalDate van = LocalDate.parse(f[2]);
          Periode p = f[3].isEmpty() ? Periode.vanaf(van) : Periode.of(van, LocalDate.parse(f[3]));
          map.computeIfAbsent(code, c -> new ArrayList<>()).add(new Gemeente(code, f[1], p));
          count++;
        } catch (DateTimeParseException | InburgeringException e) {
          throw new InburgeringException(Reason.FORMAT, "gemeenten.csv:" + nr, "malformed row");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return new Gemeenten(Collections.unmodifiableMap(map), count);
  }

  /** Returns the gemeente that {@code code} denotes on {@code datum}, if any. */
  public Optional<Gemeente> opDatum(Gemeentecode code, LocalDate datum) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(datum, "datum");
    for (Gemeente g : perCode.getOrDefault(code, List.of())) {
      if (g.geldigheid().bevat(datum)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** Returns whether {@code code} denotes a gemeente on {@code datum}. */
  public boolean bestaatOp(Gemeentecode code, LocalDate datum) {
    return opDatum(code, datum).isPresent();
  }

  /** Returns all gemeenten that exist on {@code datum}, ordered by code. */
  public List<Gemeente> geldigOp(LocalDate datum) {
    Objects.requireNonNull(datum, "datum");
    List<Gemeente> result = new ArrayList<>();
    for (List<Gemeente> l : perCode.values()) {
      for (Gemeente g : l) {
        if (g.geldigheid().bevat(datum)) {
          result.add(g);
        }
      }
    }
    return List.copyOf(result);
  }

  /** Returns the number of rows (gemeente and period) in the register. */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "Gemeenten[" + size + " rows]";
  }
}
