package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The gemeente's contact person.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param naam name (required)
 * @param gemeente gemeentecode (required)
 * @param email e-mail
 * @param telefoon telephone
 */
public record ContactpersoonV1(
    @JsonProperty(value = "naam", required = true) NaamV1 naam,
    @JsonProperty(value = "gemeente", required = true) @Patroon("^[0-9]{4}$") String gemeente,
    @JsonProperty("email") String email,
    @JsonProperty("telefoon") String telefoon) {}
