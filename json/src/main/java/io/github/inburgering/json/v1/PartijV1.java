package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.PartnerRol;

/**
 * A sender or receiver: its role and exactly one identifier — an OIN for public bodies, otherwise an
 * OIN, a KvK number or a partner id agreed with the gemeente.
 *
 * @param rol the partner's role
 * @param oin OIN (twenty digits)
 * @param kvk KvK number (eight digits)
 * @param partnerId an id from the gemeente's partner register, for organisations without OIN or KvK
 */
public record PartijV1(
    @JsonProperty(value = "rol", required = true) @Codes(PartnerRol.class) String rol,
    @JsonProperty("oin") @Patroon("^[0-9]{20}$") String oin,
    @JsonProperty("kvk") @Patroon("^[0-9]{8}$") String kvk,
    @JsonProperty("partnerId") @Patroon("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$") String partnerId) {}
