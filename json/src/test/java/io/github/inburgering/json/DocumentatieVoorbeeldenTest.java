package io.github.inburgering.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Leerdoel;
import io.github.inburgering.core.model.Leerdomein;
import io.github.inburgering.core.model.Naam;
import io.github.inburgering.core.model.Partner;
import io.github.inburgering.core.model.PartnerId;
import io.github.inburgering.core.model.PartnerRol;
import io.github.inburgering.core.model.PersoonlijkeOmstandigheden;
import io.github.inburgering.core.model.Uren;
import io.github.inburgering.core.model.VimeLeervorm;
import io.github.inburgering.core.model.Vrijwilligersrol;
import io.github.inburgering.core.model.MaatschappelijkeBegeleidingThema;
import io.github.inburgering.core.id.KvkNummer;
import io.github.inburgering.core.regels.Validator;
import io.github.inburgering.core.testing.Voorbeelden;
import io.github.inburgering.json.v1.DossierBerichtV1;
import io.github.inburgering.json.v1.DossierV1;
import io.github.inburgering.json.v1.EnvelopV1;
import io.github.inburgering.json.v1.PartijV1;
import io.github.inburgering.json.v1.PipBerichtV1;
import io.github.inburgering.json.v1.RapportBerichtV1;
import io.github.inburgering.json.v1.V1Mapping;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.traject.Gebeurtenis;
import io.github.inburgering.core.traject.Urensoort;
import io.github.inburgering.core.traject.Verplichting;
import io.github.inburgering.json.v1.TrajectV1;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The examples in {@code docs/examples/} are generated here from the library and must not drift;
 * CI also validates them with ajv. Regenerate with {@code -Dregenerate=true}.
 */
class DocumentatieVoorbeeldenTest {
  private static final Path MAP = Path.of("..", "docs", "examples");
  /** The documented example key for pseudonyms; real deployments keep a secret per partner. */
  static final byte[] VOORBEELDSLEUTEL = "voorbeeldsleutel-niet-gebruiken-in-productie".getBytes(StandardCharsets.US_ASCII);

  static Dossier voorbeeld() {
    Dossier d = Voorbeelden.eerstePip(Voorbeelden.basis(), v -> v
        .addMaatschappelijkeBegeleiding(MaatschappelijkeBegeleidingThema.FINANCIEN_EN_ADMINISTRATIE)
        .addLeerdoelen(new Leerdoel("Gesprekken bij de huisarts voeren", Leerdomein.GEZONDHEID_EN_BEWEGEN,
            VimeLeervorm.NON_FORMEEL,
            Optional.of(new Partner("Bibliotheek Centrum", PartnerRol.BIBLIOTHEEK,
                PartnerId.of(KvkNummer.parse("41215422")), false)),
            Optional.of(Vrijwilligersrol.TAALMAATJE)))
        .addLeerdoelen(new Leerdoel("Sollicitatiegesprek voorbereiden", Leerdomein.WERK_EN_OPLEIDING,
            VimeLeervorm.FORMEEL, Optional.empty(), Optional.empty())));
    return d.toBuilder()
        .inburgeraar(d.inburgeraar().toBuilder().naam(new Naam("Amira", "Haddad")).build())
        .bredeIntake(Voorbeelden.intake(0).persoonlijkeOmstandigheden(new PersoonlijkeOmstandigheden(
            Optional.of("Rugklachten; lessen met pauzes"), Optional.of("Zorg voor twee jonge kinderen"), true)).build())
        .uren(new Uren(320, 40, 0, 12, 0))
        .build();
  }

  /** The lifecycle of {@link #voorbeeld()}: plicht, brede intake, first PIP, hours, KNM passed. */
  static List<Gebeurtenis> voorbeeldTraject() {
    return List.of(
        new Gebeurtenis.PlichtOntstaan(LocalDate.of(2024, 1, 10), Doelgroep.ASIELSTATUSHOUDER,
            LocalDate.of(2024, 1, 22)),
        new Gebeurtenis.BredeIntakeGestart(LocalDate.of(2024, 2, 12)),
        Gebeurtenis.PipVastgesteld.of(LocalDate.of(2024, 3, 14), Leerroute.B1_ROUTE),
        new Gebeurtenis.UrenGevolgd(LocalDate.of(2025, 12, 31), Urensoort.NT2, 320),
        new Gebeurtenis.UrenGevolgd(LocalDate.of(2025, 12, 31), Urensoort.KNM, 40),
        Gebeurtenis.Examenuitslag.knmBehaald(LocalDate.of(2026, 2, 10)),
        new Gebeurtenis.Examenuitslag(LocalDate.of(2026, 3, 3), Examenonderdeel.SP,
            Optional.of(Taalniveau.B1), false));
  }

