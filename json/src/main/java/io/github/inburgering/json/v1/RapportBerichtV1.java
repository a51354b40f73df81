package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reply carrying the validation report of a received message; {@code envelop.correlatieId} names
 * that message.
 *
 * @param envelop the envelope
 * @param rapport the report
 */
public record RapportBerichtV1(
    @JsonProperty(value = "envelop", required = true) EnvelopV1 envelop,
    @JsonProperty(value = "rapport", required = true) RapportV1 rapport) {}
