/**
 * JSON exchange of the inburgering library: the Jackson 3 module, the versioned wire model {@code
 * v1}, its JSON Schemas and the safe reader.
 */
module io.github.inburgering.json {
  requires transitive io.github.inburgering.core;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.networknt.schema;

  exports io.github.inburgering.json;
  exports io.github.inburgering.json.v1;
  exports io.github.inburgering.json.duo;

  opens io.github.inburgering.json.v1 to tools.jackson.databind;
  opens io.github.inburgering.json.duo to tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with io.github.inburgering.json.InburgeringModule;
}
