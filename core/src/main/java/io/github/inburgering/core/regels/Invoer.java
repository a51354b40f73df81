package io.github.inburgering.core.regels;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.id.KvkNummer;
import io.github.inburgering.core.id.Oin;
import io.github.inburgering.core.id.VNummer;
import io.github.inburgering.core.internal.Codes;
import io.github.inburgering.core.model.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads raw values of an untrusted document into domain values, turning every malformed value into
 * a finding instead of an exception. Readers of exchange formats (such as the JSON module) use it so
 * that one report names every bad value at its JSON Pointer.
 *
 * <p>An instance collects the findings of one document; it is not thread-safe.
 */
public final class Invoer {
  private final Locale locale;
  private final List<Finding> findings = new ArrayList<>();

  /** Creates a reader whose messages are in the language of {@code locale}. */
  public Invoer(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** Creates a reader with Dutch messages. */
  public Invoer() {
    this(Regels.NEDERLANDS);
  }

  /** Reads a BSN; reports {@code ID-001} when it is malformed. */
  public Optional<Bsn> bsn(Pointer pointer, String raw) {
    return lees(pointer, raw, "ID-001", Bsn::parse);
  }

  /** Reads a v-nummer; reports {@code ID-002}. */
  public Optional<VNummer> vNummer(Pointer pointer, String raw) {
    return lees(pointer, raw, "ID-002", VNummer::parse);
  }

  /** Reads an OIN; reports {@code ID-003}. */
  public Optional<Oin> oin(Pointer pointer, String raw) {
    return lees(pointer, raw, "ID-003", Oin::parse);
  }

  /** Reads a KvK number; reports {@code ID-004}. */
  public Optional<KvkNummer> kvkNummer(Pointer pointer, String raw) {
    return lees(pointer, raw, "ID-004", KvkNummer::parse);
  }

  /** Reads a gemeentecode; reports {@code ID-005}. */
  public Optional<Gemeentecode> gemeentecode(Pointer pointer, String raw) {
    return lees(pointer, raw, "ID-005", Gemeentecode::parse);
  }

  /**
   * Reads a code of a code list; reports {@code CD-001} with the allowed codes when it is unknown,
   * {@code CD-002} when it is missing.
   */
  public <E extends Enum<E> & Code> Optional<E> code(Pointer pointer, Class<E> type, String raw) {
    Objects.requireNonNull(type, "type");
    if (raw == null) {
      return ontbreekt(pointer);
    }
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(raw)) {
        return Optional.of(e);
      }
    }
    add("CD-001", pointer, Codes.allowed(type));
    return Optional.empty();
  }

  /** Returns {@code value}, or reports {@code CD-002} when it is {@code null}. */
  public <T> Optional<T> verplicht(Pointer pointer, T value) {
    return value == null ? ontbreekt(pointer) : Optional.of(value);
  }

  private <T> Optional<T> ontbreekt(Pointer pointer) {
    add("CD-002", pointer);
    return Optional.empty();
  }

  private <T> Optional<T> lees(
      Pointer pointer, String raw, String code, Function<String, T> parser) {
    if (raw == null) {
      return ontbreekt(pointer);
    }
    try {
      return Optional.of(parser.apply(raw));
    } catch (InburgeringException e) {
      add(code, pointer, e.reason());
      return Optional.empty();
    }
  }

  /** Reports a finding of the rule {@code code} at {@code pointer}. */
  public void add(String code, Pointer pointer, Object... args) {
    findings.add(Regels.get(code).finding(pointer, locale, args));
  }

  /** Returns whether nothing has been reported so far. */
  public boolean isLeeg() {
    return findings.isEmpty();
  }

  /** Returns the report of everything read so far. */
  public Report report() {
    return Report.of(findings);
  }
}
