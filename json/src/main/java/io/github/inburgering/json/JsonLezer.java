package io.github.inburgering.json;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.core.regels.Validator;
import io.github.inburgering.json.v1.DossierBerichtV1;
import io.github.inburgering.json.v1.DossierV1;
import io.github.inburgering.json.v1.GebeurtenisBerichtV1;
import io.github.inburgering.core.model.DuoMelding;
import io.github.inburgering.json.v1.TrajectV1;
import io.github.inburgering.json.v1.TrajectstandV1;
import io.github.inburgering.json.v1.V1Mapping;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Transities;
import io.github.inburgering.core.traject.Traject;
import io.github.inburgering.core.traject.Uitkomst;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads untrusted bytes of the v1 exchange format. Every read returns a {@link Leesresultaat}: the
 * document, or a report, never an exception for bad input. The steps, each of which can end the
 * read:
 *
 * <ol>
 *   <li>limits: size ({@link #STANDAARD_MAX_BYTES} by default), nesting depth 64, string, number
 *       and name lengths, duplicate keys ({@code JS-001}, {@code JS-002});
 *   <li>the JSON Schema of the document, loaded from the class path only, no remote references,
 *       format assertions on ({@code JS-003}, {@code JS-004}, {@code CD-001}, {@code CD-002});
 *   <li>mapping to the domain model ({@code ID-*}, {@code CD-*});
 *   <li>the rules of the law on the peildatum (the core {@link Validator}).
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonLezer {
  /** The default maximum document size: 1 MiB. */
  public static final int STANDAARD_MAX_BYTES = 1024 * 1024;

  /** The maximum nesting depth. */
  public static final int MAX_DIEPTE = 64;

  private final int maxBytes;
  private final boolean tolerant;
  private final Locale locale;
  private final JsonMapper mapper;
  private final Map<Schemasoort, Schema> schemas;
  private final Validator validator;

  private JsonLezer(Builder b) {
    this.maxBytes = b.maxBytes;
    this.tolerant = b.tolerant;
    this.locale = b.locale;
    StreamReadConstraints grenzen = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DIEPTE)
        .maxDocumentLength(maxBytes)
        .maxStringLength(Math.min(maxBytes, 64 * 1024))
        .maxNumberLength(64)
        .maxNameLength(256)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(grenzen)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    JsonMapper.Builder mb = InburgeringJson.configureer(JsonMapper.builder(factory));
    if (tolerant) {
      mb.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
    this.mapper = mb.build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        r -> r.resourceLoaders(l -> l.values(List::clear))
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build()));
    Map<Schemasoort, Schema> m = new EnumMap<>(Schemasoort.class);
    for (Schemasoort s : Schemasoort.values()) {
      m.put(s, registry.getSchema(InburgeringJson.schema(s)));
    }
    this.schemas = m;
    this.validator = Validator.standaard().inTaal(locale);
  }

  /** Returns a reader with the defaults: 1 MiB, strict about unknown properties, Dutch messages. */
  public static JsonLezer standaard() {
    return builder().build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a dossier document and validates it against the rules in force on {@code peildatum}. A
   * {@code traject} in the document is checked as by {@link #leesTraject} and its findings are
   * reported under {@code /traject}; use {@link #leesDossierbericht} or {@link #leesTraject} to
   * obtain the lifecycle itself.
   *
   * @param json the bytes, UTF-8
   * @param peildatum the date of the assessment
   */
  public Leesresultaat<Dossier> leesDossier(byte[] json, LocalDate peildatum) {
    Invoer in = new Invoer(locale);
    Optional<DossierV1> w = wire(json, Schemasoort.DOSSIER, DossierV1.class, in);
    if (w.isEmpty()) {
      return new Leesresultaat<>(null, in.report());
    }
    Optional<Dossier> d = V1Mapping.naarDomein(w.get(), in);
    if (d.isEmpty()) {
      return new Leesresultaat<>(null, in.report());
    }
    Report r = validator.validate(d.get(), peildatum);
    if (w.get().traject() != null) {
      r = r.merge(traject(w.get().traject(), peildatum, Pointer.of("traject")).report());
    }
    return new Leesresultaat<>(d.get(), r);
  }

  /**
   * Reads a lifecycle document: maps its events, replays them through {@link Transities} as on
   * {@code peildatum} (each event judged by the rules in force on its date), and checks a {@code
   * stand} that is present against the replay ({@code JS-005}). A refused event is reported at its
   * pointer ({@code /gebeurtenissen/3/...}) and no document is returned.
   *
   * @param json the bytes, UTF-8
   * @param peildatum the date of the assessment; no event may lie after it
   */
  public Leesresultaat<Trajectdocument> leesTraject(byte[] json, LocalDate peildatum) {
    Invoer in = new Invoer(locale);
    Optional<TrajectV1> w = wire(json, Schemasoort.TRAJECT, TrajectV1.class, in);
    if (w.isEmpty()) {
      return new Leesresultaat<>(null, in.report());
    }
    return traject(w.get(), peildatum, Pointer.root());
  }

  private Leesresultaat<Trajectdocument> traject(TrajectV1 w, LocalDate peildatum, Pointer basis) {
    Invoer in = new Invoer(locale);
    Optional<List<Gebeurtenis>> gs = V1Mapping.naarDomein(w, basis, in);
    if (gs.isEmpty()) {
      return new Leesresultaat<>(null, in.report());
    }
    Uitkomst u = Transities.afspelen(Traject.nieuw(), gs.get(), peildatum, locale);
    Report r = in.report().merge(onder(basis, u.report()));
    if (!u.isAanvaard()) {
      return new Leesresultaat<>(null, r);
    }
    if (w.stand() != null) {
      Invoer stand = new Invoer(locale);
      vergelijkStand(w.stand(), V1Mapping.stand(u.traject()), basis.add("stand"), stand);
      r = r.merge(stand.report());
    }
    return new Leesresultaat<>(new Trajectdocument(gs.get(), u.traject()), r);
  }

  private static void vergelijkStand(TrajectstandV1 gegeven, TrajectstandV1 verwacht, Pointer p,
      Invoer in) {
    for (java.lang.reflect.RecordComponent c : TrajectstandV1.class.getRecordComponents()) {
      try {
        Object g = c.getAccessor().invoke(gegeven);
        Object v = c.getAccessor().invoke(verwacht);
        if (!Objects.equals(g, v)) {
          in.add("JS-005", p.add(c.getName()), v == null ? "-" : v);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Reads a dossier message: envelope and dossier. Findings about the dossier point into {@code
   * /dossier}.
   */
  public Leesresultaat<Dossierbericht> leesDossierbericht(byte[] json, LocalDate peildatum) {
    Invoer in = new Invoer(locale);
    Optional<DossierBerichtV1> w = wire(json, Schemasoort.DOSSIERBERICHT, DossierBerichtV1.class, in);
    if (w.isEmpty()) {
      return new Leesresultaat<>(null, in.report());
    }
    Invoer binnen = new Invoer(locale);
    Optional<Dossier> d = V1Mapping.naarDomein(w.get().dossier(), binnen);
    if (d.isEmpty()) {
      return new Leesresultaat<>(null, onder(Pointer.of("dossier"), binnen.report()));
    }
    Report r = onder(Pointer.of("dossier"), validator.validate(d.get(), peildatum));
    Optional<Trajectdocument> traject = Optional.empty();
    if (w.get().dossier().traject() != null) {
      Leesresultaat<Trajectdocument> t =
          traject(w.get().dossier().traject(), peildatum, Pointer.of("dossier", "traject"));
      r = r.merge(t.report());
      traject = t.document();
    }
    return new Leesresultaat<>(new Dossierbericht(w.get().envelop(), d.get(), traject), r);
  }

  /** Reads an event message; the event is returned as a {@link DuoMelding}. */
  public Leesresultaat<DuoMelding> leesGebeurtenisbericht(byte[] json) {
    Invoer in = new Invoer(locale);
    Optional<GebeurtenisBerichtV1> w = wire(json, Schemasoort.GEBEURTENISBERICHT, GebeurtenisBerichtV1.class, in);
    if (w.isEmpty()) {
      return new Leesresultaat<>(null, in.report());
    }
    Optional<DuoMelding> m = V1Mapping.naarDomein(w.get().gebeurtenis(), Pointer.of("gebeurtenis"), in);
    return new Leesresultaat<>(m.orElse(null), in.report());
  }

  /**
   * Reads any document of the format up to and including the JSON Schema check and data binding,
   * returning the wire record. Used for documents without domain rules, such as report replies.
   */
  public Leesresultaat<Object> leesWire(byte[] json, Schemasoort soort) {
    Invoer in = new Invoer(locale);
    Optional<?> w = wire(json, soort, soort.wireType(), in);
    return new Leesresultaat<>(w.orElse(null), in.report());
  }

  private <W> Optional<W> wire(byte[] json, Schemasoort soort, Class<W> type, Invoer in) {
    Optional<JsonNode> gelezen = leesBoom(json, in);
    if (gelezen.isEmpty()) {
      return Optional.empty();
    }
    JsonNode boom = gelezen.get();
    boolean fout = false;
    for (Error e : schemas.get(soort).validate(boom)) {
      fout |= meld(e, in);
    }
    if (fout) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.treeToValue(boom, type));
    } catch (JacksonException e) {
      in.add("JS-003", Pointer.root(), "binding", zonderInvoer(e));
      return Optional.empty();
    }
  }

  /**
   * Parses {@code json} into a tree under this reader's limits, reporting {@code JS-001} or {@code
   * JS-002} instead of throwing. Readers of other JSON formats (such as DUO's) use it so that every
   * untrusted input meets the same limits.
   *
   * @return the tree, or empty when a problem was reported
   */
  public Optional<JsonNode> leesBoom(byte[] json, Invoer in) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(in, "in");
    if (json.length > maxBytes) {
      in.add("JS-002", Pointer.root(), "document van " + json.length + " bytes, maximum " + maxBytes);
      return Optional.empty();
    }
    JsonNode boom;
    try {
      boom = mapper.readTree(json);
    } catch (StreamConstraintsException e) {
      in.add("JS-002", Pointer.root(), zonderInvoer(e));
      return Optional.empty();
    } catch (JacksonException e) {
      in.add("JS-001", Pointer.root(), zonderInvoer(e));
      return Optional.empty();
    }
    if (boom == null || boom.isMissingNode()) {
      in.add("JS-001", Pointer.root(), "leeg document");
      return Optional.empty();
    }
    return Optional.of(boom);
  }

  /** Reports one schema error; returns whether it counts (unknown properties do not when tolerant). */
  private boolean meld(Error e, Invoer in) {
    Pointer plek = pointer(e.getInstanceLocation().toString());
    String kw = e.getKeyword() == null ? "" : e.getKeyword();
    switch (kw) {
      case "required":
        in.add("CD-002", e.getProperty() == null ? plek : plek.add(e.getProperty()));
        return true;
      case "additionalProperties":
      case "unevaluatedProperties":
        if (tolerant) {
          return false;
        }
        Pointer p = e.getProperty() == null ? plek : plek.add(e.getProperty());
        in.add("JS-004", p, p.toString());
        return true;
      case "enum":
        JsonNode toegestaan = e.getSchemaNode();
        List<String> codes = new ArrayList<>();
        if (toegestaan != null && toegestaan.isArray()) {
          toegestaan.forEach(n -> codes.add(n.asString()));
        }
        in.add("CD-001", plek, String.join(", ", codes));
        return true;
      default:
        String schema = e.getSchemaNode() == null ? "" : e.getSchemaNode().toString();
        in.add("JS-003", plek, kw, kw + (schema.isEmpty() ? "" : " " + afgekort(schema)));
        return true;
    }
  }

  private static String afgekort(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }

  private static Pointer pointer(String s) {
    try {
      return Pointer.parse(s == null ? "" : s);
    } catch (RuntimeException e) {
      return Pointer.root();
    }
  }

  /** A description of a parse problem that names the place and kind, never the input's content. */
  private static String zonderInvoer(JacksonException e) {
    TokenStreamLocation l = e.getLocation();
    String waar = l == null || l.getLineNr() < 0 ? "" : " op regel " + l.getLineNr() + ", kolom " + l.getColumnNr();
    return e.getClass().getSimpleName() + waar;
  }

  /** Returns {@code r} with every pointer placed under {@code basis}. */
  static Report onder(Pointer basis, Report r) {
    List<Finding> l = new ArrayList<>();
    for (Finding f : r.findings()) {
      Pointer p = basis;
      for (String t : f.pointer().tokens()) {
        p = p.add(t);
      }
      l.add(new Finding(f.code(), f.severity(), p, f.message(), f.grondslagen()));
    }
    return Report.of(l);
  }

  /** Builder of {@link JsonLezer}. */
  public static final class Builder {
    private int maxBytes = STANDAARD_MAX_BYTES;
    private boolean tolerant;
    private Locale locale = Regels.NEDERLANDS;

    private Builder() {}

    /** Sets the maximum document size in bytes (1 to 64 MiB). */
    public Builder maxBytes(int maxBytes) {
      if (maxBytes < 1 || maxBytes > 64 * 1024 * 1024) {
        throw new IllegalArgumentException("maxBytes must lie between 1 and 64 MiB");
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** Ignores unknown properties instead of reporting them ({@code JS-004}). Off by default. */
    public Builder tolerant(boolean tolerant) {
      this.tolerant = tolerant;
      return this;
    }

    /** Sets the language of the messages (Dutch by default, English for {@code en}). */
    public Builder taal(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Builds the reader; loads and compiles the schemas. */
    public JsonLezer build() {
      return new JsonLezer(this);
    }
  }
}
