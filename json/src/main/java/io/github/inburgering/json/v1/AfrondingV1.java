package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * Completion of the PVT or MAP.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param datum date of signing or of the eindgesprek (required)
 * @param verwijtbaar culpability after the termijn
 */
public record AfrondingV1(
    @JsonProperty(value = "datum", required = true) LocalDate datum,
    @JsonProperty("verwijtbaar") Boolean verwijtbaar) {}
