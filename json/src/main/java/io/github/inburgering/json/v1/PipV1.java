package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The PIP history, oldest version first.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param versies the versions (required)
 */
public record PipV1(
    @JsonProperty(value = "versies", required = true) List<PipVersieV1> versies) {}
