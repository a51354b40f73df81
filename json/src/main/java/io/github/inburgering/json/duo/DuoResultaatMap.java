package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request body of {@code PUT /personen/{bsn}/map}: the date of the MAP eindgesprek with DUO's
 * culpability indication (DUO M2M "MAP,PVT,Zroute" API, schema {@code ResultaatMap}). The PUT replaces
 * the whole resource: an absent value withdraws an earlier one.
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param datumEindgesprekMap the date of the eindgesprek, {@code yyyy-MM-dd}
 * @param verwijtbaar {@code Ja} or {@code Nee} ({@link JaNee})
 */
public record DuoResultaatMap(
    @JsonProperty("datumEindgesprekMap") String datumEindgesprekMap,
    @JsonProperty("verwijtbaar") String verwijtbaar) {}
