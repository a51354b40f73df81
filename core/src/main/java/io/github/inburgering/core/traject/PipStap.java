package io.github.inburgering.core.traject;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Taalniveau;
import java.time.LocalDate;
import java.util.Map;

/**
 * One adoption or adaptation of the PIP in the lifecycle.
 *
 * @param dagtekening the dagtekening
 * @param aanleiding why the PIP was adopted or adapted
 * @param leerroute the leerroute from this version on
 * @param niveaus the required level per language part in the B1-route; empty in the other routes
 */
public record PipStap(LocalDate dagtekening, Aanleiding aanleiding, Leerroute leerroute,
    Map<Examenonderdeel, Taalniveau> niveaus) {

  /** Why a PIP version was made. */
  public enum Aanleiding {
    /** The first PIP (art. 15(1) Wi). */
    EERSTE,
    /** A new PIP after a move (art. 15(4) Wi). */
    VERHUIZING,
    /** A change of leerroute (art. 17(2) Wi). */
    SCHAKELEN,
    /** Afschalen to A2 (art. 17(3) Wi). */
    AFSCHALEN
  }

  /**
   * Rejects missing components, and levels other than one A2 or B1 per language part in the
   * B1-route (art. 7 and 17(3) Wi); the other routes have no levels.
   */
  public PipStap {
    Checks.required(dagtekening, "PipStap.dagtekening");
    Checks.required(aanleiding, "PipStap.aanleiding");
    Checks.required(leerroute, "PipStap.leerroute");
    niveaus = Map.copyOf(Checks.required(niveaus, "PipStap.niveaus"));
    boolean b1 = leerroute == Leerroute.B1_ROUTE;
    if ((b1 ? !niveaus.keySet().equals(Examenonderdeel.taalonderdelen()) : !niveaus.isEmpty())
        || niveaus.values().stream().anyMatch(n -> n != Taalniveau.A2 && n != Taalniveau.B1)) {
      throw new InburgeringException(Reason.INCONSISTENT, "PipStap.niveaus",
          "the B1-route has A2 or B1 per language part; the other routes have no levels");
    }
  }
}
