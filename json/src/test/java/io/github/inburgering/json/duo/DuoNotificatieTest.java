package io.github.inburgering.json.duo;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.id.VNummer;
import io.github.inburgering.core.model.DuoGebeurtenis;
import io.github.inburgering.core.model.DuoMelding;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.testing.Generatoren;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class DuoNotificatieTest {

  private static DuoMelding melding(DuoGebeurtenis g, io.github.inburgering.core.id.Bsn bsn, Optional<VNummer> v) {
    return new DuoMelding(g, OffsetDateTime.of(2024, 3, 15, 8, 0, 0, 0, ZoneOffset.ofHours(1)), Optional.of(bsn), v);
  }

  @Test
  void everyEventRoundTripsThroughDuosFormAndConformsToDuosSchema() {
    qt(500).forAll(SourceDSL.arbitrary().enumValues(DuoGebeurtenis.class), Generatoren.bsns(), Generatoren.vNummers())
        .checkAssert((g, bsn, v) -> {
          DuoMelding m = melding(g, bsn, Optional.of(v));
          DuoNotificatie duo = DuoNotificaties.naarDuo(m);
          byte[] json = DuoJson.schrijf(duo);
          Invoer in = new Invoer();
          Optional<DuoNotificatie> gelezen = DuoJson.lees(json, DuoNotificatie.class, in);
          assertThat(gelezen.flatMap(x -> DuoNotificaties.naarDomein(x, in))).contains(m);
          assertThat(in.isLeeg()).isTrue();
          if (DuoOpenApi.referentie().isPresent()) {
            assertThat(DuoOpenApi.valideer("Notificatie", "Notificatie", json)).isEmpty();
          }
        });
  }

  @Test
  void unknownEventMissingPersonAndBadTimeAreFindings() {
    Invoer in = new Invoer();
    assertThat(DuoNotificaties.naarDomein(new DuoNotificatie("2024-03-15T08:00:00Z", "111222333", null, "SS999"), in)).isEmpty();
    assertThat(in.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("CD-001");
      assertThat(f.pointer()).hasToString("/gebeurtenisId");
      assertThat(f.message()).contains("SS101", "SS199");
    });
    Invoer in2 = new Invoer();
    assertThat(DuoNotificaties.naarDomein(new DuoNotificatie("15-03-2024", null, null, "SS102"), in2)).isEmpty();
    assertThat(in2.report().findings()).extracting(f -> f.code() + " " + f.pointer())
        .containsExactlyInAnyOrder("CD-003 /registratieDatumTijd", "CD-003 ");
    Invoer in3 = new Invoer();
    assertThat(DuoNotificaties.naarDomein(new DuoNotificatie("2024-03-15T08:00:00Z", "123456789", 12L, "SS102"), in3)).isEmpty();
    assertThat(in3.report().codes()).containsExactly("ID-001");
    assertThat(in3.report().toString()).doesNotContain("123456789");
  }

  @Test
  void aNotificationWithOnlyAVNummerIsEnough() {
    Invoer in = new Invoer();
    byte[] json = "{\"registratieDatumTijd\":\"2024-03-15T08:00:00+01:00\",\"vNummer\":12345,\"gebeurtenisId\":\"SS110\"}"
        .getBytes(StandardCharsets.UTF_8);
    Optional<DuoMelding> m = DuoJson.lees(json, DuoNotificatie.class, in).flatMap(x -> DuoNotificaties.naarDomein(x, in));
    assertThat(m).hasValueSatisfying(x -> {
      assertThat(x.gebeurtenis()).isEqualTo(DuoGebeurtenis.SS110);
      assertThat(x.vNummer()).contains(VNummer.parse("0000012345"));
      assertThat(x.bsn()).isEmpty();
    });
    assertThat(List.of(DuoGebeurtenis.values())).hasSize(28);
  }

  @Test
  void eenNotificatieVanOverlijdenBeeindigtDePlichtInDeLevenscyclus() {
    Invoer in = new Invoer();
    var vertaling = DuoNotificaties.vertaal(
        new DuoNotificatie("2025-06-30T23:15:00+02:00", "111222333", null, "SS111"), in);
    assertThat(in.isLeeg()).isTrue();
    var gebeurtenis = vertaling.orElseThrow().gebeurtenis().orElseThrow();
    assertThat(gebeurtenis).isEqualTo(new io.github.inburgering.core.traject.Gebeurtenis.PlichtBeeindigd(
        java.time.LocalDate.of(2025, 6, 30), io.github.inburgering.core.traject.Beeindigingsgrond.OVERLIJDEN));
    var pip = DuoNotificaties.vertaal(new DuoNotificatie("2025-06-30T10:00:00Z", "111222333", null, "SS102"), in)
        .orElseThrow();
    assertThat(pip.gebeurtenis()).isEmpty();
    assertThat(pip.soorten()).containsExactly(io.github.inburgering.core.traject.Gebeurtenissoort.PIP_VASTGESTELD);
    assertThat(pip.opTeVragen()).containsExactly("PIP", "Inburgeringstermijn");
    assertThat(DuoNotificaties.vertaal(new DuoNotificatie("2025-06-30T10:00:00Z", null, null, "SS102"), new Invoer()))
        .isEmpty();
  }
}
