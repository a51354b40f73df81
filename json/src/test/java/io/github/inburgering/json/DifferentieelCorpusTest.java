package io.github.inburgering.json;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.json.v1.DossierBerichtV1;
import io.github.inburgering.json.v1.V1Mapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a deterministic corpus of valid and broken documents with the library's verdict on each
 * to {@code target/corpus}; {@code tooling/ajv/valideer.mjs} (run by CI after the build) checks that
 * ajv, an independent JSON Schema implementation, reaches the same verdict on every document.
 */
class DifferentieelCorpusTest {
  private static final Path MAP = Path.of("target", "corpus");
  private static final long SEED = 20_260_501L;
  private static final JsonLezer LEZER = JsonLezer.standaard();

  private record Geval(String bestand, String schema, boolean geldig) {}

  @Test
  void writeCorpusWithTheLibrarysVerdicts() throws IOException {
    List<JsonNode> dossiers = new ArrayList<>();
    qt(600).forAll(Generatoren.geldigeDossiers())
        .checkAssert(g -> dossiers.add(InburgeringJson.mapper().valueToTree(V1Mapping.naarV1(g.dossier()))));
    Files.createDirectories(MAP.resolve("dossier"));
    Files.createDirectories(MAP.resolve("dossierbericht"));
    SplittableRandom r = new SplittableRandom(SEED);
    List<Geval> gevallen = new ArrayList<>();
    int n = 0;
    for (JsonNode d : dossiers) {
      JsonNode doc = d.deepCopy();
      String soort = "heel";
      if (n % 2 == 1) {
        soort = muteer((ObjectNode) doc, r);
      }
      gevallen.add(schrijf("dossier", Schemasoort.DOSSIER, String.format("%04d-%s.json", n, soort), doc));
      n++;
    }
    int m = 0;
    for (JsonNode d : dossiers.subList(0, 500)) {
      ObjectNode bericht = InburgeringJson.mapper().valueToTree(new DossierBerichtV1(BerichtTest.envelop("DOSSIER", null),
          InburgeringJson.mapper().treeToValue(d, io.github.inburgering.json.v1.DossierV1.class)));
      String soort = "heel";
      if (m % 2 == 1) {
        soort = muteer(bericht, r);
      }
      gevallen.add(schrijf("dossierbericht", Schemasoort.DOSSIERBERICHT, String.format("%04d-%s.json", m, soort), bericht));
      m++;
    }
    List<Map<String, Object>> uit = new ArrayList<>();
    for (Geval g : gevallen) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("bestand", g.bestand());
      e.put("schema", g.schema());
      e.put("geldig", g.geldig());
      uit.add(e);
    }
    Files.write(MAP.resolve("verdicts.json"), InburgeringJson.mapper().writeValueAsBytes(uit));
    long geldig = gevallen.stream().filter(Geval::geldig).count();
    System.out.printf("DifferentieelCorpusTest: corpus of %d documents written (%d valid, %d invalid by the library)%n",
        gevallen.size(), geldig, gevallen.size() - geldig);
    assertThat(gevallen).hasSizeGreaterThanOrEqualTo(1000);
    assertThat(geldig).isBetween(400L, 900L);
  }

  private static Geval schrijf(String schema, Schemasoort soort, String naam, JsonNode doc) throws IOException {
    byte[] bytes = InburgeringJson.mapper().writeValueAsBytes(doc);
    Files.write(MAP.resolve(schema).resolve(naam), bytes);
    boolean geldig = LEZER.leesWire(bytes, soort).report().findings().isEmpty();
    return new Geval(schema + "/" + naam, schema, geldig);
  }

  /** Applies one structural mutation at a random object of the tree; returns its name. */
  private static String muteer(ObjectNode doc, SplittableRandom r) {
    List<ObjectNode> objecten = new ArrayList<>();
    verzamel(doc, objecten);
    ObjectNode o = objecten.get(r.nextInt(objecten.size()));
    List<String> namen = new ArrayList<>();
    o.propertyNames().forEach(namen::add);
    String naam = namen.isEmpty() ? null : namen.get(r.nextInt(namen.size()));
    switch (r.nextInt(8)) {
      case 0:
        o.put("onbekend" + r.nextInt(100), "x");
        return "onbekend";
      case 1:
        if (naam != null) {
          o.remove(naam);
        }
        return "weg";
      case 2:
        if (naam != null) {
          o.put(naam, 42);
        }
        return "getal";
      case 3:
        if (naam != null) {
          o.put(naam, "tekst");
        }
        return "tekst";
      case 4:
        if (naam != null) {
          o.putNull(naam);
        }
        return "null";
      case 5:
        if (naam != null && o.get(naam).isString()) {
          o.put(naam, o.get(naam).asString() + "0");
        }
        return "langer";
      case 6:
        if (naam != null) {
          o.put(naam, "2023-02-30");
        }
        return "datum";
      default:
        if (naam != null) {
          ArrayNode a = o.putArray(naam);
          a.add(true);
        }
        return "lijst";
    }
  }

  private static void verzamel(JsonNode n, List<ObjectNode> uit) {
    if (n instanceof ObjectNode o) {
      uit.add(o);
      o.properties().forEach(e -> verzamel(e.getValue(), uit));
    } else if (n.isArray()) {
      n.forEach(x -> verzamel(x, uit));
    }
  }
}
