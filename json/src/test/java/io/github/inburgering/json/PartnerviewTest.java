package io.github.inburgering.json;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.inburgering.core.model.PartnerRol;
import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.core.testing.Voorbeelden;
import io.github.inburgering.json.v1.DossierV1;
import io.github.inburgering.json.v1.V1Mapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PartnerviewTest {
  private static final byte[] SLEUTEL = "sleutel-van-de-gemeente-voor-partner-x".getBytes(StandardCharsets.US_ASCII);
  private static final Path MAP = Path.of("src/main/resources/io/github/inburgering/json/schema/v1");
  private static final Map<PartnerRol, Schema> SCHEMAS = new EnumMap<>(PartnerRol.class);

  private static Schema schema(PartnerRol rol) {
    return SCHEMAS.computeIfAbsent(rol, r -> {
      try {
        String tekst = Files.readString(MAP.resolve(ViewSchemaGeneratie.naam(r) + ".schema.json"), StandardCharsets.UTF_8);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tekst);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  static List<String> bladeren(JsonNode n, String pad) {
    List<String> uit = new ArrayList<>();
    if (n.isObject()) {
      n.properties().forEach(e -> uit.addAll(bladeren(e.getValue(), pad + "/" + e.getKey())));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        uit.addAll(bladeren(n.get(i), pad + "/" + i));
      }
    } else {
      uit.add(pad);
    }
    return uit;
  }

  @ParameterizedTest
  @EnumSource(PartnerRol.class)
  void committedViewSchemaMatchesTheMatrix(PartnerRol rol) throws IOException {
    String verwacht = ViewSchemaGeneratie.tekst(rol);
    Path bestand = MAP.resolve(ViewSchemaGeneratie.naam(rol) + ".schema.json");
    if (Boolean.getBoolean("regenerate")) {
      Files.writeString(bestand, verwacht, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(bestand, StandardCharsets.UTF_8)).as("%s is stale", bestand).isEqualTo(verwacht);
  }

  @Test
  void aViewNeverHoldsAFieldOutsideItsAllowedSetAndConformsToItsSchema() {
    qt(300).forAll(Generatoren.geldigeDossiers())
        .checkAssert(g -> {
          DossierV1 w = V1Mapping.naarV1(g.dossier());
          for (PartnerRol rol : PartnerRol.values()) {
            ObjectNode view = Partnerview.view(w, rol, SLEUTEL);
            for (String blad : bladeren(view, "")) {
              assertThat(Partnerview.isToegestaan(rol, blad)).as("%s may not receive %s", rol, blad).isTrue();
            }
            assertThat(schema(rol).validate(view)).as("%s view conforms to its schema", rol).isEmpty();
          }
        });
  }

  @Test
  void bsnOnlyWhereALegalGroundExistsHealthOnlyForTheGemeente() {
    DossierV1 w = V1Mapping.naarV1(Voorbeelden.basis());
    String bsn = Voorbeelden.BSN.unmasked();
    for (PartnerRol rol : PartnerRol.values()) {
      String view = Partnerview.view(w, rol, SLEUTEL).toString();
      boolean bsnToegestaan = rol == PartnerRol.GEMEENTE || rol == PartnerRol.DUO || rol == PartnerRol.TAALAANBIEDER
          || rol == PartnerRol.TAALSCHAKELINSTELLING || rol == PartnerRol.COA;
      assertThat(view.contains(bsn)).as("%s receives the BSN", rol).isEqualTo(bsnToegestaan);
      assertThat(view.contains("pseudoniem")).isEqualTo(!bsnToegestaan);
      assertThat(Partnerview.isToegestaan(rol, "/bredeIntake/persoonlijkeOmstandigheden/gezondheid"))
          .as(rol.code()).isEqualTo(rol == PartnerRol.GEMEENTE);
    }
  }

  @Test
  void pseudonymIsStablePerKeyAndDiffersBetweenPartners() {
    String a = Partnerview.pseudoniem("111222333", SLEUTEL);
    assertThat(Partnerview.pseudoniem("111222333", SLEUTEL)).isEqualTo(a).hasSize(64).doesNotContain("111222333");
    assertThat(Partnerview.pseudoniem("111222333", "een-andere-sleutel-van-minstens-32-bytes".getBytes(StandardCharsets.US_ASCII)))
        .isNotEqualTo(a);
  }

  @Test
  void patternsMatchAsDocumented() {
    assertThat(Partnerview.past("/pip/versies/*/leerroute", "/pip/versies/3/leerroute")).isTrue();
    assertThat(Partnerview.past("/pip/versies/*/leerroute", "/pip/versies/3/niveau")).isFalse();
    assertThat(Partnerview.past("/uren/**", "/uren/nt2")).isTrue();
    assertThat(Partnerview.past("/uren/**", "/urenx")).isFalse();
    assertThat(Partnerview.past("/**", "/a/b/c")).isTrue();
  }

  @Test
  void aPartnerMessageIsCheckedAgainstTheViewOfItsReceiver() {
    DossierV1 w = V1Mapping.naarV1(Voorbeelden.basis());
    io.github.inburgering.json.v1.EnvelopV1 aanBibliotheek = BerichtTest.envelop("DOSSIERVIEW", null);
    aanBibliotheek = new io.github.inburgering.json.v1.EnvelopV1(aanBibliotheek.berichtId(), null, aanBibliotheek.afzender(),
        new io.github.inburgering.json.v1.PartijV1("BIBLIOTHEEK", null, "41215422", null), "DOSSIERVIEW", "1.0.0",
        aanBibliotheek.tijdstip(), "NON_FORMEEL_LEREN", "art. 6 lid 1 onder a AVG", "EERSTE");
    io.github.inburgering.json.v1.PartnerBerichtV1 bericht = Partnerview.bericht(aanBibliotheek, w, SLEUTEL);
    JsonLezer lezer = JsonLezer.standaard();
    assertThat(lezer.leesWire(InburgeringJson.schrijf(bericht), Schemasoort.PARTNERBERICHT).isGeldig()).isTrue();

    // the same message with the BSN added to the view breaks the receiver's view schema
    ObjectNode n = InburgeringJson.mapper().valueToTree(bericht);
    ((ObjectNode) n.get("view").get("inburgeraar")).put("bsn", Voorbeelden.BSN.unmasked());
    Leesresultaat<Object> r = lezer.leesWire(InburgeringJson.mapper().writeValueAsBytes(n), Schemasoort.PARTNERBERICHT);
    assertThat(r.report().findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("JS-004");
      assertThat(f.pointer()).hasToString("/view/inburgeraar/bsn");
    });
    // and a view meant for DUO may not travel to the bibliotheek
    ObjectNode viaDuo = InburgeringJson.mapper().valueToTree(bericht);
    viaDuo.set("view", Partnerview.view(w, PartnerRol.DUO, SLEUTEL));
    assertThat(lezer.leesWire(InburgeringJson.mapper().writeValueAsBytes(viaDuo), Schemasoort.PARTNERBERICHT).isGeldig())
        .isFalse();
  }
}
