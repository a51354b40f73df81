package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.node.ObjectNode;
import io.github.inburgering.json.internal.Maskering;

/**
 * A message carrying a partner's view of a dossier: the dossier pruned to what the receiving role
 * may see (see {@code Partnerview}). The schema checks the view against the view schema of the
 * receiver's role ({@code envelop.ontvanger.rol}).
 *
 * @param envelop the envelope; its receiver's role decides the view
 * @param view the view
 */
public record PartnerBerichtV1(
    @JsonProperty(value = "envelop", required = true) EnvelopV1 envelop,
    @JsonProperty(value = "view", required = true) ObjectNode view) {
  /** Shows the envelope and the view's top-level properties, not its content. */
  @Override
  public String toString() {
    return "PartnerBerichtV1[" + envelop + ", view=" + (view == null ? "-" : view.propertyNames()) + "]";
  }
}
