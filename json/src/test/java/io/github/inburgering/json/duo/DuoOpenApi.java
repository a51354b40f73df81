package io.github.inburgering.json.duo;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * DUO's published OpenAPI files, read at test time from {@code ../shared/reference/duo-m2m} beside
 * the repository (never copied into it), and their component schemas as JSON Schema 2020-12.
 *
 * <p>The conversion puts {@code components.schemas} under {@code $defs} and rewrites every {@code
 * #/components/schemas/X} to {@code #/$defs/X}. The keywords DUO uses (type, properties, required, enum,
 * format, pattern, lengths, bounds) mean the same in both; {@code x-enum-varnames} is an annotation.
 * In <em>strict</em> form every object schema with properties also gets {@code additionalProperties:
 * false}, so that a property the library invents fails validation. Format assertions are on.
 */
final class DuoOpenApi {
  private static final String DUO_M2M = "shared/reference/duo-m2m";
  private static final String OVERGESLAGEN = "../shared is absent: DUO OpenAPI files not available, skipping";
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      r -> r.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build()));
  private static final Map<String, JsonNode> COMPONENTEN = new ConcurrentHashMap<>();
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private DuoOpenApi() {}

  /**
   * Returns DUO's reference directory: walks up from the working directory to the repository root,
   * whose sibling {@code shared/reference/duo-m2m} holds the files.
   */
  static Optional<Path> referentie() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (dir.getParent() != null) {
        Path p = dir.resolveSibling(DUO_M2M);
        if (Files.isDirectory(p.resolve("API"))) {
          return Optional.of(p.normalize());
        }
      }
    }
    return Optional.empty();
  }

  /** Skips the calling test when DUO's files are absent. */
  static Path vereist() {
    Optional<Path> p = referentie();
    if (p.isEmpty()) {
      Assumptions.assumeTrue(false, OVERGESLAGEN);
    }
    return p.get();
  }

  /** Returns {@code components.schemas} of the API's OpenAPI file. */
  static JsonNode componenten(String api) {
    Path bestand = vereist().resolve("API").resolve(api).resolve("openapi.yml");
    return COMPONENTEN.computeIfAbsent(api, a -> {
      JsonNode schemas = YAML.readTree(bestand.toFile()).path("components").path("schemas");
      if (!schemas.isObject() || schemas.isEmpty()) {
        throw new AssertionError("no components.schemas in the OpenAPI file of " + a);
      }
      return schemas;
    });
  }

  /** Returns the property names of a component, in DUO's order. */
  static Set<String> eigenschappen(String api, String component) {
    JsonNode c = componenten(api).path(component);
    if (!c.isObject()) {
      throw new AssertionError("no component " + component + " in " + api);
    }
    return new LinkedHashSet<>(c.path("properties").propertyNames());
  }

  /** Returns the strict JSON Schema 2020-12 of a component. */
  static Schema schema(String api, String component) {
    return SCHEMAS.computeIfAbsent(api + "#" + component, k -> {
      ObjectNode defs = (ObjectNode) herschrijf(componenten(api).deepCopy());
      if (!defs.has(component)) {
        throw new AssertionError("no component " + component + " in " + api);
      }
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.set("$defs", defs);
      root.put("$ref", "#/$defs/" + component);
      return REGISTRY.getSchema(root);
    });
  }

  /** Validates {@code json} against the strict schema of a component; returns the errors. */
  static List<Error> valideer(String api, String component, byte[] json) {
    return schema(api, component).validate(JSON.readTree(json));
  }

  private static JsonNode herschrijf(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      for (String naam : List.copyOf(o.propertyNames())) {
        JsonNode v = o.get(naam);
        if (naam.equals("$ref") && v.isString() && v.asString().startsWith("#/components/schemas/")) {
          o.put("$ref", "#/$defs/" + v.asString().substring("#/components/schemas/".length()));
        } else {
          herschrijf(v);
        }
      }
      if (o.has("properties") && !o.has("additionalProperties")) {
        o.put("additionalProperties", false);
      }
    } else if (n.isArray()) {
      n.forEach(DuoOpenApi::herschrijf);
    }
    return n;
  }
}
