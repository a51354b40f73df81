package io.github.inburgering.json;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.core.testing.Voorbeelden;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {
  private static final JsonLezer LEZER = JsonLezer.standaard();

  @Test
  void domainToJsonToDomainIsEqual() {
    qt(1_000).forAll(Generatoren.geldigeDossiers())
        .checkAssert(g -> {
          byte[] json = InburgeringJson.schrijf(g.dossier());
          Leesresultaat<Dossier> r = LEZER.leesDossier(json, g.peildatum());
          assertThat(r.report().findings()).as(new String(json, StandardCharsets.UTF_8)).isEmpty();
          assertThat(r.document()).contains(g.dossier());
        });
  }

  @Test
  void everyPartOfTheDossierRoundTripsIncludingDecisionsAndMoves() {
    qt(500).forAll(Generatoren.geldigeDossiers(), Generatoren.vrijstellingen(), Generatoren.ontheffingen(),
            Generatoren.verlengingen())
        .checkAssert((g, vrij, onth, verl) -> {
          Dossier d = g.dossier().toBuilder().vrijstellingen(vrij).ontheffingen(onth).verlengingen(verl).build();
          byte[] json = InburgeringJson.schrijf(d);
          Leesresultaat<Dossier> r = LEZER.leesDossier(json, g.peildatum());
          // the rules may object to the combination; the document must still come back unchanged
          assertThat(r.document()).as("%s", r.report()).contains(d);
          assertThat(InburgeringJson.schrijf(r.document().orElseThrow())).isEqualTo(json);
        });
    qt(300).forAll(Generatoren.geldigeDossiers(), Generatoren.verhuizingen())
        .checkAssert((g, v) -> {
          Dossier d = g.dossier().toBuilder().verhuizingen(v).build();
          assertThat(LEZER.leesDossier(InburgeringJson.schrijf(d), g.peildatum()).document()).contains(d);
        });
  }

  @Test
  void eventsRoundTrip() {
    qt(500).forAll(Generatoren.duoMeldingen())
        .checkAssert(m -> {
          io.github.inburgering.json.v1.GebeurtenisBerichtV1 b = new io.github.inburgering.json.v1.GebeurtenisBerichtV1(
              BerichtTest.envelop("GEBEURTENIS", null), io.github.inburgering.json.v1.V1Mapping.naarV1(m));
          assertThat(LEZER.leesGebeurtenisbericht(InburgeringJson.schrijf(b)).document()).contains(m);
        });
  }

  @Test
  void canonicalJsonToDomainToJsonIsByteIdentical() {
    qt(1_000).forAll(Generatoren.geldigeDossiers())
        .checkAssert(g -> {
          byte[] canoniek = InburgeringJson.schrijf(g.dossier());
          Dossier gelezen = LEZER.leesDossier(canoniek, g.peildatum()).document().orElseThrow();
          assertThat(InburgeringJson.schrijf(gelezen)).isEqualTo(canoniek);
        });
  }

  @Test
  void writingIsDeterministicAndUsesIsoDatesAndOmitsAbsentValues() {
    String json = new String(InburgeringJson.schrijf(Voorbeelden.basis()), StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"inburgeraar\":{\"bsn\":\"111222333\",\"geboortedatum\":\"1994-05-17\"");
    assertThat(json).doesNotContain("null").doesNotContain("vNummer").doesNotContain("\n");
    assertThat(InburgeringJson.schrijf(Voorbeelden.basis())).isEqualTo(InburgeringJson.schrijf(Voorbeelden.basis()));
  }

  @Test
  void theModuleWritesTheSameThroughAnyMapper() {
    Dossier d = Voorbeelden.basis();
    assertThat(InburgeringJson.mapper().writeValueAsBytes(d)).isEqualTo(InburgeringJson.schrijf(d));
    assertThat(InburgeringJson.mapper().readValue(InburgeringJson.schrijf(d), Dossier.class)).isEqualTo(d);
  }

  @Test
  void aPlainMapperFailsOnTheFirstProblemWithoutEchoingPersonalData() {
    tools.jackson.databind.node.ObjectNode n = InburgeringJson.mapper().valueToTree(
        io.github.inburgering.json.v1.V1Mapping.naarV1(Voorbeelden.basis()));
    ((tools.jackson.databind.node.ObjectNode) n.get("inburgeraar")).put("bsn", "123456789");
    byte[] json = InburgeringJson.mapper().writeValueAsBytes(n);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InburgeringJson.mapper().readValue(json, Dossier.class))
        .isInstanceOf(tools.jackson.databind.DatabindException.class)
        .hasMessageContaining("ID-001 at /inburgeraar/bsn")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("123456789").doesNotContain("1994-05-17"));
  }
}
