package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One finding of a report.
 *
 * @param code the rule code, such as {@code PIP-004}
 * @param ernst ERROR, WARNING or INFO
 * @param pointer JSON Pointer into the document the report is about
 * @param melding the message
 * @param grondslagen the legal basis, as citations
 */
public record BevindingV1(
    @JsonProperty(value = "code", required = true) @Patroon("^[A-Z]{2,3}-[0-9]{3}$") String code,
    @JsonProperty(value = "ernst", required = true) @Codes(Ernst.class) String ernst,
    @JsonProperty(value = "pointer", required = true) String pointer,
    @JsonProperty(value = "melding", required = true) String melding,
    @JsonProperty(value = "grondslagen", required = true) List<String> grondslagen) {}
