package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The response of {@code GET /personen/{bsn}/PIP}: the current PIP known to DUO with the gemeente that
 * adopted it (DUO M2M PIP API, schema {@code Gemeente}).
 *
 * <p>Part of the DUO wire model: property names exactly as in DUO's schema; dates ({@code format:
 * date}), codes and scores are strings, so that a malformed value becomes a finding of {@link
 * DuoMapping} at its JSON Pointer instead of failing the read. Absent values are {@code null} and are
 * not written.
 *
 * @param gemeentecode the gemeente, four digits (required)
 * @param pip the PIP (required)
 */
public record DuoGemeente(
    @JsonProperty("gemeentecode") String gemeentecode,
    @JsonProperty("pip") DuoPip pip) {}
