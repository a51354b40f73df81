package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.Oordeel;
import java.time.LocalDate;
import java.util.List;

/**
 * An ontheffing, whole or for exam parts.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param vorm GEHEEL or GEDEELTELIJK (required)
 * @param grond MED or BIO (required)
 * @param oordeel DUO's decision (required)
 * @param datumOordeel date of the decision (required)
 * @param onderdelen the exam parts of a gedeeltelijke ontheffing
 */
public record OntheffingV1(
    @JsonProperty(value = "vorm", required = true) @Codes(OntheffingVorm.class) String vorm,
    @JsonProperty(value = "grond", required = true) @Codes(Ontheffingsgrond.class) String grond,
    @JsonProperty(value = "oordeel", required = true) @Codes(Oordeel.class) String oordeel,
    @JsonProperty(value = "datumOordeel", required = true) LocalDate datumOordeel,
    @JsonProperty("onderdelen") List<@Codes(Examenonderdeel.class) String> onderdelen) {}
