package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of the response of {@code GET /personen/{bsn}/vrijstellingen} (DUO M2M Vrijstelling API,
 * schema {@code Vrijstelling}): exactly one of the three forms is present.
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param geheleVrijstelling a gehele vrijstelling
 * @param tijdelijkeVrijstelling a tijdelijke vrijstelling
 * @param gedeeltelijkeVrijstelling a gedeeltelijke vrijstelling
 */
public record DuoVrijstelling(
    @JsonProperty("GeheleVrijstelling") DuoGeheleVrijstelling geheleVrijstelling,
    @JsonProperty("TijdelijkeVrijstelling") DuoTijdelijkeVrijstelling tijdelijkeVrijstelling,
    @JsonProperty("GedeeltelijkeVrijstelling") DuoGedeeltelijkeVrijstelling gedeeltelijkeVrijstelling) {}
