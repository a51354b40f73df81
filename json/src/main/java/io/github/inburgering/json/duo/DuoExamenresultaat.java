package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of the response of {@code GET /personen/{bsn}/examens/resultaten} (DUO M2M Examen API,
 * schema {@code Examenresultaat}).
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param examendatum the exam date (required)
 * @param resultaat {@code Geslaagd}, {@code Gezakt} or {@code Geen} (required)
 * @param redenGeenResultaat why there is no result: {@code Verwijtbaar}, {@code Nietverwijtbaar},
 *     {@code Afgemeld} or {@code Absent}
 * @param onderdeel {@code KNM}, {@code LE}, {@code LU}, {@code SC} or {@code SP} (required)
 * @param niveau {@code A2}, {@code B1} or {@code B2}
 */
public record DuoExamenresultaat(
    @JsonProperty("examendatum") String examendatum,
    @JsonProperty("resultaat") String resultaat,
    @JsonProperty("redenGeenResultaat") String redenGeenResultaat,
    @JsonProperty("onderdeel") String onderdeel,
    @JsonProperty("niveau") String niveau) {}
