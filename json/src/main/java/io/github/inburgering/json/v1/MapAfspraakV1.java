package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The MAP: {@code vanToepassing} with {@code uren}, or not applicable.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param vanToepassing whether the MAP applies (required)
 * @param uren planned hours when it applies
 */
public record MapAfspraakV1(
    @JsonProperty(value = "vanToepassing", required = true) Boolean vanToepassing,
    @JsonProperty("uren") Integer uren) {}
