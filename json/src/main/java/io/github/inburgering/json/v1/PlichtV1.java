package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.model.RedenEindePlicht;
import java.time.LocalDate;

/**
 * The inburgeringsplicht.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param ontstaan the day the plicht arose (required)
 * @param grond ground of art. 3(1) Wi (required)
 * @param kennisgeving DUO's written notification
 * @param einde the day the plicht ended
 * @param redenEinde why it ended
 */
public record PlichtV1(
    @JsonProperty(value = "ontstaan", required = true) LocalDate ontstaan,
    @JsonProperty(value = "grond", required = true) @Codes(PlichtGrond.class) String grond,
    @JsonProperty("kennisgeving") LocalDate kennisgeving,
    @JsonProperty("einde") LocalDate einde,
    @JsonProperty("redenEinde") @Codes(RedenEindePlicht.class) String redenEinde) {}
