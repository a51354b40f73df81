package io.github.inburgering.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.inburgering.core.InburgeringException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the library's code lists against DUO's published M2M OpenAPI specifications, and checks
 * {@code fromCode} of every code-list enum.
 *
 * <p>The DUO files are reference material beside the repository ({@code ../shared/reference/duo-m2m},
 * never copied into the project). When they are absent the comparison is skipped, not failed. The
 * enumerations are read with a small line-based reader instead of a YAML library, so that core keeps
 * its test dependencies to JUnit and AssertJ.
 */
class DuoCodelijstenTest {

  private static final String DUO_M2M = "shared/reference/duo-m2m";

  /** Every code-list enum of the model package; {@link #deLijstIsVolledig()} keeps it complete. */
  private static final List<Class<?>> CODELIJSTEN =
      List.of(
          Alfabetiseringsonderwijs.class,
          Doelgroep.class,
          DuoGebeurtenis.class,
          Examenonderdeel.class,
          Examenuitslag.class,
          Financiering.class,
          GedetailleerdeDoelgroep.class,
          LeerbaarheidstoetsOntheffingsgrond.class,
          LeerbaarheidstoetsUitkomst.class,
          Leerdomein.class,
          Leerroute.class,
          MaatschappelijkeBegeleidingThema.class,
          NiveauPip.class,
          Ontheffingsgrond.class,
          Oordeel.class,
          Opleidingsniveau.class,
          PartnerRol.class,
          PlichtGrond.class,
          RedenEindePlicht.class,
          RedenVrijstelling.class,
          RedenWijziging.class,
          Taalniveau.class,
          Verlengingsgrond.class,
          VimeLeervorm.class,
          Vrijwilligersrol.class);

  // ------------------------------------------------------------------ DUO's enumerations

