package io.github.inburgering.json.internal;

/** Masking of personal data in {@code toString()} of wire records. Not part of the API. */
public final class Maskering {
  private Maskering() {}

  /** Returns all but the last two characters replaced by {@code *}, or {@code -} for null. */
  public static String nummer(String s) {
    if (s == null) {
      return "-";
    }
    int verborgen = Math.max(0, s.length() - 2);
    return "*".repeat(verborgen) + s.substring(verborgen);
  }

  /** Returns the first character and a dot, or {@code -} for null or blank. */
  public static String initiaal(String s) {
    return s == null || s.isBlank() ? "-" : s.strip().charAt(0) + ".";
  }

  /** Returns whether a text is recorded, never the text itself. */
  public static String vastgelegd(Object s) {
    return s == null ? "<leeg>" : "<vastgelegd>";
  }
}
