package io.github.inburgering.core.traject;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.DuoGebeurtenis;
import io.github.inburgering.core.model.DuoMelding;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DuoVertalingTest {
  private static final OffsetDateTime REGISTRATIE =
      OffsetDateTime.of(2025, 3, 4, 23, 30, 0, 0, ZoneOffset.ofHours(1));

  private static DuoMelding melding(DuoGebeurtenis g) {
    return new DuoMelding(g, REGISTRATIE, Optional.of(Bsn.parse("111222333")), Optional.empty());
  }

  @ParameterizedTest
  @EnumSource(DuoGebeurtenis.class)
  void elkeDuoGebeurtenisIsVertaaldEnPastBijDeSoort(DuoGebeurtenis g) {
    DuoVertaling v = DuoVertaling.van(melding(g));
    assertThat(v.duoGebeurtenis()).isEqualTo(g);
    for (Gebeurtenissoort s : v.soorten()) {
      assertThat(s.duoGebeurtenissen()).as(s + " lists " + g).contains(g);
    }
    v.gebeurtenis().ifPresent(e -> {
      assertThat(e.datum()).as("registration date in DUO's offset").isEqualTo(LocalDate.of(2025, 3, 4));
      assertThat(e.duoGebeurtenis()).contains(g);
    });
    if (v.isOvergang() && v.gebeurtenis().isEmpty()) {
      assertThat(v.opTeVragen()).as("which DUO resource to query").isNotEmpty();
    }
  }

  @Test
  void elkeSoortDieDuoSignaleertWordtDoorEenCodeBereikt() {
    Set<Gebeurtenissoort> bereikt = EnumSet.noneOf(Gebeurtenissoort.class);
    for (DuoGebeurtenis g : DuoGebeurtenis.values()) {
      bereikt.addAll(DuoVertaling.van(melding(g)).soorten());
    }
    for (Gebeurtenissoort s : Gebeurtenissoort.values()) {
      if (!s.duoGebeurtenissen().isEmpty()) {
        assertThat(bereikt).as(s.name()).contains(s);
      }
    }
  }

  @Test
  void afgewezenVerzoekenEnLeerbaarheidstoetsVeranderenNiets() {
    for (DuoGebeurtenis g : EnumSet.of(DuoGebeurtenis.SS113, DuoGebeurtenis.SS114,
        DuoGebeurtenis.SS115, DuoGebeurtenis.SS116, DuoGebeurtenis.SS118, DuoGebeurtenis.SS131,
        DuoGebeurtenis.SS137)) {
      assertThat(DuoVertaling.van(melding(g)).isOvergang()).as(g.code()).isFalse();
    }
  }

  @Test
  void volledigeGebeurtenissenWordenDoorDeLevenscyclusAanvaard() {
    LocalDate d = LocalDate.of(2023, 2, 1);
    Traject gemeld = Transities.toepassen(Traject.nieuw(),
        new Gebeurtenis.PlichtOntstaan(d, Doelgroep.ASIELSTATUSHOUDER, d), d).traject();
    Gebeurtenis doelgroep = DuoVertaling.van(melding(DuoGebeurtenis.SS124)).gebeurtenis().orElseThrow();
    Uitkomst u = Transities.toepassen(gemeld, doelgroep, LocalDate.of(2025, 6, 1));
    assertThat(u.isAanvaard()).as(u.report().toString()).isTrue();
    assertThat(u.traject().doelgroep()).contains(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);

    Gebeurtenis tijdelijk = DuoVertaling.van(melding(DuoGebeurtenis.SS109)).gebeurtenis().orElseThrow();
    Traject tv = Transities.toepassen(gemeld, tijdelijk, LocalDate.of(2025, 6, 1)).traject();
    assertThat(tv.fase()).isEqualTo(Fase.TIJDELIJK_VRIJGESTELD);
    // SS130 says a PIP is known; this traject has none, so the lifecycle refuses it (TV-002)
    Gebeurtenis hervatMetPip = new Gebeurtenis.PlichtHervat(LocalDate.of(2025, 3, 5), true);
    assertThat(Transities.toepassen(tv, hervatMetPip, LocalDate.of(2025, 6, 1)).report().codes())
        .containsExactly("TV-002");
  }
}
