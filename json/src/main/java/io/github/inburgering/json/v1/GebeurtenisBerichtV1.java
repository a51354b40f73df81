package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message announcing an event.
 *
 * @param envelop the envelope
 * @param gebeurtenis the event
 */
public record GebeurtenisBerichtV1(
    @JsonProperty(value = "envelop", required = true) EnvelopV1 envelop,
    @JsonProperty(value = "gebeurtenis", required = true) GebeurtenisV1 gebeurtenis) {}
