package io.github.inburgering.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Validator;
import io.github.inburgering.core.testing.Voorbeelden;
import io.github.inburgering.json.v1.DossierBerichtV1;
import io.github.inburgering.json.v1.EnvelopV1;
import io.github.inburgering.json.v1.PartijV1;
import io.github.inburgering.json.v1.RapportBerichtV1;
import io.github.inburgering.json.v1.V1Mapping;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class BerichtTest {
  static final UUID ID = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
  static final PartijV1 AMSTERDAM = new PartijV1("GEMEENTE", "00000001002564440000", null, null);
  static final PartijV1 DUO = new PartijV1("DUO", "00000001800866472000", null, null);

  static EnvelopV1 envelop(String type, UUID correlatie) {
    return new EnvelopV1(ID, correlatie, AMSTERDAM, DUO, type, "1.0.0",
        OffsetDateTime.of(2026, 5, 1, 9, 30, 0, 0, ZoneOffset.ofHours(2)), "UITVOERING_WI",
        "art. 34 lid 1 Wi", "EERSTE");
  }

  @Test
  void dossierMessageRoundTripsAndIsValidated() {
    DossierBerichtV1 b = new DossierBerichtV1(envelop("DOSSIER", null), V1Mapping.naarV1(Voorbeelden.basis()));
    byte[] json = InburgeringJson.schrijf(b);
    Leesresultaat<Dossierbericht> r = JsonLezer.standaard().leesDossierbericht(json, Voorbeelden.PEILDATUM);
    assertThat(r.isGeldig()).as("%s", r.report()).isTrue();
    assertThat(r.document().orElseThrow().envelop()).isEqualTo(b.envelop());
    assertThat(r.document().orElseThrow().dossier()).isEqualTo(Voorbeelden.basis());
  }

  @Test
  void findingsAboutTheDossierPointIntoTheMessage() {
    ObjectNode n = InburgeringJson.mapper().valueToTree(
        new DossierBerichtV1(envelop("DOSSIER", null), V1Mapping.naarV1(Voorbeelden.basis())));
    ((ObjectNode) n.get("dossier").get("pip").get("versies").get(0)).remove("pvtUren");
    ((ObjectNode) n.get("envelop")).put("schemaversie", "1.0");
    Leesresultaat<Dossierbericht> r = JsonLezer.standaard()
        .leesDossierbericht(InburgeringJson.mapper().writeValueAsBytes(n), Voorbeelden.PEILDATUM);
    assertThat(r.report().findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("JS-003");
      assertThat(f.pointer()).hasToString("/envelop/schemaversie");
    });
    ((ObjectNode) n.get("envelop")).put("schemaversie", "1.0.0");
    r = JsonLezer.standaard().leesDossierbericht(InburgeringJson.mapper().writeValueAsBytes(n), Voorbeelden.PEILDATUM);
    assertThat(r.report().findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("PIP-015");
      assertThat(f.pointer()).hasToString("/dossier/pip/versies/0/pvtUren");
    });
  }

  @Test
  void reportReplyCarriesEveryFindingAndValidatesAgainstItsSchema() {
    Report report = Validator.standaard().validate(
        Voorbeelden.eerstePip(Voorbeelden.basis(), v -> v.pvtUren(null)), Voorbeelden.PEILDATUM);
    RapportBerichtV1 antwoord = new RapportBerichtV1(envelop("RAPPORT", ID), InburgeringJson.rapport(report));
    byte[] json = InburgeringJson.schrijf(antwoord);
    Leesresultaat<Object> r = JsonLezer.standaard().leesWire(json, Schemasoort.RAPPORTBERICHT);
    assertThat(r.isGeldig()).as("%s", r.report()).isTrue();
    RapportBerichtV1 gelezen = (RapportBerichtV1) r.document().orElseThrow();
    assertThat(gelezen.rapport().geldig()).isFalse();
    assertThat(gelezen.rapport().bevindingen()).singleElement().satisfies(b -> {
      assertThat(b.code()).isEqualTo("PIP-015");
      assertThat(b.pointer()).isEqualTo("/pip/versies/0/pvtUren");
      assertThat(b.grondslagen()).contains("art. 15 lid 1 onder c Wi");
    });
    assertThat(gelezen.envelop().correlatieId()).isEqualTo(ID);
  }

  @Test
  void moduleIsFoundThroughServiceLoader() {
    assertThat(StreamSupport.stream(ServiceLoader.load(JacksonModule.class).spliterator(), false))
        .anyMatch(m -> m instanceof InburgeringModule);
    JsonMapper m = JsonMapper.builder().findAndAddModules().build();
    assertThat(m.writeValueAsString(Voorbeelden.BSN)).isEqualTo("\"111222333\"");
  }

  @Test
  void eventMessageRoundTripsAndReportsUnknownCodesAndMissingIdentifiers() {
    io.github.inburgering.core.model.DuoMelding melding = new io.github.inburgering.core.model.DuoMelding(
        io.github.inburgering.core.model.DuoGebeurtenis.SS102, OffsetDateTime.of(2024, 3, 15, 8, 0, 0, 0, ZoneOffset.UTC),
        java.util.Optional.of(Voorbeelden.BSN), java.util.Optional.empty());
    io.github.inburgering.json.v1.GebeurtenisBerichtV1 b = new io.github.inburgering.json.v1.GebeurtenisBerichtV1(
        envelop("GEBEURTENIS", null), V1Mapping.naarV1(melding));
    byte[] json = InburgeringJson.schrijf(b);
    Leesresultaat<io.github.inburgering.core.model.DuoMelding> r = JsonLezer.standaard().leesGebeurtenisbericht(json);
    assertThat(r.isGeldig()).as("%s", r.report()).isTrue();
    assertThat(r.document()).contains(melding);

    ObjectNode n = InburgeringJson.mapper().valueToTree(b);
    ((ObjectNode) n.get("gebeurtenis")).put("gebeurtenis", "SS999");
    assertThat(JsonLezer.standaard().leesGebeurtenisbericht(InburgeringJson.mapper().writeValueAsBytes(n)).report().findings())
        .anySatisfy(f -> {
          assertThat(f.code()).isEqualTo("CD-001");
          assertThat(f.pointer()).hasToString("/gebeurtenis/gebeurtenis");
        });
    ((ObjectNode) n.get("gebeurtenis")).put("gebeurtenis", "SS102").remove("bsn");
    assertThat(JsonLezer.standaard().leesGebeurtenisbericht(InburgeringJson.mapper().writeValueAsBytes(n)).report().codes())
        .containsExactly("CD-003");
  }
}
