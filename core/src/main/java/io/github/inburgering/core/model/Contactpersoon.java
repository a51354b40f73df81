package io.github.inburgering.core.model;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.internal.Checks;
import java.util.Optional;

/**
 * The gemeente's contact person (regievoerder, klantmanager) for questions from the chain about one
 * inburgeraar, as registered through DUO's Contactpersoon API.
 *
 * @param naam the contact person's name
 * @param gemeente the gemeente the contact person works for
 * @param email work e-mail address, if known
 * @param telefoon work telephone number, if known
 */
public record Contactpersoon(
    Naam naam, Gemeentecode gemeente, Optional<String> email, Optional<String> telefoon) {
  /** Rejects missing components. */
  public Contactpersoon {
    Checks.required(naam, "Contactpersoon.naam");
    Checks.required(gemeente, "Contactpersoon.gemeente");
    Checks.required(email, "Contactpersoon.email");
    Checks.required(telefoon, "Contactpersoon.telefoon");
  }

  /** Shows the name masked and no contact details. */
  @Override
  public String toString() {
    return "Contactpersoon[" + naam + ", gemeente " + gemeente + "]";
  }
}
