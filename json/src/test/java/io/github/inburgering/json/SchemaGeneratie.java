package io.github.inburgering.json;

import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import io.github.inburgering.core.model.Code;
import io.github.inburgering.json.v1.Codes;
import io.github.inburgering.json.v1.Patroon;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the committed JSON Schemas from the wire records (victools, draft 2020-12): required
 * properties from {@code @JsonProperty(required = true)}, enums from {@link Codes}, patterns from
 * {@link Patroon}, no additional properties.
 */
final class SchemaGeneratie {
  private SchemaGeneratie() {}

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static ObjectNode schema(Schemasoort soort) {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(new JacksonSchemaModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
            JacksonOption.RESPECT_JSONPROPERTY_ORDER))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS,
            Option.DEFINITIONS_FOR_ALL_OBJECTS)
        .without(Option.NONSTATIC_NONVOID_NONGETTER_METHODS);
    b.forFields()
        .withEnumResolver(SchemaGeneratie::codes)
        .withStringPatternResolver(f -> {
          Patroon p = f.getAnnotationConsideringFieldAndGetter(Patroon.class);
          return p == null || f.isFakeContainerItemScope() ? null : p.value();
        });
    ObjectNode schema = new SchemaGenerator(b.build()).generateSchema(soort.wireType());
    ObjectNode uit = MAPPER.createObjectNode();
    uit.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    uit.put("$id", soort.id());
    uit.put("title", "inburgering " + soort.naam() + " v" + Schemasoort.VERSIE);
    schema.properties().forEach(e -> {
      if (!e.getKey().equals("$schema")) {
        uit.set(e.getKey(), e.getValue());
      }
    });
    return uit;
  }

  private static List<String> codes(FieldScope f) {
    Codes c = f.isFakeContainerItemScope()
        ? f.getContainerItemAnnotationConsideringFieldAndGetter(Codes.class)
        : f.getAnnotationConsideringFieldAndGetter(Codes.class);
    if (c == null || (!f.isFakeContainerItemScope() && f.isContainerType())) {
      return null;
    }
    return Arrays.stream(c.value().getEnumConstants()).map(e -> ((Code) e).code()).toList();
  }

  static String tekst(Schemasoort soort) {
    ObjectNode schema = soort == Schemasoort.PARTNERBERICHT
        ? ViewSchemaGeneratie.partnerbericht(schema(Schemasoort.DOSSIERBERICHT))
        : schema(soort);
    return MAPPER.writer().withDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
  }
}
