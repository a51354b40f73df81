package io.github.inburgering.json.duo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.json.InburgeringJson;
import io.github.inburgering.json.JsonLezer;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the JSON of DUO's M2M messages as the records of this package.
 *
 * <p>Reading untrusted bytes never throws for bad input: every problem is reported to the {@link
 * Invoer} at its JSON Pointer and the result is empty. The steps:
 *
 * <ol>
 *   <li>limits and well-formedness, as {@link JsonLezer}: size ({@link JsonLezer#STANDAARD_MAX_BYTES}),
 *       nesting depth, string, number and name lengths, duplicate keys ({@code JS-001}, {@code
 *       JS-002});
 *   <li>the structure of the record: every property known ({@code JS-004}), every value of the JSON
 *       type the record declares, no {@code null} (DUO's schemas declare nothing nullable), integers
 *       within {@code int} ({@code JS-003}). Nothing is coerced: {@code "12"} is not an integer and
 *       {@code 71.5} is not a string. All structural problems are reported, not only the first;
 *   <li>binding to the record.
 * </ol>
 *
 * <p>Content (dates, codes, scores, identifiers, required values) is checked by {@link DuoMapping}
 * when the record is mapped to the domain. Writing is canonical: properties in record order, absent
 * values omitted, UTF-8, no indentation.
 */
public final class DuoJson {
  private static final JsonLezer LEZER = JsonLezer.standaard();
  /** Binding of an already parsed, limit-checked tree needs no stream limits of its own. */
  private static final JsonMapper MAPPER = InburgeringJson.mapper();

  private DuoJson() {}

  /** Returns the canonical UTF-8 JSON of a DUO record, or of a list of them. */
  public static byte[] schrijf(Object document) {
    Objects.requireNonNull(document, "document");
    return InburgeringJson.mapper().writeValueAsBytes(document);
  }

  /**
   * Reads one DUO document (a JSON object) as {@code type}.
   *
   * @param json the bytes, UTF-8
   * @param type a record of this package
   * @param in receives every problem, with pointers into the document
   * @return the record, or empty when a problem was reported
   */
  public static <T extends Record> Optional<T> lees(byte[] json, Class<T> type, Invoer in) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(in, "in");
    Optional<JsonNode> boom = boom(json, in);
    if (boom.isEmpty() || !structuur(boom.get(), type, Pointer.root(), in)) {
      return Optional.empty();
    }
    return bind(boom.get(), type, in);
  }

  /**
   * Reads a DUO response that is a JSON array of {@code elementType}, such as the vrijstellingen or
   * the exam results. Pointers of findings start with the index, {@code /0/...}.
   *
   * @return the records, or empty when a problem was reported for any of them
   */
  public static <T extends Record> Optional<List<T>> leesLijst(byte[] json, Class<T> elementType, Invoer in) {
    Objects.requireNonNull(elementType, "elementType");
    Objects.requireNonNull(in, "in");
    Optional<JsonNode> boom = boom(json, in);
    if (boom.isEmpty()) {
      return Optional.empty();
    }
    JsonNode lijst = boom.get();
    if (!lijst.isArray()) {
      in.add("JS-003", Pointer.root(), "type", "array");
      return Optional.empty();
    }
    boolean goed = true;
    for (int i = 0; i < lijst.size(); i++) {
      goed &= structuur(lijst.get(i), elementType, Pointer.root().add(i), in);
    }
    if (!goed) {
      return Optional.empty();
    }
    List<T> uit = new ArrayList<>();
    for (JsonNode n : lijst) {
      Optional<T> t = bind(n, elementType, in);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      uit.add(t.get());
    }
    return Optional.of(List.copyOf(uit));
  }

  private static Optional<JsonNode> boom(byte[] json, Invoer in) {
    return LEZER.leesBoom(json, in);
  }

  private static <T> Optional<T> bind(JsonNode n, Class<T> type, Invoer in) {
    try {
      return Optional.of(MAPPER.treeToValue(n, type));
    } catch (JacksonException e) {
      // not expected after the structural check; reported without the input's content
      in.add("JS-003", Pointer.root(), "binding", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /** Checks {@code n} against the record {@code type}; reports every problem; returns whether none. */
  private static boolean structuur(JsonNode n, Class<?> type, Pointer p, Invoer in) {
    if (!n.isObject()) {
      in.add("JS-003", p, "type", n.isNull() ? "null" : "object");
      return false;
    }
    Map<String, Class<?>> velden = velden(type);
    boolean goed = true;
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      Pointer q = p.add(e.getKey());
      Class<?> veld = velden.get(e.getKey());
      if (veld == null) {
        in.add("JS-004", q, q.toString());
        goed = false;
      } else {
        goed &= waarde(e.getValue(), veld, q, in);
      }
    }
    return goed;
  }

  private static boolean waarde(JsonNode v, Class<?> type, Pointer p, Invoer in) {
    if (type.isRecord()) {
      return structuur(v, type, p, in);
    }
    String verwacht;
    boolean goed;
    if (type == String.class) {
      verwacht = "string";
      goed = v.isString();
    } else if (type == Integer.class) {
      verwacht = "integer";
      goed = v.isIntegralNumber() && v.canConvertToInt();
    } else if (type == Long.class) {
      verwacht = "integer";
      goed = v.isIntegralNumber() && v.canConvertToLong();
    } else if (type == Boolean.class) {
      verwacht = "boolean";
      goed = v.isBoolean();
    } else {
      throw new IllegalStateException("unsupported component type " + type.getName());
    }
    if (!goed) {
      in.add("JS-003", p, "type", v.isNull() ? verwacht + ", niet null" : verwacht);
    }
    return goed;
  }

  /** The JSON property names of a record's components and their types, in record order. */
  private static Map<String, Class<?>> velden(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    Map<String, Class<?>> m = new LinkedHashMap<>();
    for (RecordComponent rc : type.getRecordComponents()) {
      JsonProperty jp = rc.getAccessor().getAnnotation(JsonProperty.class);
      m.put(jp == null || jp.value().isEmpty() ? rc.getName() : jp.value(), rc.getType());
    }
    return m;
  }
}
