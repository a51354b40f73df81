package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A PIP version as DUO exchanges it: the request body of {@code POST /personen/{bsn}/PIP} and the
 * {@code pip} of the {@link DuoGemeente} response (DUO M2M PIP API, schema {@code PIP}).
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param dagtekeningPip the dagtekening, {@code yyyy-MM-dd} (required)
 * @param leerroute {@code B}, {@code O} or {@code Z} (required)
 * @param niveau {@code A2} or {@code B1}
 * @param geschatteIntensiteitB1Route estimated hours of the B1-route, 1–9999, asielstatushouders only
 * @param indicatorMagOpleidingAfmaken whether a niet-vrijstellende opleiding may be finished first
 * @param indicatorAlfabetiseringsonderwijs {@code A}, {@code AA} or {@code NVT}
 */
public record DuoPip(
    @JsonProperty("dagtekeningPip") String dagtekeningPip,
    @JsonProperty("leerroute") String leerroute,
    @JsonProperty("niveau") String niveau,
    @JsonProperty("geschatteIntensiteitB1Route") Integer geschatteIntensiteitB1Route,
    @JsonProperty("indicatorMagOpleidingAfmaken") Boolean indicatorMagOpleidingAfmaken,
    @JsonProperty("indicatorAlfabetiseringsonderwijs") String indicatorAlfabetiseringsonderwijs) {}
