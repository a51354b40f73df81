package io.github.inburgering.json;

import io.github.inburgering.core.model.PartnerRol;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema of a partner view from the dossier schema: references are inlined, every
 * property outside the role's allowed set is removed, {@code required} keeps only properties the role
 * receives in full, and roles without a legal ground for the BSN get the required {@code
 * pseudoniem}.
 */
final class ViewSchemaGeneratie {
  private ViewSchemaGeneratie() {}

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static String naam(PartnerRol rol) {
    return "view-" + rol.name().toLowerCase(Locale.ROOT);
  }

  static String id(PartnerRol rol) {
    return Schemasoort.BASIS_ID + naam(rol) + ".schema.json";
  }

  static ObjectNode schema(PartnerRol rol) {
    ObjectNode dossier = (ObjectNode) MAPPER.readTree(InburgeringJson.schema(Schemasoort.DOSSIER));
    ObjectNode defs = (ObjectNode) dossier.get("$defs");
    ObjectNode uit = MAPPER.createObjectNode();
    uit.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    uit.put("$id", id(rol));
    uit.put("title", "inburgering dossier view for " + rol.code() + " v" + Schemasoort.VERSIE);
    ObjectNode body = snoei(dossier, "", rol, defs);
    body.properties().forEach(e -> uit.set(e.getKey(), e.getValue()));
    if (!Partnerview.magBsn(rol)) {
      ObjectNode props = uit.withObjectProperty("properties");
      ObjectNode inb = props.has("inburgeraar") ? (ObjectNode) props.get("inburgeraar") : props.putObject("inburgeraar");
      inb.put("type", "object");
      inb.withObjectProperty("properties").putObject("pseudoniem").put("type", "string").put("pattern", "^[0-9a-f]{64}$");
      inb.withArrayProperty("required").add("pseudoniem");
      inb.put("additionalProperties", false);
      uit.withArrayProperty("required").add("inburgeraar");
    }
    return uit;
  }

  private static ObjectNode snoei(JsonNode schema, String pad, PartnerRol rol, ObjectNode defs) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      schema = defs.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    ObjectNode uit = MAPPER.createObjectNode();
    schema.properties().forEach(e -> {
      switch (e.getKey()) {
        case "$schema", "$id", "title", "$defs", "properties", "required", "items" -> { }
        default -> uit.set(e.getKey(), e.getValue().deepCopy());
      }
    });
    if (schema.has("properties")) {
      ObjectNode props = uit.putObject("properties");
      schema.get("properties").properties().forEach(e -> {
        String p = pad + "/" + e.getKey();
        if (Partnerview.isToegestaan(rol, p) || isVoorouder(rol, p)) {
          props.set(e.getKey(), snoei(e.getValue(), p, rol, defs));
        }
      });
      ArrayNode req = MAPPER.createArrayNode();
      if (schema.has("required")) {
        schema.get("required").forEach(r -> {
          if (Partnerview.isToegestaan(rol, pad + "/" + r.asString())) {
            req.add(r.asString());
          }
        });
      }
      if (!req.isEmpty()) {
        uit.set("required", req);
      }
    }
    if (schema.has("items")) {
      uit.set("items", snoei(schema.get("items"), pad + "/*", rol, defs));
    }
    return uit;
  }

  private static boolean isVoorouder(PartnerRol rol, String pointer) {
    for (String patroon : Partnerview.toegestaan(rol)) {
      if (Partnerview.voorouder(patroon, pointer)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The schema of a partner message: the envelope of the dossier message, and a view that must
   * conform to the view schema of the receiver's role ({@code if}/{@code then} per role).
   */
  static ObjectNode partnerbericht(ObjectNode berichtSchema) {
    ObjectNode uit = MAPPER.createObjectNode();
    uit.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    uit.put("$id", Schemasoort.PARTNERBERICHT.id());
    uit.put("title", "inburgering " + Schemasoort.PARTNERBERICHT.naam() + " v" + Schemasoort.VERSIE);
    ObjectNode defs = uit.putObject("$defs");
    ObjectNode bron = (ObjectNode) berichtSchema.get("$defs");
    defs.set("EnvelopV1", bron.get("EnvelopV1").deepCopy());
    defs.set("PartijV1", bron.get("PartijV1").deepCopy());
    for (PartnerRol rol : PartnerRol.values()) {
      ObjectNode v = schema(rol);
      v.remove("$schema");
      v.remove("$id");
      defs.set(naam(rol), v);
    }
    uit.put("type", "object");
    ObjectNode props = uit.putObject("properties");
    props.putObject("envelop").put("$ref", "#/$defs/EnvelopV1");
    props.putObject("view").put("type", "object");
    uit.putArray("required").add("envelop").add("view");
    uit.put("additionalProperties", false);
    ArrayNode allOf = uit.putArray("allOf");
    for (PartnerRol rol : PartnerRol.values()) {
      ObjectNode regel = allOf.addObject();
      ObjectNode als = regel.putObject("if");
      als.put("type", "object");
      als.putArray("required").add("envelop");
      ObjectNode env = als.putObject("properties").putObject("envelop");
      env.put("type", "object");
      env.putArray("required").add("ontvanger");
      ObjectNode ontv = env.putObject("properties").putObject("ontvanger");
      ontv.put("type", "object");
      ontv.putArray("required").add("rol");
      ontv.putObject("properties").putObject("rol").put("type", "string").put("const", rol.code());
      ObjectNode dan = regel.putObject("then");
      dan.put("type", "object");
      dan.putObject("properties").putObject("view").put("$ref", "#/$defs/" + naam(rol));
    }
    return uit;
  }

  static String tekst(PartnerRol rol) {
    return MAPPER.writer().withDefaultPrettyPrinter().writeValueAsString(schema(rol)) + "\n";
  }
}
