package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A gehele vrijstelling (DUO M2M Vrijstelling API, schema {@code GeheleVrijstelling}).
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param oordeel {@code Toekenning} or {@code Afwijzing} (required)
 * @param reden the ground, {@code RedenVrijstellingInburgeringsplicht} (required)
 * @param datumOordeel the date of the decision
 */
public record DuoGeheleVrijstelling(
    @JsonProperty("oordeel") String oordeel,
    @JsonProperty("reden") String reden,
    @JsonProperty("datumOordeel") String datumOordeel) {}
