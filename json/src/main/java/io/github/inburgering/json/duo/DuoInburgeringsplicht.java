package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response of {@code GET /personen/{bsn}/inburgeringsplicht}: the current inburgeringsplicht (DUO
 * M2M Inburgeringsplicht API, schema {@code Inburgeringsplicht}).
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param indicatorInburgeringsplicht whether the person has the plicht (required)
 * @param begindatum the first day of the plicht, inclusive
 * @param einddatum the last day of the plicht, inclusive
 * @param wijzigingsdatum the day the plicht was last changed at DUO
 * @param datumKennisgevingInburgeringsplicht the day DUO sent the kennisgeving
 * @param redenGeenInburgeringsplicht why there is no (longer a) plicht
 */
public record DuoInburgeringsplicht(
    @JsonProperty("indicatorInburgeringsplicht") Boolean indicatorInburgeringsplicht,
    @JsonProperty("begindatum") String begindatum,
    @JsonProperty("einddatum") String einddatum,
    @JsonProperty("wijzigingsdatum") String wijzigingsdatum,
    @JsonProperty("datumKennisgevingInburgeringsplicht") String datumKennisgevingInburgeringsplicht,
    @JsonProperty("redenGeenInburgeringsplicht") String redenGeenInburgeringsplicht) {}
