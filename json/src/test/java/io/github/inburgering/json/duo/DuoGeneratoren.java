package io.github.inburgering.json.duo;

import io.github.inburgering.core.Periode;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.Vrijstelling;
import io.github.inburgering.core.testing.Keuze;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of the domain values the core's dossier generator leaves empty (vrijstellingen,
 * ontheffingen), and the part of a PIP version that DUO exchanges.
 */
final class DuoGeneratoren {
  private DuoGeneratoren() {}

  private static final LocalDate VAN = LocalDate.of(2022, 1, 1);
  private static final LocalDate TOT = LocalDate.of(2026, 12, 31);

  /** Lists of 0–4 vrijstellingen of every form and ground (the ground need not fit the form: VR-001). */
  static Gen<List<Vrijstelling>> vrijstellingen() {
    return in -> {
      Keuze k = new Keuze(in);
      return k.lijst(4, () -> vrijstelling(k));
    };
  }

  static Vrijstelling vrijstelling(Keuze k) {
    RedenVrijstelling reden = k.een(RedenVrijstelling.class);
    Oordeel oordeel = k.een(Oordeel.class);
    LocalDate datum = k.datum(VAN, TOT);
    switch (k.tussen(0, 2)) {
      case 0:
        return new Vrijstelling.Geheel(reden, oordeel, datum);
      case 1:
        LocalDate start = k.datum(VAN, TOT);
        return new Vrijstelling.Tijdelijk(reden, oordeel, datum,
            k.bool() ? Periode.vanaf(start) : Periode.of(start, start.plusDays(k.tussen(1, 900))));
      default:
        return new Vrijstelling.Gedeeltelijk(reden, oordeel, datum,
            k.een(List.of(Examenonderdeel.LE, Examenonderdeel.LU, Examenonderdeel.SC, Examenonderdeel.SP)),
            k.een(NiveauPip.class));
    }
  }

  /**
   * Lists of 0–4 ontheffingen, whole or partial with 1–5 parts. Partial ones never share grond,
   * oordeel and datumOordeel: DUO's form could not tell them apart from one ontheffing with all parts.
   */
  static Gen<List<Ontheffing>> ontheffingen() {
    return in -> {
      Keuze k = new Keuze(in);
      List<Ontheffing> l = new ArrayList<>();
      LocalDate datum = k.datum(VAN, LocalDate.of(2024, 1, 1));
      for (int i = k.tussen(0, 4); i > 0; i--) {
        datum = datum.plusDays(k.tussen(1, 100));
        Ontheffingsgrond grond = k.een(Ontheffingsgrond.class);
        Oordeel oordeel = k.een(Oordeel.class);
        l.add(k.bool()
            ? new Ontheffing.Geheel(grond, oordeel, datum)
            : new Ontheffing.Gedeeltelijk(grond, oordeel, datum,
                k.nietLegeDeelverzameling(List.of(Examenonderdeel.values()))));
      }
      return l;
    };
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
