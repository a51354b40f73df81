package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A tijdelijke vrijstelling (DUO M2M Vrijstelling API, schema {@code TijdelijkeVrijstelling}). Both
 * dates of the period are inclusive.
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param oordeel {@code Toekenning} or {@code Afwijzing} (required)
 * @param reden the ground, {@code RedenVrijstellingInburgeringsplicht} (required)
 * @param datumOordeel the date of the decision
 * @param startdatum the first day of the vrijstelling, inclusive
 * @param einddatum the last day of the vrijstelling, inclusive
 */
public record DuoTijdelijkeVrijstelling(
    @JsonProperty("oordeel") String oordeel,
    @JsonProperty("reden") String reden,
    @JsonProperty("datumOordeel") String datumOordeel,
    @JsonProperty("startdatum") String startdatum,
    @JsonProperty("einddatum") String einddatum) {}
