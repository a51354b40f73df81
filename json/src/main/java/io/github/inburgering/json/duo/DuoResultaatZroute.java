package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request body of {@code PUT /personen/{bsn}/zroute}: the date the Z-route was completed (DUO M2M
 * "MAP,PVT,Zroute" API, schema {@code ResultaatZroute}). An absent date withdraws an earlier one.
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param datumAfrondingZroute the date of completion, {@code yyyy-MM-dd}
 */
public record DuoResultaatZroute(
    @JsonProperty("datumAfrondingZroute") String datumAfrondingZroute) {}
