package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * The inburgeringstermijn; {@code einddatum} is its last day.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param start first day (required)
 * @param einddatum last day (required)
 */
public record TermijnV1(
    @JsonProperty(value = "start", required = true) LocalDate start,
    @JsonProperty(value = "einddatum", required = true) LocalDate einddatum) {}
