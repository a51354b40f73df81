package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A move to another gemeente.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param inschrijving registration in the new gemeente (required)
 * @param van old gemeente (required)
 * @param naar new gemeente (required)
 */
public record VerhuizingV1(
    @JsonProperty(value = "inschrijving", required = true) LocalDate inschrijving,
    @JsonProperty(value = "van", required = true) @Patroon("^[0-9]{4}$") String van,
    @JsonProperty(value = "naar", required = true) @Patroon("^[0-9]{4}$") String naar) {}
