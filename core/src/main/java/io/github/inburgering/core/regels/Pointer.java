package io.github.inburgering.core.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A JSON Pointer (RFC 6901) into a document, such as {@code /pip/versies/1/niveau}. Tokens are the
 * component names of the domain records, which the JSON format uses as property names.
 */
public final class Pointer {
  private static final Pointer ROOT = new Pointer(List.of());
  private final List<String> tokens;

  private Pointer(List<String> tokens) {
    this.tokens = tokens;
  }

  /** Returns the pointer to the whole document, {@code ""}. */
  public static Pointer root() {
    return ROOT;
  }

  /** Returns the pointer made of {@code tokens}; each token is a property name or an array index. */
  public static Pointer of(Object... tokens) {
    Pointer p = ROOT;
    for (Object t : tokens) {
      p = p.add(t);
    }
    return p;
  }

  /**
   * Parses the RFC 6901 string form.
   *
   * @throws io.github.inburgering.core.InburgeringException if the text is not a JSON Pointer
   */
  public static Pointer parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new io.github.inburgering.core.InburgeringException(
          io.github.inburgering.core.InburgeringException.Reason.FORMAT,
          "Pointer",
          "a JSON Pointer starts with /");
    }
    List<String> l = new ArrayList<>();
    for (String raw : text.substring(1).split("/", -1)) {
      l.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return new Pointer(List.copyOf(l));
  }

  /** Returns this pointer extended by one token (a property name or an index). */
  public Pointer add(Object token) {
    Objects.requireNonNull(token, "token");
    List<String> l = new ArrayList<>(tokens);
    l.add(token.toString());
    return new Pointer(List.copyOf(l));
  }

  /** Returns the unescaped tokens. */
  public List<String> tokens() {
    return tokens;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pointer p && tokens.equals(p.tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  /** Returns the RFC 6901 form, with {@code ~} and {@code /} escaped. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
