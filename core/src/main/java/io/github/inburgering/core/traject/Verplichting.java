package io.github.inburgering.core.traject;

/** The three parts of the inburgeringsplicht (art. 6(1) Wi). */
public enum Verplichting {
  /** The participatieverklaringstraject (art. 6(1)(a) Wi). */
  PVT,
  /** The module Arbeidsmarkt en Participatie (art. 6(1)(b) Wi). */
  MAP,
  /** The leerroute: inburgeringsexamen, onderwijsroute or Z-route (art. 6(1)(c) Wi). */
  LEERROUTE
}
