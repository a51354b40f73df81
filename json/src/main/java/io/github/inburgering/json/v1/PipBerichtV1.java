package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message carrying one adopted PIP version of one inburgeraar.
 *
 * @param envelop the envelope
 * @param bsn the inburgeraar's BSN
 * @param pip the PIP version
 */
public record PipBerichtV1(
    @JsonProperty(value = "envelop", required = true) EnvelopV1 envelop,
    @JsonProperty(value = "bsn", required = true) @Patroon("^[0-9]{9}$") String bsn,
    @JsonProperty(value = "pip", required = true) PipVersieV1 pip) {}
