package io.github.inburgering.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.testing.Voorbeelden;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class JsonLezerTest {
  private static final LocalDate PEIL = Voorbeelden.PEILDATUM;
  private static final JsonLezer LEZER = JsonLezer.standaard();

  private static ObjectNode basis() {
    return (ObjectNode) InburgeringJson.mapper().readTree(InburgeringJson.schrijf(Voorbeelden.basis()));
  }

  private static Leesresultaat<Dossier> lees(ObjectNode n) {
    return LEZER.leesDossier(InburgeringJson.mapper().writeValueAsBytes(n), PEIL);
  }

  private static Leesresultaat<Dossier> lees(String s) {
    return LEZER.leesDossier(s.getBytes(StandardCharsets.UTF_8), PEIL);
  }

  private static void eenBevinding(Leesresultaat<?> r, String code, String pointer) {
    assertThat(r.report().findings()).as("%s", r.report()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.pointer()).hasToString(pointer);
    });
  }

  @Test
  void validDocumentIsRead() {
    Leesresultaat<Dossier> r = lees(basis());
    assertThat(r.isGeldig()).isTrue();
    assertThat(r.document()).contains(Voorbeelden.basis());
  }

  @Test
  void unknownPropertyIsReportedUnlessTolerant() {
    ObjectNode n = basis();
    ((ObjectNode) n.get("inburgeraar")).put("bijnaam", "x");
    Leesresultaat<Dossier> r = lees(n);
    assertThat(r.document()).isEmpty();
    eenBevinding(r, "JS-004", "/inburgeraar/bijnaam");
    Leesresultaat<Dossier> t = JsonLezer.builder().tolerant(true).build()
        .leesDossier(InburgeringJson.mapper().writeValueAsBytes(n), PEIL);
    assertThat(t.isGeldig()).as("%s", t.report()).isTrue();
  }

  @Test
  void unknownCodeNamesTheAllowedCodes() {
    ObjectNode n = basis();
    ((ObjectNode) n.get("pip").get("versies").get(0)).put("leerroute", "X");
    Leesresultaat<Dossier> r = lees(n);
    eenBevinding(r, "CD-001", "/pip/versies/0/leerroute");
    assertThat(r.report().findings().get(0).message()).contains("B, O, Z");
  }

  @Test
  void missingRequiredValueIsReportedAtItsPointer() {
    ObjectNode n = basis();
    ((ObjectNode) n.get("plicht")).remove("ontstaan");
    eenBevinding(lees(n), "CD-002", "/plicht/ontstaan");
  }

  @Test
  void everyProblemOfOneDocumentIsInOneReport() {
    ObjectNode n = basis();
    ((ObjectNode) n.get("plicht")).remove("ontstaan");
    ((ObjectNode) n.get("inburgeraar")).put("doelgroep", "Vluchteling");
    ((ObjectNode) n.get("inburgeraar")).put("gemeente", "363");
    Leesresultaat<Dossier> r = lees(n);
    assertThat(r.report().codes()).contains("CD-001", "CD-002", "JS-003");
    assertThat(r.report().findings()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void invalidBsnIsIdentifiedWithoutEchoingIt() {
    ObjectNode n = basis();
    ((ObjectNode) n.get("inburgeraar")).put("bsn", "123456789");
    Leesresultaat<Dossier> r = lees(n);
    eenBevinding(r, "ID-001", "/inburgeraar/bsn");
    assertThat(r.report().toString()).doesNotContain("123456789");
  }

  @Test
  void ruleViolationsComeWithTheDocument() {
    ObjectNode n = basis();
    ObjectNode v = (ObjectNode) n.get("pip").get("versies").get(0);
    v.put("leerroute", "O").put("niveau", "A2").remove("geschatteIntensiteitB1Route");
    v.set("map", InburgeringJson.mapper().createObjectNode().put("vanToepassing", false));
    Leesresultaat<Dossier> r = lees(n);
    assertThat(r.document()).isPresent();
    assertThat(r.isGeldig()).isFalse();
    eenBevinding(r, "PIP-004", "/pip/versies/0/niveau");
  }

  @Test
  void malformedJsonIsJs001() {
    eenBevinding(lees("{\"inburgeraar\": "), "JS-001", "");
    eenBevinding(lees(""), "JS-001", "");
    eenBevinding(lees("{\"a\":1,\"a\":2}"), "JS-001", "");
    eenBevinding(lees("{} {}"), "JS-001", "");
  }

  @Test
  void limitsAreEnforcedBeforeAnythingElse() {
    Leesresultaat<Dossier> groot = JsonLezer.builder().maxBytes(100).build()
        .leesDossier(InburgeringJson.schrijf(Voorbeelden.basis()), PEIL);
    eenBevinding(groot, "JS-002", "");
    String diep = "[".repeat(65) + "]".repeat(65);
    eenBevinding(lees(diep), "JS-002", "");
    String genest = "[".repeat(64) + "]".repeat(64);
    assertThat(lees(genest).report().codes()).doesNotContain("JS-002").contains("JS-003");
  }

  @Test
  void wrongTypesAndFormatsAreSchemaFindings() {
    ObjectNode n = basis();
    ((ObjectNode) n.get("inburgeraar")).put("geboortedatum", "1994-13-40");
    ((ObjectNode) n.get("pip").get("versies").get(0)).put("pvtUren", "zestien");
    Leesresultaat<Dossier> r = lees(n);
    eenBevinding(r, "JS-003", "/inburgeraar/geboortedatum");
    eenBevinding(r, "JS-003", "/pip/versies/0/pvtUren");
  }

  @Test
  void structuralErrorsFromTheDomainAreCd003() {
    ObjectNode n = basis();
    ArrayNode examens = n.putArray("examens");
    examens.addObject().put("onderdeel", "KNM").put("niveau", "B1").put("datum", "2025-01-01").put("uitslag", "Geslaagd");
    Leesresultaat<Dossier> r = lees(n);
    eenBevinding(r, "CD-003", "/examens/0");
  }

  @Test
  void englishMessagesOnRequest() {
    ObjectNode n = basis();
    ((ObjectNode) n.get("plicht")).remove("ontstaan");
    Leesresultaat<Dossier> r = JsonLezer.builder().taal(Locale.ENGLISH).build()
        .leesDossier(InburgeringJson.mapper().writeValueAsBytes(n), PEIL);
    assertThat(r.report().findings()).extracting(Finding::message).contains("This value is required and missing.");
  }
}
