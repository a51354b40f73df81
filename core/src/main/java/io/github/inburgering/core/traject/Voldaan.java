package io.github.inburgering.core.traject;

import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Taalniveau;
import java.util.Map;

/** When the leerroute and the plicht are met (rules VD-001 to VD-004). Package-private. */
final class Voldaan {
  /** The Z-route course and participation norm (art. 3.14(2)(a)–(b) BI). */
  static final int ZROUTE_NORM = 800;

  private Voldaan() {}

  /** Returns whether the leerroute of the current PIP is achieved. */
  static boolean leerrouteBehaald(Traject t) {
    Leerroute route = t.leerroute().orElse(null);
    if (route == null) {
      return false;
    }
    switch (route) {
      case B1_ROUTE:
        return examenBehaald(t, t.vereisteNiveaus());
      case ONDERWIJSROUTE:
        return t.taalschakeltraject() == Taalschakeltraject.AFGEROND
            || examenBehaald(t, Map.of());
      default:
        return zrouteBehaald(t);
    }
  }

  /**
   * Returns whether the four language parts are passed at the required level (B1 unless afgeschaald)
   * and KNM is passed, parts under a partial vrijstelling or ontheffing excepted (art. 7 and 8(4)
   * Wi; art. 3.3 BI).
   */
  static boolean examenBehaald(Traject t, Map<Examenonderdeel, Taalniveau> niveaus) {
    Map<Examenonderdeel, Taalniveau> behaald = t.behaaldeNiveaus();
    for (Examenonderdeel o : Examenonderdeel.values()) {
      if (!t.onthevenOnderdelen().contains(o) && !behaald(t, behaald, niveaus, o)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether part {@code o} is passed: KNM passed, or a language part passed (or partially
   * exempted) at the required level, B1 unless {@code niveaus} says A2. Also counts the passed parts
   * for the new termijn of art. 7.4(2) RI.
   */
  static boolean behaald(Traject t, Map<Examenonderdeel, Taalniveau> behaald,
      Map<Examenonderdeel, Taalniveau> niveaus, Examenonderdeel o) {
    if (o == Examenonderdeel.KNM) {
      return t.knmBehaald();
    }
    Taalniveau hoogste = behaald.get(o);
    return hoogste != null && hoogste.compareTo(niveaus.getOrDefault(o, Taalniveau.B1)) >= 0;
  }

  /**
   * Returns whether the Z-route is achieved: 800 course hours, for an asielstatushouder 800
   * participation hours (PVT and MAP counting), and the eindgesprek (art. 3.14(2)–(6) BI).
   */
  static boolean zrouteBehaald(Traject t) {
    Urenstand u = t.uren();
    boolean participatie = t.doelgroep().orElse(null) != Doelgroep.ASIELSTATUSHOUDER
        || u.zrouteParticipatieuren() >= ZROUTE_NORM;
    return u.zrouteCursusuren() >= ZROUTE_NORM && participatie && t.eindgesprekGevoerd();
  }

  /** Returns whether the whole plicht is met: PVT, MAP unless not applicable, leerroute. */
  static boolean plichtVoldaan(Traject t) {
    return t.pvt() == Onderdeelstatus.AFGEROND && t.map() != Onderdeelstatus.OPEN
        && leerrouteBehaald(t);
  }
}
