package io.github.inburgering.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed schemas equal what the wire records generate. Regenerate with
 * {@code mvn -pl json -am test -Dtest=SchemaGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true}.
 */
class SchemaGoldenTest {
  private static final Path MAP = Path.of("src/main/resources/io/github/inburgering/json/schema/v1");

  @ParameterizedTest
  @EnumSource(Schemasoort.class)
  void committedSchemaMatchesTheWireModel(Schemasoort soort) throws IOException {
    String verwacht = SchemaGeneratie.tekst(soort);
    Path bestand = MAP.resolve(soort.naam() + ".schema.json");
    if (Boolean.getBoolean("regenerate")) {
      Files.createDirectories(MAP);
      Files.writeString(bestand, verwacht, StandardCharsets.UTF_8);
    }
    assertThat(bestand).exists();
    assertThat(Files.readString(bestand, StandardCharsets.UTF_8))
        .as("%s is stale: regenerate with -Dregenerate=true", bestand)
        .isEqualTo(verwacht);
  }
}
