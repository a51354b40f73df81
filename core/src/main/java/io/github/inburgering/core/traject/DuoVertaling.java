package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Checks;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.DuoGebeurtenis;
import io.github.inburgering.core.model.DuoMelding;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a DUO notification means for the lifecycle. DUO's notification carries only the event
 * code, the person and the registration time; a few codes are a complete lifecycle event on their
 * own (SS109, SS111, SS113, SS124, SS125, SS129, SS130), the others name the kind of event and the
 * DUO resources to query for its data, and the answers to requests for a vrijstelling or ontheffing
 * that DUO refused (SS114–SS116, SS118)
 * and the leerbaarheidstoets events (SS131, SS137) change no state.
 *
 * @param duoGebeurtenis DUO's event code
 * @param soorten the kinds of lifecycle event it signals; empty when it changes no state
 * @param gebeurtenis the lifecycle event itself, when the notification suffices
 * @param opTeVragen the DUO M2M resources to query for the event's data (DUO's "relevante API's")
 */
public record DuoVertaling(DuoGebeurtenis duoGebeurtenis, Set<Gebeurtenissoort> soorten,
    Optional<Gebeurtenis> gebeurtenis, List<String> opTeVragen) {

  /** Rejects missing components and an event of a kind not listed. */
  public DuoVertaling {
    Checks.required(duoGebeurtenis, "DuoVertaling.duoGebeurtenis");
    soorten = Set.copyOf(Checks.required(soorten, "DuoVertaling.soorten"));
    Checks.required(gebeurtenis, "DuoVertaling.gebeurtenis");
    opTeVragen = List.copyOf(Checks.required(opTeVragen, "DuoVertaling.opTeVragen"));
    if (gebeurtenis.isPresent() && !soorten.contains(gebeurtenis.get().soort())) {
      throw new IllegalArgumentException("event kind not among the kinds");
    }
  }

  /** Returns whether the notification changes the state of the plicht. */
  public boolean isOvergang() {
    return !soorten.isEmpty();
  }

  /**
   * Translates {@code melding}. The date of a complete event is the registration date in DUO's
   * offset.
   */
  public static DuoVertaling van(DuoMelding melding) {
    Checks.required(melding, "melding");
    DuoGebeurtenis g = melding.gebeurtenis();
    LocalDate datum = melding.registratie().toLocalDate();
    switch (g) {
      case SS101:
      case SS128:
      case SS139:
        return opvragen(g, Gebeurtenissoort.PLICHT_ONTSTAAN, "Inburgeringsplicht");
      case SS102:
        return opvragen(g, Gebeurtenissoort.PIP_VASTGESTELD, "PIP", "Inburgeringstermijn");
      case SS103:
      case SS104:
        return opvragen(g, Gebeurtenissoort.TERMIJN_VERLENGD, "Inburgeringstermijn");
      case SS106:
      case SS199:
        return opvragen(g, Gebeurtenissoort.EXAMENUITSLAG, "Examenresultaten");
      case SS107:
      case SS117:
        return opvragen(g, Gebeurtenissoort.VRIJSTELLING, "Vrijstelling");
      case SS108:
      case SS119:
        return opvragen(g, Gebeurtenissoort.ONTHEFFING, "Ontheffing");
      case SS109:
        return direct(g, new Gebeurtenis.TijdelijkeVrijstelling(datum), "Vrijstelling");
      case SS110:
        return opvragen(g, Gebeurtenissoort.PLICHT_BEEINDIGD, "Inburgeringsplicht");
      case SS111:
        return direct(g, new Gebeurtenis.PlichtBeeindigd(datum, Beeindigingsgrond.OVERLIJDEN));
      case SS120:
      case SS121:
        return opvragen(g, Gebeurtenissoort.VERHUISD, "Inburgeringsplicht", "PIP");
      case SS124:
        return direct(g, new Gebeurtenis.DoelgroepGewijzigd(datum,
            Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT), "Inburgeringsplicht");
      case SS125:
        return direct(g, new Gebeurtenis.DoelgroepGewijzigd(datum, Doelgroep.ASIELSTATUSHOUDER),
            "Inburgeringsplicht");
      case SS129:
        return direct(g, new Gebeurtenis.PlichtHervat(datum, false), "Inburgeringsplicht");
      case SS130:
        return direct(g, new Gebeurtenis.PlichtHervat(datum, true), "Inburgeringstermijn", "PIP");
      case SS113:
        return direct(g, new Gebeurtenis.VerlengingAfgewezen(datum), "Inburgeringstermijn");
      case SS131:
      case SS137:
        return new DuoVertaling(g, Set.of(), Optional.empty(), List.of("Leerbaarheidstoets"));
      default:
        // SS114–SS116, SS118: DUO refused a request for a vrijstelling or ontheffing; nothing changes
        return new DuoVertaling(g, Set.of(), Optional.empty(), List.of());
    }
  }

  private static DuoVertaling opvragen(DuoGebeurtenis g, Gebeurtenissoort s, String... bronnen) {
    return new DuoVertaling(g, EnumSet.of(s), Optional.empty(), List.of(bronnen));
  }

  private static DuoVertaling direct(DuoGebeurtenis g, Gebeurtenis e, String... bronnen) {
    return new DuoVertaling(g, EnumSet.of(e.soort()), Optional.of(e), List.of(bronnen));
  }
}
