package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Checks;
import io.github.inburgering.core.regels.Regel;
import io.github.inburgering.core.regels.Regels;
import java.util.List;
import java.util.Locale;

/**
 * A consequence of an accepted event, traced to the rule that decides it: a new termijn, a fine
 * and its amount, a deadline, a state the plicht moves to.
 *
 * @param code the code of the rule in the catalogue
 * @param args the values in the rule's message (dates, amounts in euros, counts)
 */
public record Effect(String code, List<Object> args) {
  /** Requires a known rule code. */
  public Effect {
    Checks.required(code, "Effect.code");
    Regels.get(code);
    args = List.copyOf(args);
  }

  /** Returns the rule that decides this effect. */
  public Regel regel() {
    return Regels.get(code);
  }

  /** Returns the effect as a sentence in Dutch, or English for a locale whose language is en. */
  public String tekst(Locale taal) {
    return regel().melding(taal, args.toArray());
  }

  /** Returns the code and the Dutch sentence. */
  @Override
  public String toString() {
    return code + ": " + tekst(Regels.NEDERLANDS);
  }
}
