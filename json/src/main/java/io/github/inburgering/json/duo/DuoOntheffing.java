package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of the response of {@code GET /personen/{bsn}/ontheffingen} (DUO M2M Ontheffing API,
 * schema {@code Ontheffing}): exactly one of the two forms is present.
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param geheleOntheffing a gehele ontheffing
 * @param gedeeltelijkeOntheffing a gedeeltelijke ontheffing of one exam part
 */
public record DuoOntheffing(
    @JsonProperty("GeheleOntheffing") DuoGeheleOntheffing geheleOntheffing,
    @JsonProperty("GedeeltelijkeOntheffing") DuoGedeeltelijkeOntheffing gedeeltelijkeOntheffing) {}
