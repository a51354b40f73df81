package io.github.inburgering.json.duo;

import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.Vrijstelling;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of the domain values the core's dossier generator leaves empty (vrijstellingen,
 * ontheffingen), and the part of a PIP version that DUO exchanges.
 */
final class DuoGeneratoren {
  private DuoGeneratoren() {}

  /** Lists of vrijstellingen: the core's generator. */
  static Gen<List<Vrijstelling>> vrijstellingen() {
    return Generatoren.vrijstellingen();
  }

  /** Lists of ontheffingen: the core's generator. */
  static Gen<List<Ontheffing>> ontheffingen() {
    return Generatoren.ontheffingen();
  }

  /** Returns {@code v} reduced to what DUO's PIP carries; the rest empty, as the mapping reads it. */
  static PipVersie projectie(PipVersie v) {
    return PipVersie.builder()
        .dagtekening(v.dagtekening())
        .gemeente(v.gemeente())
        .leerroute(v.leerroute())
        .niveau(v.niveau().orElse(null))
        .geschatteIntensiteitB1Route(v.geschatteIntensiteitB1Route().isPresent()
            ? v.geschatteIntensiteitB1Route().getAsInt() : null)
        .indicatorMagOpleidingAfmaken(v.indicatorMagOpleidingAfmaken())
        .alfabetiseringsonderwijs(v.alfabetiseringsonderwijs().orElse(null))
        .build();
  }
}
