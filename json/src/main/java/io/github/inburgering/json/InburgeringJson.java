package io.github.inburgering.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.json.v1.BevindingV1;
import io.github.inburgering.json.v1.RapportV1;
import io.github.inburgering.json.v1.V1Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point of the JSON exchange: the configured mapper, canonical writing, and the schemas.
 *
 * <p>Writing is deterministic: properties in the order of the wire records, ISO-8601 dates, absent
 * values omitted, no indentation, UTF-8. Reading untrusted input goes through {@link JsonLezer},
 * never through the mapper directly.
 */
public final class InburgeringJson {
  private static final JsonMapper MAPPER = configureer(JsonMapper.builder()).build();

  private InburgeringJson() {}

  /**
   * Applies the library's settings to a mapper builder: unknown properties fail, absent values are
   * omitted, no default typing, the {@link InburgeringModule} is registered.
   */
  public static JsonMapper.Builder configureer(JsonMapper.Builder b) {
    return b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_ABSENT)
            .withContentInclusion(JsonInclude.Include.NON_ABSENT))
        .addModule(new InburgeringModule());
  }

  /** Returns the shared mapper, configured by {@link #configureer(JsonMapper.Builder)}. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** Returns the canonical UTF-8 JSON of a wire document or of a domain value the module knows. */
  public static byte[] schrijf(Object document) {
    return MAPPER.writeValueAsBytes(document);
  }

  /** Returns the canonical JSON of {@code dossier} in the v1 format. */
  public static byte[] schrijf(Dossier dossier) {
    return MAPPER.writeValueAsBytes(V1Mapping.naarV1(dossier));
  }

  /** Returns the wire form of a report, for a reply message. */
  public static RapportV1 rapport(Report report) {
    return new RapportV1(report.isValid(), report.findings().stream().map(InburgeringJson::bevinding).toList());
  }

  private static BevindingV1 bevinding(Finding f) {
    return new BevindingV1(f.code(), f.severity().name(), f.pointer().toString(), f.message(),
        f.grondslagen().stream().map(Object::toString).toList());
  }

  /** Returns the text of the committed schema of {@code soort}. */
  public static String schema(Schemasoort soort) {
    try (InputStream in = InburgeringJson.class.getResourceAsStream(soort.resource())) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + soort.resource());
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
