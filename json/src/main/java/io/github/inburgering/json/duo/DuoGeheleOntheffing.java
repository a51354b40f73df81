package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A gehele ontheffing (DUO M2M Ontheffing API, schema {@code GeheleOntheffing}).
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param oordeel {@code Toekenning} or {@code Afwijzing} (required)
 * @param datumOordeel the date of the decision (required)
 * @param grond {@code BIO} or {@code MED} (required)
 */
public record DuoGeheleOntheffing(
    @JsonProperty("oordeel") String oordeel,
    @JsonProperty("datumOordeel") String datumOordeel,
    @JsonProperty("grond") String grond) {}
