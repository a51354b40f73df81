package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response of {@code GET /personen/{bsn}/doelgroep}: the target group DUO assigned (DUO M2M
 * Inburgeringsplicht API, schema {@code Doelgroep}).
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param indeling {@code Asielstatushouder} or {@code Gezinsmigrant en overige migrant}
 * @param begindatum the first day of the assignment, inclusive
 * @param gedetailleerdeDoelgroep DUO's finer target group
 * @param asielrechtenWijzigingVerblijfsdoel the rights kept or granted after a change of the
 *     residence purpose
 */
public record DuoDoelgroep(
    @JsonProperty("indeling") String indeling,
    @JsonProperty("begindatum") String begindatum,
    @JsonProperty("gedetailleerdeDoelgroep") String gedetailleerdeDoelgroep,
    @JsonProperty("asielrechtenWijzigingVerblijfsdoel") String asielrechtenWijzigingVerblijfsdoel) {}
