package io.github.inburgering.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link JsonVoorbeeld} in a fresh JVM on a real module path (core, json and their runtime
 * dependencies as named or automatic modules): checks the module descriptors, the service
 * registration of the Jackson module, and that nothing needs the class path.
 */
class ModulepadTest {

  private static boolean nodig(String pad) {
    String p = pad.replace('\\', '/');
    return p.endsWith("/core/target/classes") || p.endsWith("/json/target/classes")
        || p.endsWith("/examples/target/classes") || p.contains("/tools/jackson/")
        || p.contains("/com/fasterxml/jackson/core/jackson-annotations/") || p.contains("/com/networknt/")
        || p.contains("/org/slf4j/") || p.contains("/com/ethlo/") || p.contains("/org/snakeyaml/")
        || p.contains("inburgering-core-") || p.contains("inburgering-json-");
  }

  @Test
  void exampleRunsOnTheModulePath() throws IOException, InterruptedException {
    List<String> modulepad = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (nodig(e) && !e.contains("-tests.jar") && !e.endsWith("test-classes")) {
        modulepad.add(e);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modulepad),
        "--module", "io.github.inburgering.examples/io.github.inburgering.examples.JsonVoorbeeld");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(uit).isZero();
    assertThat(uit).contains("module via ServiceLoader: true", "gelezen: geldig=true, gelijk=true",
        "bevinding: CD-001 /pip/versies/0/leerroute", "\"pseudoniem\"");
    assertThat(uit).doesNotContain("111222333");
  }
}
