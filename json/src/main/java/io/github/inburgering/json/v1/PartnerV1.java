package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.PartnerRol;

/**
 * A partner organisation, identified by OIN or KvK number.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param naam name (required)
 * @param rol role (required)
 * @param oin OIN
 * @param kvk KvK number
 * @param keurmerk keurmerk of a taalaanbieder
 */
public record PartnerV1(
    @JsonProperty(value = "naam", required = true) String naam,
    @JsonProperty(value = "rol", required = true) @Codes(PartnerRol.class) String rol,
    @JsonProperty("oin") @Patroon("^[0-9]{20}$") String oin,
    @JsonProperty("kvk") @Patroon("^[0-9]{8}$") String kvk,
    @JsonProperty("keurmerk") Boolean keurmerk) {}
