package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Hours followed.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param nt2 NT2 hours (required)
 * @param knm KNM hours (required)
 * @param participatie participation hours (required)
 * @param pvt PVT hours (required)
 * @param map MAP hours (required)
 */
public record UrenV1(
    @JsonProperty(value = "nt2", required = true) Integer nt2,
    @JsonProperty(value = "knm", required = true) Integer knm,
    @JsonProperty(value = "participatie", required = true) Integer participatie,
    @JsonProperty(value = "pvt", required = true) Integer pvt,
    @JsonProperty(value = "map", required = true) Integer map) {}
