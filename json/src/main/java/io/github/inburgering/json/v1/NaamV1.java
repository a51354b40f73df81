package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.json.internal.Maskering;

/**
 * A name.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param voornamen given names (required)
 * @param achternaam family name (required)
 */
public record NaamV1(
    @JsonProperty(value = "voornamen", required = true) String voornamen,
    @JsonProperty(value = "achternaam", required = true) String achternaam) {
  /** Shows initials only. */
  @Override
  public String toString() {
    return "NaamV1[" + Maskering.initiaal(voornamen) + " " + Maskering.initiaal(achternaam) + "]";
  }
}
