package io.github.inburgering.json;

import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.traject.Boetesoort;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Traject;
import io.github.inburgering.core.traject.Transities;
import io.github.inburgering.core.traject.Uitkomst;
import io.github.inburgering.core.traject.Urensoort;
import io.github.inburgering.core.traject.Verplichting;
import io.github.inburgering.core.traject.Verwijtbaarheid;
import io.github.inburgering.json.v1.TrajectV1;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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
    Files.createDirectories(MAP.resolve("traject"));
    for (int t = 0; t < 300; t++) {
      ObjectNode doc = InburgeringJson.mapper().valueToTree(wandeling(r));
      String soort = "heel";
      if (t % 2 == 1) {
        soort = muteer(doc, r);
      } else {
        Leesresultaat<Trajectdocument> gelezen = LEZER.leesTraject(
            InburgeringJson.mapper().writeValueAsBytes(doc), LocalDate.of(2032, 1, 1));
        assertThat(gelezen.isGeldig()).as(gelezen.report().toString()).isTrue();
      }
      gevallen.add(schrijf("traject", Schemasoort.TRAJECT, String.format("%04d-%s.json", t, soort), doc));
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
    assertThat(gevallen).hasSizeGreaterThanOrEqualTo(1300);
    assertThat(geldig).isBetween(400L, 900L);
  }

  private static Geval schrijf(String schema, Schemasoort soort, String naam, JsonNode doc) throws IOException {
    byte[] bytes = InburgeringJson.mapper().writeValueAsBytes(doc);
    Files.write(MAP.resolve(schema).resolve(naam), bytes);
    boolean geldig = LEZER.leesWire(bytes, soort).report().findings().isEmpty();
    return new Geval(schema + "/" + naam, schema, geldig);
  }

  /**
   * A random lifecycle: up to 25 plausible events, each kept only when the lifecycle accepts it, so
   * that the valid half of the corpus holds histories the reader also accepts after replay.
   */
  static TrajectV1 wandeling(SplittableRandom r) {
    LocalDate d = LocalDate.of(2022, 1, 3).plusDays(r.nextInt(900));
    Doelgroep dg = r.nextBoolean() ? Doelgroep.ASIELSTATUSHOUDER : Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT;
    List<Gebeurtenis> gs = new ArrayList<>();
    Traject t = Traject.nieuw();
    LocalDate peil = LocalDate.of(2032, 1, 1);
    Leerroute[] routes = Leerroute.values();
    for (int i = 0; i < 25; i++) {
      d = d.plusDays(1 + r.nextInt(120));
      Gebeurtenis g;
      switch (t.fase()) {
        case NIET_PLICHTIG:
          g = new Gebeurtenis.PlichtOntstaan(d, dg, d.plusDays(r.nextInt(20)));
          break;
        case GEMELD:
          g = new Gebeurtenis.BredeIntakeGestart(d);
          break;
        case BREDE_INTAKE:
          g = r.nextInt(4) == 0 ? new Gebeurtenis.UrenGevolgd(d, Urensoort.NT2, 1 + r.nextInt(80))
              : Gebeurtenis.PipVastgesteld.of(d, routes[r.nextInt(routes.length)]);
          break;
        case TERMIJN_VERSTREKEN:
          Set<Boetesoort> soorten = EnumSet.noneOf(Boetesoort.class);
          if (t.openVerplichtingen().contains(Verplichting.PVT) || t.openVerplichtingen().contains(Verplichting.MAP)) {
            soorten.add(Boetesoort.PVT_MAP);
          }
          if (t.openVerplichtingen().contains(Verplichting.LEERROUTE)) {
            soorten.add(Boetesoort.LEERROUTE);
          }
          g = soorten.isEmpty() ? new Gebeurtenis.PvtAfgerond(d, 12)
              : Gebeurtenis.DuoBoeteOpgelegd.verwijtbaar(d, soorten, soorten.contains(Boetesoort.LEERROUTE)
                  ? Optional.of(100_00 + r.nextInt(900_00)) : Optional.empty());
          break;
        default:
          g = trajectstap(t, d, r);
      }
      Uitkomst u = Transities.toepassen(t, g, peil);
      if (u.isAanvaard()) {
        gs.add(g);
        t = u.traject();
      }
      if (t.fase().isEindtoestand()) {
        break;
      }
    }
    return V1Mapping.naarV1(gs, t);
  }

  private static Gebeurtenis trajectstap(Traject t, LocalDate d, SplittableRandom r) {
    Examenonderdeel[] delen = Examenonderdeel.values();
    switch (r.nextInt(10)) {
      case 0:
        return new Gebeurtenis.UrenGevolgd(d, Urensoort.values()[r.nextInt(3)], 50 + r.nextInt(400));
      case 1: {
        Examenonderdeel o = delen[r.nextInt(delen.length)];
        return new Gebeurtenis.Examenuitslag(d, o, o.isTaalonderdeel()
            ? Optional.of(r.nextBoolean() ? Taalniveau.B1 : Taalniveau.A2) : Optional.empty(), r.nextInt(3) > 0);
      }
      case 2:
        return new Gebeurtenis.PvtAfgerond(d, 12 + r.nextInt(20));
      case 3:
        return new Gebeurtenis.MapAfgerond(d, 40 + r.nextInt(40));
      case 4:
        return Gebeurtenis.LeerrouteGewijzigd.naar(d, Leerroute.values()[r.nextInt(3)]);
      case 5:
        return Gebeurtenis.Afgeschaald.geheel(d);
      case 6:
        return new Gebeurtenis.TermijnVerlengd(new Verlenging(Verlengingsgrond.ZIEKTE,
            Period.ofMonths(3 + r.nextInt(6)), Optional.of(d), d));
      case 7:
        return new Gebeurtenis.EindgesprekGevoerd(d);
      case 8:
        return new Gebeurtenis.CollegeBoeteOpgelegd(d, Verwijtbaarheid.values()[r.nextInt(4)], false);
      default:
        return new Gebeurtenis.TermijnVerstreken(t.huidigeEinddatum().orElse(d).plusDays(1 + r.nextInt(30)));
    }
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
