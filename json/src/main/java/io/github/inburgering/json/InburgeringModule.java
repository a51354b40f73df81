package io.github.inburgering.json;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.id.KvkNummer;
import io.github.inburgering.core.id.Oin;
import io.github.inburgering.core.id.VNummer;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.regels.Invoer;
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.core.regels.Report;
import io.github.inburgering.json.v1.DossierV1;
import io.github.inburgering.json.v1.PipVersieV1;
import io.github.inburgering.json.v1.V1Mapping;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the library. It lets any {@code JsonMapper} write and read the domain types
 * in the v1 exchange format: {@link Dossier} and {@link PipVersie} through the wire model, the
 * identifiers as strings (the BSN in full: the exchange needs it), and {@link Report} as a {@code
 * RapportV1}.
 *
 * <p>Reading through a plain mapper fails with a Jackson exception on the first problem, as Jackson
 * users expect. To read untrusted input and get every problem as a report, use {@link JsonLezer}.
 *
 * <p>Register explicitly ({@code JsonMapper.builder().addModule(new InburgeringModule())}) or let
 * Jackson find it through {@code ServiceLoader} ({@code findAndAddModules()}).
 */
public final class InburgeringModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public InburgeringModule() {
    super("inburgering", new Version(0, 1, 0, "SNAPSHOT", "io.github.inburgering", "inburgering-json"));
    identificatie(Bsn.class, Bsn::unmasked, Bsn::parse);
    identificatie(VNummer.class, VNummer::unmasked, VNummer::parse);
    identificatie(Oin.class, Oin::value, Oin::parse);
    identificatie(KvkNummer.class, KvkNummer::value, KvkNummer::parse);
    identificatie(Gemeentecode.class, Gemeentecode::value, Gemeentecode::parse);
    viaWire(Dossier.class, DossierV1.class, V1Mapping::naarV1, (w, in) -> V1Mapping.naarDomein(w, in));
    viaWire(PipVersie.class, PipVersieV1.class, V1Mapping::naarV1,
        (w, in) -> V1Mapping.naarDomein(w, Pointer.root(), in));
    addSerializer(Report.class, new ValueSerializer<Report>() {
      @Override
      public void serialize(Report value, JsonGenerator gen, SerializationContext ctxt) {
        ctxt.writeValue(gen, InburgeringJson.rapport(value));
      }
    });
  }

  /** Writes and reads a domain type through its wire record. */
  private <D, W> void viaWire(Class<D> type, Class<W> wire, Function<D, W> naarWire,
      BiFunction<W, Invoer, Optional<D>> naarDomein) {
    addSerializer(type, new ValueSerializer<D>() {
      @Override
      public void serialize(D value, JsonGenerator gen, SerializationContext ctxt) {
        ctxt.writeValue(gen, naarWire.apply(value));
      }
    });
    addDeserializer(type, new ValueDeserializer<D>() {
      @Override
      public D deserialize(JsonParser p, DeserializationContext ctxt) {
        W w = ctxt.readValue(p, wire);
        Invoer in = new Invoer();
        Optional<D> d = naarDomein.apply(w, in);
        return d.orElseGet(() -> ctxt.reportInputMismatch(type, "%s", samenvatting(in.report())));
      }
    });
  }

  private static String samenvatting(Report r) {
    return r.findings().stream().map(f -> f.code() + " at " + f.pointer()).toList().toString();
  }

  private <T> void identificatie(Class<T> type, Function<T, String> naarTekst, Function<String, T> parse) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeString(naarTekst.apply(value));
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        String s = p.getValueAsString();
        try {
          return parse.apply(s);
        } catch (InburgeringException e) {
          // the message names the type and reason, never the value
          return ctxt.reportInputMismatch(type, "%s", e.getMessage());
        }
      }
    });
  }
}
