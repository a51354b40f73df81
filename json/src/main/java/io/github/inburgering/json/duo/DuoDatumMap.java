package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response of {@code GET /personen/{bsn}/map} (DUO M2M "MAP,PVT,Zroute" API, schema {@code
 * DatumMap}). DUO does not return the culpability indication here.
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param datumEindgesprekMap the date of the eindgesprek, {@code yyyy-MM-dd} (required)
 */
public record DuoDatumMap(
    @JsonProperty("datumEindgesprekMap") String datumEindgesprekMap) {}