  static TrajectV1 voorbeeldTrajectV1() {
    List<Gebeurtenis> gs = voorbeeldTraject();
    return V1Mapping.naarV1(gs, Trajectdocument.van(gs, Voorbeelden.PEILDATUM).orElseThrow().traject());
  }

  static EnvelopV1 envelop(PartijV1 van, PartijV1 naar, String type, String doel, String grond, UUID correlatie) {
    return new EnvelopV1(UUID.fromString("6e8bc430-9c3a-11d9-9669-0800200c9a66"), correlatie, van, naar, type, Schemasoort.VERSIE,
        OffsetDateTime.of(2026, 5, 1, 9, 30, 0, 0, ZoneOffset.ofHours(2)), doel, grond, "EERSTE");
  }

  /** Purpose and legal ground of the example message to each role. */
  static final Map<PartnerRol, String[]> DOEL = Map.of(
      PartnerRol.GEMEENTE, new String[] {"UITVOERING_WI", "art. 35 lid 4 Wi"},
      PartnerRol.DUO, new String[] {"UITVOERING_WI", "art. 34 lid 1 Wi"},
      PartnerRol.TAALAANBIEDER, new String[] {"INBURGERINGSAANBOD", "art. 35 lid 3 Wi"},
      PartnerRol.TAALSCHAKELINSTELLING, new String[] {"INBURGERINGSAANBOD", "art. 35 lid 3 Wi"},
      PartnerRol.BIBLIOTHEEK, new String[] {"NON_FORMEEL_LEREN", "art. 6 lid 1 onder a AVG (toestemming)"},
      PartnerRol.TAALHUIS, new String[] {"NON_FORMEEL_LEREN", "art. 6 lid 1 onder a AVG (toestemming)"},
      PartnerRol.VLUCHTELINGENWERK, new String[] {"MAATSCHAPPELIJKE_BEGELEIDING", "art. 13 lid 1 Wi"},
      PartnerRol.COA, new String[] {"OPVANG", "art. 10 Wi"},
      PartnerRol.WERKGEVER, new String[] {"PARTICIPATIE", "art. 6 lid 1 onder a AVG (toestemming)"},
      PartnerRol.WELZIJN, new String[] {"MAATSCHAPPELIJKE_BEGELEIDING", "art. 6 lid 1 onder a AVG (toestemming)"});

  static Map<String, Object> voorbeelden() {
    Map<String, Object> m = new LinkedHashMap<>();
    DossierV1 w = V1Mapping.naarV1(voorbeeld());
    PartijV1 gemeente = new PartijV1("GEMEENTE", "00000001002564440000", null, null);
    m.put("dossier/asielstatushouder-b1-route.json", w);
    m.put("dossierbericht/gemeente-aan-duo.json", new DossierBerichtV1(
        envelop(gemeente, new PartijV1("DUO", "00000001800866472000", null, null), "DOSSIER", "UITVOERING_WI",
            "art. 34 lid 1 Wi", null), w.metTraject(voorbeeldTrajectV1())));
    m.put("traject/asielstatushouder-b1-route.json", voorbeeldTrajectV1());
    m.put("pipbericht/gemeente-aan-taalaanbieder.json", new PipBerichtV1(
        envelop(gemeente, new PartijV1("TAALAANBIEDER", null, "12345678", null), "PIP", "INBURGERINGSAANBOD",
            "art. 16 lid 1 Wi", null), w.inburgeraar().bsn(), w.pip().versies().get(0)));
    Dossier fout = Voorbeelden.eerstePip(voorbeeld(), v -> v.pvtUren(null).map(null));
    m.put("rapportbericht/antwoord-met-fouten.json", new RapportBerichtV1(
        envelop(new PartijV1("DUO", "00000001800866472000", null, null), gemeente, "RAPPORT", "UITVOERING_WI",
            "art. 34 lid 1 Wi", UUID.fromString("6e8bc430-9c3a-11d9-9669-0800200c9a66")),
        InburgeringJson.rapport(Validator.standaard().validate(fout, Voorbeelden.PEILDATUM))));
    m.put("gebeurtenisbericht/duo-aan-gemeente-termijn-gestart.json", new io.github.inburgering.json.v1.GebeurtenisBerichtV1(
        envelop(new PartijV1("DUO", "00000001800866472000", null, null), gemeente, "GEBEURTENIS", "UITVOERING_WI",
            "art. 33 Wi", null),
        new io.github.inburgering.json.v1.GebeurtenisV1("SS102",
            OffsetDateTime.of(2024, 3, 15, 8, 0, 0, 0, ZoneOffset.UTC), w.inburgeraar().bsn(), null)));
    for (PartnerRol rol : PartnerRol.values()) {
      String[] doel = DOEL.get(rol);
      PartijV1 ontvanger = rol.isPubliek()
          ? new PartijV1(rol.code(), "0000000100" + String.format("%010d", rol.ordinal() + 1), null, null)
          : new PartijV1(rol.code(), null, String.format("%08d", 41_000_000 + rol.ordinal()), null);
      m.put("partnerbericht/" + rol.name().toLowerCase(java.util.Locale.ROOT) + ".json", Partnerview.bericht(
          envelop(gemeente, ontvanger, "DOSSIERVIEW", doel[0], doel[1], null), w, VOORBEELDSLEUTEL));
    }
    return m;
  }

