package io.github.inburgering.json.duo;

import io.github.inburgering.core.model.DuoGebeurtenis;
import io.github.inburgering.core.model.DuoMelding;
import io.github.inburgering.core.traject.DuoVertaling;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Pointer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Maps DUO's notifications ({@link DuoNotificatie}) to and from the library's {@link DuoMelding}.
 * An unknown {@code gebeurtenisId} is reported with the known codes ({@code CD-001}): DUO may add
 * events, and a receiver should see that rather than lose the notification silently.
 */
public final class DuoNotificaties {
  private DuoNotificaties() {}

  /** Returns DUO's form of {@code m}; the time always has seconds, as RFC 3339 requires. */
  public static DuoNotificatie naarDuo(DuoMelding m) {
    return new DuoNotificatie(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.registratie()), m.bsn().map(b -> b.unmasked()).orElse(null),
        m.vNummer().map(v -> Long.valueOf(v.unmasked())).orElse(null), m.gebeurtenis().code());
  }

  /** Maps a notification, reporting every problem to {@code in} at its pointer. */
  public static Optional<DuoMelding> naarDomein(DuoNotificatie w, Invoer in) {
    Pointer root = Pointer.root();
    Optional<DuoGebeurtenis> gebeurtenis = in.code(root.add("gebeurtenisId"), DuoGebeurtenis.class, w.gebeurtenisId());
    Optional<OffsetDateTime> registratie = Optional.empty();
    if (w.registratieDatumTijd() == null) {
      in.verplicht(root.add("registratieDatumTijd"), null);
    } else {
      try {
        registratie = Optional.of(OffsetDateTime.parse(w.registratieDatumTijd()));
      } catch (DateTimeParseException e) {
        in.add("CD-003", root.add("registratieDatumTijd"), "FORMAT", "een datum-tijd met zone, zoals 2024-03-15T08:00:00Z");
      }
    }
    var bsn = w.bsn() == null ? Optional.<io.github.inburgering.core.id.Bsn>empty() : in.bsn(root.add("bsn"), w.bsn());
    var vNummer = Optional.<io.github.inburgering.core.id.VNummer>empty();
    if (w.vNummer() != null) {
      if (w.vNummer() < 0 || w.vNummer() > 9_999_999_999L) {
        in.add("CD-003", root.add("vNummer"), "OUT_OF_RANGE", "een v-nummer ligt tussen 0 en 9999999999");
      } else {
        vNummer = in.vNummer(root.add("vNummer"), String.format("%010d", w.vNummer()));
      }
    }
    if (w.bsn() == null && w.vNummer() == null) {
      in.add("CD-003", root, "MISSING", "een notificatie noemt een BSN of een v-nummer");
    }
    if (!in.isLeeg() || gebeurtenis.isEmpty() || registratie.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DuoMelding(gebeurtenis.get(), registratie.get(), bsn, vNummer));
  }

  /**
   * Maps a notification and says what it means for the lifecycle: the complete event, or the kind of
   * event and the DUO resources to query ({@link DuoVertaling}).
   *
   * @return the translation, or empty when the notification could not be mapped (see {@code in})
   */
  public static Optional<DuoVertaling> vertaal(DuoNotificatie w, Invoer in) {
    return naarDomein(w, in).map(DuoVertaling::van);
  }
}
