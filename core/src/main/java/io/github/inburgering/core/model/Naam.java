package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;

/**
 * A person's name. Personal data: {@link #toString()} shows initials only.
 *
 * @param voornamen given names
 * @param achternaam family name, including any voorvoegsel
 */
public record Naam(String voornamen, String achternaam) {
  /** Rejects missing or blank parts. */
  public Naam {
    Checks.required(voornamen, "Naam.voornamen");
    Checks.required(achternaam, "Naam.achternaam");
    if (voornamen.isBlank() || achternaam.isBlank()) {
      throw new InburgeringException(Reason.FORMAT, "Naam", "name parts must not be blank");
    }
  }

  /** Returns initials only, such as {@code Naam[A. B.]}. */
  @Override
  public String toString() {
    return "Naam[" + voornamen.strip().charAt(0) + ". " + achternaam.strip().charAt(0) + ".]";
  }
}
