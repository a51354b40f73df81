package io.github.inburgering.json;

import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Traject;
import io.github.inburgering.core.traject.Transities;
import io.github.inburgering.core.traject.Uitkomst;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lifecycle as exchanged: the events, oldest first, and the traject they lead to.
 *
 * @param gebeurtenissen the events
 * @param traject the traject after replaying them
 */
public record Trajectdocument(List<Gebeurtenis> gebeurtenissen, Traject traject) {
  /** Rejects missing parts. */
  public Trajectdocument {
    gebeurtenissen = List.copyOf(gebeurtenissen);
    Objects.requireNonNull(traject, "traject");
  }

  /**
   * Replays {@code gebeurtenissen} as on {@code peildatum}; empty when an event is refused (use
   * {@link Transities#afspelen} for the refusal's report).
   */
  public static Optional<Trajectdocument> van(List<? extends Gebeurtenis> gebeurtenissen,
      LocalDate peildatum) {
    Uitkomst u = Transities.afspelen(gebeurtenissen, peildatum);
    return u.isAanvaard()
        ? Optional.of(new Trajectdocument(List.copyOf(gebeurtenissen), u.traject()))
        : Optional.empty();
  }
}
