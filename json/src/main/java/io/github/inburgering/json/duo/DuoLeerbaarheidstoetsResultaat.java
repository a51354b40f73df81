package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of the response of {@code GET /personen/{bsn}/lbt/resultaten} (DUO M2M
 * Leerbaarheidstoets API, schema {@code Resultaat}). Scores have a decimal comma and two decimals,
 * {@code 71,50}.
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param resultaat {@code B1-route haalbaar}, {@code B1-route niet haalbaar} or {@code Onbekend}
 *     (required)
 * @param behaaldeScore the score obtained, pattern {@code \d{1,3},\d{2}} (required)
 * @param benodigdeScore the threshold score, same pattern (required)
 * @param datumAfname the date DUO registered the result (required)
 */
public record DuoLeerbaarheidstoetsResultaat(
    @JsonProperty("resultaat") String resultaat,
    @JsonProperty("behaaldeScore") String behaaldeScore,
    @JsonProperty("benodigdeScore") String benodigdeScore,
    @JsonProperty("datumAfname") String datumAfname) {}
