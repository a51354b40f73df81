package io.github.inburgering.json.duo;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.networknt.schema.Error;
import io.github.inburgering.core.model.Afronding;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Inburgeringsplicht;
import io.github.inburgering.core.model.Leerbaarheidstoets;
import io.github.inburgering.core.model.PipVersie;
import io.github.inburgering.core.model.PlichtGrond;
import io.github.inburgering.core.model.RedenEindePlicht;
import io.github.inburgering.core.testing.Generatoren;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DUO JSON the library writes conforms to the component schemas of DUO's OpenAPI files, read at
 * test time from {@code ../shared/reference/duo-m2m} (skipped when absent), with format assertions on
 * and no property beyond those DUO defines. The records define exactly DUO's properties.
 */
class DuoSchemaTest {

  /** Every record of the package with its DUO API and component schema. */
  static Stream<Arguments> records() {
    return Stream.of(
        Arguments.of("PIP", "PIP", DuoPip.class),
        Arguments.of("PIP", "Gemeente", DuoGemeente.class),
        Arguments.of("MAP,PVT,Zroute", "ResultaatPvt", DuoResultaatPvt.class),
        Arguments.of("MAP,PVT,Zroute", "ResultaatMap", DuoResultaatMap.class),
        Arguments.of("MAP,PVT,Zroute", "ResultaatZroute", DuoResultaatZroute.class),
        Arguments.of("MAP,PVT,Zroute", "DatumPvt", DuoDatumPvt.class),
        Arguments.of("MAP,PVT,Zroute", "DatumMap", DuoDatumMap.class),
        Arguments.of("Inburgeringsplicht", "Inburgeringsplicht", DuoInburgeringsplicht.class),
        Arguments.of("Inburgeringsplicht", "Doelgroep", DuoDoelgroep.class),
        Arguments.of("Inburgeringstermijn", "Inburgeringstermijn", DuoInburgeringstermijn.class),
        Arguments.of("Vrijstelling", "Vrijstelling", DuoVrijstelling.class),
        Arguments.of("Vrijstelling", "GeheleVrijstelling", DuoGeheleVrijstelling.class),
        Arguments.of("Vrijstelling", "TijdelijkeVrijstelling", DuoTijdelijkeVrijstelling.class),
        Arguments.of("Vrijstelling", "GedeeltelijkeVrijstelling", DuoGedeeltelijkeVrijstelling.class),
        Arguments.of("Ontheffing", "Ontheffing", DuoOntheffing.class),
        Arguments.of("Ontheffing", "GeheleOntheffing", DuoGeheleOntheffing.class),
        Arguments.of("Ontheffing", "GedeeltelijkeOntheffing", DuoGedeeltelijkeOntheffing.class),
        Arguments.of("Examen", "Examenresultaat", DuoExamenresultaat.class),
        Arguments.of("Leerbaarheidstoets", "Resultaat", DuoLeerbaarheidstoetsResultaat.class));
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @MethodSource("records")
  void theRecordHasExactlyDuosPropertiesInDuosOrder(String api, String component, Class<?> record) {
    List<String> namen = new ArrayList<>();
    for (RecordComponent rc : record.getRecordComponents()) {
      namen.add(rc.getAccessor().getAnnotation(JsonProperty.class).value());
    }
    assertThat(namen).as("JSON properties of %s", record.getSimpleName())
        .containsExactlyElementsOf(DuoOpenApi.eigenschappen(api, component));
  }

  private static void conform(String api, String component, Object duo) {
    byte[] json = DuoJson.schrijf(duo);
    List<Error> fouten = DuoOpenApi.valideer(api, component, json);
    assertThat(fouten).as("%s against DUO's %s/%s", new String(json, StandardCharsets.UTF_8), api, component)
        .isEmpty();
  }

  @Test
  void writtenDocumentsOfGeneratedDossiersConform() {
    DuoOpenApi.vereist();
    qt(200).forAll(Generatoren.geldigeDossiers()).checkAssert(g -> {
      Dossier d = g.dossier();
      for (PipVersie v : d.pip().orElseThrow().versies()) {
        conform("PIP", "PIP", DuoMapping.naarDuo(v));
        conform("PIP", "Gemeente", DuoMapping.naarDuoGemeente(v));
      }
      Dossier culpabel = d.toBuilder()
          .pvt(d.pvt().map(a -> new Afronding(a.datum(), Optional.of(true))).orElse(null))
          .map(d.map().map(a -> new Afronding(a.datum(), Optional.of(false))).orElse(null))
          .build();
      for (Dossier x : List.of(d, culpabel)) {
        conform("MAP,PVT,Zroute", "ResultaatPvt", DuoMapping.naarDuoPvt(x));
        conform("MAP,PVT,Zroute", "ResultaatMap", DuoMapping.naarDuoMap(x));
        x.pvt().ifPresent(a -> conform("MAP,PVT,Zroute", "DatumPvt", DuoMapping.naarDuoDatumPvt(a)));
        x.map().ifPresent(a -> conform("MAP,PVT,Zroute", "DatumMap", DuoMapping.naarDuoDatumMap(a)));
      }
      conform("MAP,PVT,Zroute", "ResultaatZroute",
          DuoMapping.naarDuoZroute(d.toBuilder().zrouteAfgerond(g.peildatum()).build()));
      conform("Inburgeringsplicht", "Inburgeringsplicht", DuoMapping.naarDuo(d.plicht()));
      conform("Inburgeringsplicht", "Doelgroep", DuoMapping.naarDuoDoelgroep(d.inburgeraar()));
      conform("Inburgeringstermijn", "Inburgeringstermijn", DuoMapping.naarDuo(d.berekendeTermijn().orElseThrow()));
      for (var e : DuoMapping.naarDuoExamens(d.examens())) {
        conform("Examen", "Examenresultaat", e);
      }
      conform("Leerbaarheidstoets", "Resultaat", DuoMapping.naarDuo(
          (Leerbaarheidstoets.Afgenomen) d.bredeIntake().orElseThrow().leerbaarheidstoets().orElseThrow()));
    });
  }

  @Test
  void anEndedPlichtConforms() {
    conform("Inburgeringsplicht", "Inburgeringsplicht", DuoMapping.naarDuo(new Inburgeringsplicht(
        LocalDate.of(2023, 2, 1), PlichtGrond.NIET_TIJDELIJK_VERBLIJF, Optional.of(LocalDate.of(2023, 2, 20)),
        Optional.of(LocalDate.of(2025, 6, 30)), Optional.of(RedenEindePlicht.VERTREK))));
  }

  @Test
  void writtenVrijstellingenAndOntheffingenConform() {
    DuoOpenApi.vereist();
    qt(300).forAll(DuoGeneratoren.vrijstellingen()).checkAssert(l -> {
      for (DuoVrijstelling v : DuoMapping.naarDuoVrijstellingen(l)) {
        conform("Vrijstelling", "Vrijstelling", v);
      }
    });
    qt(300).forAll(DuoGeneratoren.ontheffingen()).checkAssert(l -> {
      for (DuoOntheffing o : DuoMapping.naarDuoOntheffingen(l)) {
        conform("Ontheffing", "Ontheffing", o);
      }
    });
  }

  /** The harness itself rejects what DUO rejects, so that an empty error list means something. */
  @Test
  void theConvertedSchemasRejectWhatDuoRejects() {
    assertThat(DuoOpenApi.valideer("Leerbaarheidstoets", "Resultaat", bytes(
        "{\"resultaat\":\"Onbekend\",\"behaaldeScore\":\"71.50\",\"benodigdeScore\":\"60,00\","
            + "\"datumAfname\":\"2024-02-20\"}"))).as("a decimal point").isNotEmpty();
    assertThat(DuoOpenApi.valideer("PIP", "PIP", bytes("{\"dagtekeningPip\":\"2024-02-30\",\"leerroute\":\"B\"}")))
        .as("a date that does not exist").isNotEmpty();
    assertThat(DuoOpenApi.valideer("PIP", "PIP", bytes("{\"dagtekeningPip\":\"2024-02-03\",\"leerroute\":\"X\"}")))
        .as("an unknown code").isNotEmpty();
    assertThat(DuoOpenApi.valideer("PIP", "Gemeente", bytes("{\"gemeentecode\":\"0363\",\"pip\":{\"leerroute\":\"B\"}}")))
        .as("a missing required property below a $ref").isNotEmpty();
    assertThat(DuoOpenApi.valideer("PIP", "PIP", bytes(
        "{\"dagtekeningPip\":\"2024-02-03\",\"leerroute\":\"B\",\"gemeente\":\"0363\"}")))
        .as("a property DUO does not define").isNotEmpty();
    assertThat(DuoOpenApi.valideer("PIP", "PIP", bytes("{\"dagtekeningPip\":\"2024-02-03\",\"leerroute\":\"B\"}")))
        .as("a minimal PIP").isEmpty();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
