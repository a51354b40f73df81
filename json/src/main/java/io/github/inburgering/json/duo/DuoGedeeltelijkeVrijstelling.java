package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A gedeeltelijke vrijstelling of one language part (DUO M2M Vrijstelling API, schema {@code
 * GedeeltelijkeVrijstelling}).
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param reden the ground, {@code RedenVrijstellingInburgeringsplicht} (required)
 * @param oordeel {@code Toekenning} or {@code Afwijzing} (required)
 * @param datumOordeel the date of the decision
 * @param examenonderdeel {@code LE}, {@code LU}, {@code SC} or {@code SP}
 * @param examenniveau {@code A2} or {@code B1}
 */
public record DuoGedeeltelijkeVrijstelling(
    @JsonProperty("reden") String reden,
    @JsonProperty("oordeel") String oordeel,
    @JsonProperty("datumOordeel") String datumOordeel,
    @JsonProperty("examenonderdeel") String examenonderdeel,
    @JsonProperty("examenniveau") String examenniveau) {}
