package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A validation report as a reply: every broken rule with its code, severity, JSON Pointer, message
 * and legal basis.
 *
 * @param geldig whether no finding is an error
 * @param bevindingen the findings
 */
public record RapportV1(
    @JsonProperty(value = "geldig", required = true) Boolean geldig,
    @JsonProperty(value = "bevindingen", required = true) List<BevindingV1> bevindingen) {}
