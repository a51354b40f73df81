package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response of {@code GET /personen/{bsn}/inburgeringstermijn} (DUO M2M Inburgeringstermijn API,
 * schema {@code Inburgeringstermijn}). DUO's {@code einddatum} is <em>exclusive</em>: the first day
 * after the termijn.
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param startdatum the first day of the termijn, inclusive (required)
 * @param einddatum the first day after the termijn, exclusive (required)
 * @param wijzigingsdatum the day the termijn was last changed
 * @param verlengingsgrondcode the code of the ground of the last change, in DUO's keteninformatiemodel
 * @param verlengingsgrondomschrijving the description of that ground
 */
public record DuoInburgeringstermijn(
    @JsonProperty("startdatum") String startdatum,
    @JsonProperty("einddatum") String einddatum,
    @JsonProperty("wijzigingsdatum") String wijzigingsdatum,
    @JsonProperty("verlengingsgrondcode") String verlengingsgrondcode,
    @JsonProperty("verlengingsgrondomschrijving") String verlengingsgrondomschrijving) {}
