package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.json.internal.Maskering;

/**
 * A message carrying one adopted PIP version of one inburgeraar.
 *
 * @param envelop the envelope
 * @param bsn the inburgeraar's BSN
 * @param pip the PIP version
 */
public record PipBerichtV1(
    @JsonProperty(value = "envelop", required = true) EnvelopV1 envelop,
    @JsonProperty(value = "bsn", required = true) @Patroon("^[0-9]{9}$") String bsn,
    @JsonProperty(value = "pip", required = true) PipVersieV1 pip) {
  /** Shows the BSN masked. */
  @Override
  public String toString() {
    return "PipBerichtV1[" + envelop + ", bsn=" + Maskering.nummer(bsn) + ", " + pip + "]";
  }
}
