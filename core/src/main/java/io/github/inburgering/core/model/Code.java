package io.github.inburgering.core.model;

/**
 * A value of a code list: its official or project code and its Dutch label.
 *
 * <p>Every code-list enum of the library implements this interface and has a static {@code
 * fromCode(String)} that returns a constant or throws {@link
 * io.github.inburgering.core.InburgeringException} with reason {@code UNKNOWN_CODE}, naming the
 * allowed codes. It never returns {@code null}.
 */
public interface Code {
  /** Returns the code as exchanged (for DUO codes, exactly DUO's spelling). */
  String code();

  /** Returns the Dutch label. */
  String omschrijving();
}
