package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Verlengingsgrond;
import java.time.LocalDate;

/**
 * A verlenging of the termijn.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param grond ground (required)
 * @param duur ISO-8601 period such as P4M or P16W (required)
 * @param aanvraagdatum application date; absent when ambtshalve
 * @param besluitdatum decision date (required)
 */
public record VerlengingV1(
    @JsonProperty(value = "grond", required = true) @Codes(Verlengingsgrond.class) String grond,
    @JsonProperty(value = "duur", required = true) @Patroon("^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$") String duur,
    @JsonProperty("aanvraagdatum") LocalDate aanvraagdatum,
    @JsonProperty(value = "besluitdatum", required = true) LocalDate besluitdatum) {}
