package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The completion of the PVT (date the participatieverklaring was signed) or of the MAP (date of the
 * eindgesprek), with DUO's indication of culpability for a completion after the termijn (DUO M2M
 * "MAP,PVT,Zroute" API).
 *
 * @param datum the date of signing or of the eindgesprek
 * @param verwijtbaar {@code true}/{@code false} only when the termijn was (nearly) exceeded; see rules
 *     {@code PM-010} to {@code PM-012}
 */
public record Afronding(LocalDate datum, Optional<Boolean> verwijtbaar) {
  /** Rejects missing components. */
  public Afronding {
    Checks.required(datum, "Afronding.datum");
    Checks.required(verwijtbaar, "Afronding.verwijtbaar");
  }

  /** Returns a completion without a culpability indication. */
  public static Afronding op(LocalDate datum) {
    return new Afronding(datum, Optional.empty());
  }
}
