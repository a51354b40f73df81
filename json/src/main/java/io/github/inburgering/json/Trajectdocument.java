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
 * A lifecycle as exchanged: the events, oldest first, and the traject they lead to. An instance
 * exists only for events the lifecycle accepted: it is made by {@link #van} or by {@link
 * JsonLezer#leesTraject}, both of which replay the events, so the traject always follows from them.
 */
public final class Trajectdocument {
  private final List<Gebeurtenis> gebeurtenissen;
  private final Traject traject;

  Trajectdocument(List<? extends Gebeurtenis> gebeurtenissen, Traject traject) {
    this.gebeurtenissen = List.copyOf(gebeurtenissen);
    this.traject = Objects.requireNonNull(traject, "traject");
  }

  /**
   * Replays {@code gebeurtenissen} as on {@code peildatum}; empty when an event is refused (use
   * {@link Transities#afspelen} for the refusal's report).
   */
  public static Optional<Trajectdocument> van(List<? extends Gebeurtenis> gebeurtenissen,
      LocalDate peildatum) {
    Uitkomst u = Transities.afspelen(gebeurtenissen, peildatum);
    return u.isAanvaard()
        ? Optional.of(new Trajectdocument(gebeurtenissen, u.traject()))
        : Optional.empty();
  }

  /** Returns the events, oldest first. */
  public List<Gebeurtenis> gebeurtenissen() {
    return gebeurtenissen;
  }

  /** Returns the traject the events lead to. */
  public Traject traject() {
    return traject;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trajectdocument d && gebeurtenissen.equals(d.gebeurtenissen)
        && traject.equals(d.traject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gebeurtenissen, traject);
  }

  /** Returns the number of events and the traject; neither holds personal data. */
  @Override
  public String toString() {
    return "Trajectdocument[" + gebeurtenissen.size() + " gebeurtenissen, " + traject + "]";
  }
}
