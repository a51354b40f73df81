package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A message carrying a dossier.
 *
 * @param envelop the envelope
 * @param dossier the dossier
 */
public record DossierBerichtV1(
    @JsonProperty(value = "envelop", required = true) EnvelopV1 envelop,
    @JsonProperty(value = "dossier", required = true) DossierV1 dossier) {}
