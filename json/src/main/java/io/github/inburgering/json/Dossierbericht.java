package io.github.inburgering.json;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.json.v1.EnvelopV1;
import java.util.Objects;

/**
 * A received dossier message: its envelope and the dossier in the domain model.
 *
 * @param envelop the envelope
 * @param dossier the dossier
 */
public record Dossierbericht(EnvelopV1 envelop, Dossier dossier) {
  /** Rejects missing parts. */
  public Dossierbericht {
    Objects.requireNonNull(envelop, "envelop");
    Objects.requireNonNull(dossier, "dossier");
  }
}