  @Test
  void committedExamplesAreGeneratedAndValid() throws IOException {
    for (Map.Entry<String, Object> e : voorbeelden().entrySet()) {
      String verwacht = InburgeringJson.mapper().writer().withDefaultPrettyPrinter().writeValueAsString(e.getValue()) + "\n";
      Path bestand = MAP.resolve(e.getKey());
      if (Boolean.getBoolean("regenerate")) {
        Files.createDirectories(bestand.getParent());
        Files.writeString(bestand, verwacht, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(bestand, StandardCharsets.UTF_8)).as("%s is stale", e.getKey()).isEqualTo(verwacht);
    }
    JsonLezer lezer = JsonLezer.standaard();
    assertThat(lezer.leesDossier(Files.readAllBytes(MAP.resolve("dossier/asielstatushouder-b1-route.json")),
        Voorbeelden.PEILDATUM).isGeldig()).isTrue();
    Leesresultaat<Dossierbericht> bericht = lezer.leesDossierbericht(
        Files.readAllBytes(MAP.resolve("dossierbericht/gemeente-aan-duo.json")), Voorbeelden.PEILDATUM);
    assertThat(bericht.isGeldig()).as(bericht.report().toString()).isTrue();
    assertThat(bericht.document().orElseThrow().traject().orElseThrow().gebeurtenissen())
        .isEqualTo(voorbeeldTraject());
    Leesresultaat<Trajectdocument> traject = lezer.leesTraject(
        Files.readAllBytes(MAP.resolve("traject/asielstatushouder-b1-route.json")), Voorbeelden.PEILDATUM);
    assertThat(traject.isGeldig()).as(traject.report().toString()).isTrue();
    assertThat(traject.document().orElseThrow().traject().openVerplichtingen())
        .containsExactlyInAnyOrder(Verplichting.PVT, Verplichting.MAP, Verplichting.LEERROUTE);
    assertThat(lezer.leesWire(Files.readAllBytes(MAP.resolve("pipbericht/gemeente-aan-taalaanbieder.json")),
        Schemasoort.PIPBERICHT).isGeldig()).isTrue();
    for (PartnerRol rol : PartnerRol.values()) {
      assertThat(lezer.leesWire(Files.readAllBytes(MAP.resolve("partnerbericht/" + rol.name().toLowerCase(java.util.Locale.ROOT)
          + ".json")), Schemasoort.PARTNERBERICHT).isGeldig()).as(rol.code()).isTrue();
    }
    assertThat(lezer.leesGebeurtenisbericht(Files.readAllBytes(
        MAP.resolve("gebeurtenisbericht/duo-aan-gemeente-termijn-gestart.json"))).isGeldig()).isTrue();
    assertThat(lezer.leesWire(Files.readAllBytes(MAP.resolve("rapportbericht/antwoord-met-fouten.json")),
        Schemasoort.RAPPORTBERICHT).isGeldig()).isTrue();
  }
}
