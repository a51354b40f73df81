package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A DUO loan.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param bedrag amount in euros (required)
 */
public record LeningV1(
    @JsonProperty(value = "bedrag", required = true) Integer bedrag) {}