  static Stream<Arguments> duoCodelijsten() {
    return Stream.of(
        Arguments.of("PIP", "Leerroute", Leerroute.class),
        Arguments.of("PIP", "NiveauPip", NiveauPip.class),
        Arguments.of("PIP", "Alfabetiseringsonderwijs", Alfabetiseringsonderwijs.class),
        Arguments.of("Inburgeringsplicht", "Doelgroepindeling", Doelgroep.class),
        Arguments.of("Inburgeringsplicht", "GedetailleerdeDoelgroep", GedetailleerdeDoelgroep.class),
        Arguments.of(
            "Vrijstelling", "RedenVrijstellingInburgeringsplicht", RedenVrijstelling.class),
        Arguments.of("Vrijstelling", "AanvraagOordeel", Oordeel.class),
        Arguments.of("Ontheffing", "OntheffingsgrondInburgering", Ontheffingsgrond.class),
        Arguments.of("Examen", "ExamenonderdeelWI2021Inburgering", Examenonderdeel.class),
        Arguments.of("Examen", "ExamenresultaatWI2021", Examenuitslag.class),
        Arguments.of(
            "Leerbaarheidstoets", "LeerbaarheidstoetsResultaat", LeerbaarheidstoetsUitkomst.class));
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @MethodSource("duoCodelijsten")
  void codesZijnDieVanDuo(String api, String schema, Class<?> codelijst) throws IOException {
    Optional<Path> duo = duoReferentie();
    Assumptions.assumeTrue(
        duo.isPresent(),
        "../shared is absent: DUO reference files not available, skipping");
    Path openapi = duo.get().resolve("API").resolve(api).resolve("openapi.yml");
    assertThat(openapi).as("DUO OpenAPI file of API %s", api).isRegularFile();

    List<String> duoCodes =
        enumeratie(Files.readAllLines(openapi, StandardCharsets.UTF_8), schema)
            .orElseThrow(
                () -> new AssertionError("no enum under components/schemas/" + schema + " in " + api));

    assertThat(duoCodes).as("DUO's enum %s", schema).isNotEmpty().doesNotHaveDuplicates();
    assertThat(codes(codelijst))
        .as("codes of %s against DUO's %s (%s API)", codelijst.getSimpleName(), schema, api)
        .containsExactlyInAnyOrderElementsOf(duoCodes);
  }

  /**
   * Returns the DUO reference directory: walks up from the working directory and looks for {@code
   * <dir>/../shared/...} and {@code <dir>/shared/...}, so the test finds it from the repository root
   * and from a module directory alike.
   */
  private static Optional<Path> duoReferentie() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      List<Path> kandidaten = new ArrayList<>();
      if (dir.getParent() != null) {
        kandidaten.add(dir.getParent().resolve(DUO_M2M));
      }
      kandidaten.add(dir.resolve(DUO_M2M));
      for (Path p : kandidaten) {
        if (Files.isDirectory(p.resolve("API"))) {
          return Optional.of(p.normalize());
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void gebeurtenissenZijnDieVanDuo() throws IOException {
    Optional<Path> duo = duoReferentie();
    Assumptions.assumeTrue(duo.isPresent(), "../shared is absent: DUO reference files not available, skipping");
    Path md = duo.get().resolve("Gebeurtenissen").resolve("Gebeurtenissen.md");
    java.util.Set<String> duoCodes = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\|\\s*(SS\\d{3})\\s*\\|", java.util.regex.Pattern.MULTILINE)
        .matcher(Files.readString(md, StandardCharsets.UTF_8));
    while (m.find()) {
      duoCodes.add(m.group(1));
    }
    assertThat(duoCodes).hasSizeGreaterThan(20);
    assertThat(codes(DuoGebeurtenis.class)).containsExactlyInAnyOrderElementsOf(duoCodes);
  }

  // ------------------------------------------------------------------ fromCode of every code list

  @Test
  void deLijstIsVolledig() throws IOException, URISyntaxException {
    // Code.class itself, not the package: test-classes holds a directory of the same package
    URL pakket = Code.class.getResource("Code.class");
    Assumptions.assumeTrue(
        pakket != null && "file".equals(pakket.getProtocol()),
        "model classes are not in a directory; completeness of the list not checked");
    Set<String> gevonden;
    try (Stream<Path> files = Files.list(Path.of(pakket.toURI()).getParent())) {
      gevonden =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .map(n -> Code.class.getPackageName() + "." + n.substring(0, n.length() - 6))
              .map(DuoCodelijstenTest::laad)
              .filter(c -> c.isEnum() && Code.class.isAssignableFrom(c))
              .map(Class::getName)
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(gevonden)
        .as("code-list enums in the model package")
        .containsExactlyInAnyOrderElementsOf(
            CODELIJSTEN.stream().map(Class::getName).collect(Collectors.toList()));
  }

  static Stream<Class<?>> codelijsten() {
    return CODELIJSTEN.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codelijsten")
  void fromCodeGeeftElkeConstanteTerug(Class<?> codelijst) {
    assertThat(codelijst.isEnum()).as("%s is an enum", codelijst).isTrue();
    assertThat(Code.class.isAssignableFrom(codelijst)).as("%s implements Code", codelijst).isTrue();
    Object[] constanten = codelijst.getEnumConstants();
    assertThat(constanten).isNotEmpty();
    assertThat(codes(codelijst)).as("codes of %s", codelijst.getSimpleName()).doesNotHaveDuplicates();
    for (Object c : constanten) {
      String code = ((Code) c).code();
      assertThat(code).as("code of %s", c).isNotBlank();
      assertThat(((Code) c).omschrijving()).as("omschrijving of %s", c).isNotBlank();
      assertThat(fromCode(codelijst, code)).as("fromCode(%s)", code).isSameAs(c);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codelijsten")
  void fromCodeWeigertEenOnbekendeCode(Class<?> codelijst) {
    String toegestaan = String.join(", ", codes(codelijst));
    assertThatThrownBy(() -> fromCode(codelijst, "??"))
        .isInstanceOf(InburgeringException.class)
        .satisfies(
            e -> {
              InburgeringException ie = (InburgeringException) e;
              assertThat(ie.reason()).isEqualTo(InburgeringException.Reason.UNKNOWN_CODE);
              assertThat(ie.getMessage()).contains(toegestaan).doesNotContain("??");
            });
    assertThatThrownBy(() -> fromCode(codelijst, null))
        .isInstanceOf(InburgeringException.class)
        .satisfies(
            e ->
                assertThat(((InburgeringException) e).reason())
                    .isEqualTo(InburgeringException.Reason.MISSING));
  }

  private static List<String> codes(Class<?> codelijst) {
    return Arrays.stream(codelijst.getEnumConstants())
        .map(c -> ((Code) c).code())
        .collect(Collectors.toList());
  }

  /** Calls the static {@code fromCode(String)} of {@code codelijst}, unwrapping its exception. */
  private static Object fromCode(Class<?> codelijst, String code) {
    Method m;
    try {
      m = codelijst.getMethod("fromCode", String.class);
    } catch (NoSuchMethodException e) {
      return fail(codelijst.getSimpleName() + " has no public static fromCode(String)");
    }
    assertThat(Modifier.isStatic(m.getModifiers())).as("%s.fromCode is static", codelijst).isTrue();
    assertThat(m.getReturnType()).as("%s.fromCode returns the enum", codelijst).isEqualTo(codelijst);
    try {
      Object result = m.invoke(null, code);
      assertThat(result).as("%s.fromCode never returns null", codelijst.getSimpleName()).isNotNull();
      return result;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> laad(String naam) {
    try {
      return Class.forName(naam, false, DuoCodelijstenTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  // ------------------------------------------------------------------ a minimal OpenAPI reader

  /**
   * Returns the values of {@code components: schemas: <schema>: enum:} in an OpenAPI YAML file, or
   * empty when the schema or its enum is absent. Reads block mappings by indentation; the enum may
   * be a block sequence ({@code - A}) or a flow sequence ({@code [A, B]}); values may be plain,
   * single- or double-quoted, and may continue on following lines.
   */
  static Optional<List<String>> enumeratie(List<String> lines, String schema) {
    List<String> l = new ArrayList<>(lines.size());
    for (String line : lines) {
      l.add(line.stripTrailing());
    }
    int components = kind(l, -1, l.size(), -1, "components");
    if (components < 0) {
      return Optional.empty();
    }
    int schemas = kind(l, components, eindeBlok(l, components), indent(l.get(components)), "schemas");
    if (schemas < 0) {
      return Optional.empty();
    }
    int naam = kind(l, schemas, eindeBlok(l, schemas), indent(l.get(schemas)), schema);
    if (naam < 0) {
      return Optional.empty();
    }
    int en = kind(l, naam, eindeBlok(l, naam), indent(l.get(naam)), "enum");
    if (en < 0) {
      return Optional.empty();
    }
    String inline = l.get(en).strip().substring("enum:".length()).strip();
    if (!inline.isEmpty()) {
      if (!inline.startsWith("[") || !inline.endsWith("]")) {
        throw new AssertionError("unsupported enum form in " + schema + ": " + inline);
      }
      List<String> waarden = new ArrayList<>();
      for (String w : inline.substring(1, inline.length() - 1).split(",")) {
        if (!w.isBlank()) {
          waarden.add(scalar(w.strip()));
        }
      }
      return Optional.of(waarden);
    }
    return Optional.of(blokReeks(l, en, indent(l.get(en))));
  }

  /** Reads the block sequence after line {@code key} (a key at indentation {@code keyIndent}). */
  private static List<String> blokReeks(List<String> l, int key, int keyIndent) {
    List<String> waarden = new ArrayList<>();
    StringBuilder huidig = null;
    int itemIndent = -1;
    for (int i = key + 1; i < l.size(); i++) {
      String line = l.get(i);
      if (leeg(line)) {
        continue;
      }
      int ind = indent(line);
      String tekst = line.strip();
      boolean item = tekst.equals("-") || tekst.startsWith("- ");
      if (item && (itemIndent < 0 ? ind >= keyIndent : ind == itemIndent)) {
        itemIndent = ind;
        if (huidig != null) {
          waarden.add(scalar(huidig.toString()));
        }
        huidig = new StringBuilder(tekst.substring(1).strip());
      } else if (huidig != null && ind > itemIndent) {
        huidig.append('\n').append(tekst);
      } else {
        break;
      }
    }
    if (huidig != null) {
      waarden.add(scalar(huidig.toString()));
    }
    return waarden;
  }

  /**
   * Returns the line of key {@code naam} among the direct children of the block that starts after
   * line {@code ouder} and ends before {@code einde}, or -1. Children are the lines indented as the
   * first content line of the block, deeper than {@code ouderIndent}.
   */
  private static int kind(List<String> l, int ouder, int einde, int ouderIndent, String naam) {
    int kindIndent = -1;
    for (int i = ouder + 1; i < einde; i++) {
      String line = l.get(i);
      if (leeg(line)) {
        continue;
      }
      int ind = indent(line);
      if (ind <= ouderIndent) {
        return -1;
      }
      if (kindIndent < 0) {
        kindIndent = ind;
      }
      if (ind == kindIndent) {
        String tekst = line.strip();
        if (tekst.equals(naam + ":") || tekst.startsWith(naam + ": ")) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Returns the index after the last line of the block of the key on line {@code key}. */
  private static int eindeBlok(List<String> l, int key) {
    int keyIndent = indent(l.get(key));
    for (int i = key + 1; i < l.size(); i++) {
      if (!leeg(l.get(i)) && indent(l.get(i)) <= keyIndent) {
        return i;
      }
    }
    return l.size();
  }

  private static boolean leeg(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Returns the value of a scalar whose lines are joined by {@code \n}. */
  static String scalar(String raw) {
    String[] regels = raw.split("\n", -1);
    if (raw.startsWith("\"")) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < regels.length; i++) {
        String r = i == 0 ? regels[i] : regels[i].strip();
        if (i > 0 && !eindigtMetEscape(sb)) {
          sb.append(' ');
        } else if (i > 0) {
          sb.setLength(sb.length() - 1); // an escaped line break joins without a space
        }
        sb.append(r);
      }
      String s = sb.toString();
      if (s.length() < 2 || !s.endsWith("\"")) {
        throw new AssertionError("unterminated double-quoted value: " + raw);
      }
      return ontsnap(s.substring(1, s.length() - 1));
    }
    String gevouwen = Arrays.stream(regels).map(String::strip).collect(Collectors.joining(" "));
    if (gevouwen.startsWith("'")) {
      if (gevouwen.length() < 2 || !gevouwen.endsWith("'")) {
        throw new AssertionError("unterminated single-quoted value: " + raw);
      }
      return gevouwen.substring(1, gevouwen.length() - 1).replace("''", "'");
    }
    int commentaar = gevouwen.indexOf(" #");
    return (commentaar >= 0 ? gevouwen.substring(0, commentaar) : gevouwen).strip();
  }

  private static boolean eindigtMetEscape(StringBuilder sb) {
    int n = 0;
    for (int i = sb.length() - 1; i >= 0 && sb.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static String ontsnap(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n':
          sb.append('\n');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default: // \" \\ \/ and the escaped space
          sb.append(n);
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ the reader itself

  @Test
  void deLezerVolgtDeInspringing() {
    List<String> yml =
        List.of(
            "openapi: 3.0.1",
            "paths:",
            "  /x:",
            "    get:",
            "      parameters:",
            "        Leerroute:",
            "          enum: [X]",
            "components:",
            "  schemas:",
            "    Ander:",
            "      type: object",
            "      properties:",
            "        Leerroute:",
            "          enum:",
            "          - Y",
            "    Leerroute:",
            "      type: string",
            "      description: \"een \\",
            "        \\ lange tekst\"",
            "      enum:",
            "      - B",
            "      - 'O'",
            "      - \"Z\"",
            "      - \"Gezinsmigrant en \\",
            "        overige migrant\"",
            "      - B1-route haalbaar # commentaar",
            "    Lijst:",
            "      enum: [A2, \"B1\"]",
            "  parameters:",
            "    Leeg:",
            "      type: string");
    assertThat(enumeratie(yml, "Leerroute"))
        .contains(List.of("B", "O", "Z", "Gezinsmigrant en overige migrant", "B1-route haalbaar"));
    assertThat(enumeratie(yml, "Lijst")).contains(List.of("A2", "B1"));
    assertThat(enumeratie(yml, "Ander")).isEmpty();
    assertThat(enumeratie(yml, "Leeg")).isEmpty();
    assertThat(enumeratie(yml, "Onbekend")).isEmpty();
  }
}
