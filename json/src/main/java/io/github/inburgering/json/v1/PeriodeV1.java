package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A half-open period: {@code eind} is the first day after it; absent when open-ended.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param start first day (required)
 * @param eind first day after the period
 */
public record PeriodeV1(
    @JsonProperty(value = "start", required = true) LocalDate start,
    @JsonProperty("eind") LocalDate eind) {}
