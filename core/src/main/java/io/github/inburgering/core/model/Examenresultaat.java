package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The result of one exam sitting (DUO M2M Examen API, schema {@code Examenresultaat}).
 *
 * @param onderdeel the exam part
 * @param niveau the level of a language part (A2, B1 or B2); absent for KNM
 * @param datum the exam date
 * @param uitslag the result
 */
public record Examenresultaat(
    Examenonderdeel onderdeel, Optional<Taalniveau> niveau, LocalDate datum, Examenuitslag uitslag) {
  /** Checks the structural invariants. */
  public Examenresultaat {
    Checks.required(onderdeel, "Examenresultaat.onderdeel");
    Checks.required(niveau, "Examenresultaat.niveau");
    Checks.required(datum, "Examenresultaat.datum");
    Checks.required(uitslag, "Examenresultaat.uitslag");
    if (onderdeel.isTaalonderdeel() && niveau.isEmpty()) {
      throw new InburgeringException(
          Reason.MISSING, "Examenresultaat.niveau", "a language part has a level");
    }
    if (!onderdeel.isTaalonderdeel() && niveau.isPresent()) {
      throw new InburgeringException(
          Reason.INCONSISTENT, "Examenresultaat.niveau", "KNM has no level");
    }
    if (niveau.isPresent()
        && niveau.get() != Taalniveau.A2
        && niveau.get() != Taalniveau.B1
        && niveau.get() != Taalniveau.B2) {
      throw new InburgeringException(
          Reason.OUT_OF_RANGE, "Examenresultaat.niveau", "exam levels are A2, B1 or B2");
    }
  }

  /** Returns a result of a language part. */
  public static Examenresultaat taal(
      Examenonderdeel onderdeel, Taalniveau niveau, LocalDate datum, Examenuitslag uitslag) {
    return new Examenresultaat(onderdeel, Optional.of(niveau), datum, uitslag);
  }

  /** Returns a KNM result. */
  public static Examenresultaat knm(LocalDate datum, Examenuitslag uitslag) {
    return new Examenresultaat(Examenonderdeel.KNM, Optional.empty(), datum, uitslag);
  }
}
