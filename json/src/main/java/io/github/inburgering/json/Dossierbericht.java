package io.github.inburgering.json;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.json.v1.EnvelopV1;
import java.util.Objects;

/**
 * A received dossier message: its envelope and the dossier in the domain model.
 *
 * @param envelop the envelope
 * @param dossier the dossier
 * @param traject the lifecycle, when the message carries one
 */
public record Dossierbericht(EnvelopV1 envelop, Dossier dossier, java.util.Optional<Trajectdocument> traject) {
  /** Rejects missing parts. */
  public Dossierbericht {
    Objects.requireNonNull(envelop, "envelop");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(traject, "traject");
  }

  /** Returns a message without a lifecycle. */
  public Dossierbericht(EnvelopV1 envelop, Dossier dossier) {
    this(envelop, dossier, java.util.Optional.empty());
  }
}
