package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Opleidingsniveau;

/**
 * Education and work experience.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param hoogsteOpleiding highest education (required)
 * @param jarenWerkervaring years of work experience (required)
 * @param wilVervolgonderwijs wish for beroeps- or hoger onderwijs (required)
 */
public record OpleidingEnWerkervaringV1(
    @JsonProperty(value = "hoogsteOpleiding", required = true) @Codes(Opleidingsniveau.class) String hoogsteOpleiding,
    @JsonProperty(value = "jarenWerkervaring", required = true) Integer jarenWerkervaring,
    @JsonProperty(value = "wilVervolgonderwijs", required = true) Boolean wilVervolgonderwijs) {}
