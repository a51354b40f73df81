package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.json.internal.Maskering;

/**
 * Personal circumstances; {@code gezondheid} is special-category data.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param gezondheid health findings
 * @param overig other circumstances
 * @param individueelGesprekAangeboden right to an individual talk pointed out (required)
 */
public record PersoonlijkeOmstandighedenV1(
    @JsonProperty("gezondheid") String gezondheid,
    @JsonProperty("overig") String overig,
    @JsonProperty(value = "individueelGesprekAangeboden", required = true) Boolean individueelGesprekAangeboden) {
  /** Never shows the recorded texts (health data is special-category data). */
  @Override
  public String toString() {
    return "PersoonlijkeOmstandighedenV1[gezondheid=" + Maskering.vastgelegd(gezondheid) + ", overig="
        + Maskering.vastgelegd(overig) + ", individueelGesprekAangeboden=" + individueelGesprekAangeboden + "]";
  }
}
