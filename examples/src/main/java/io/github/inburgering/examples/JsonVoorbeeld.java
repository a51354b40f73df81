package io.github.inburgering.examples;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.PartnerRol;
import io.github.inburgering.json.InburgeringJson;
import io.github.inburgering.json.InburgeringModule;
import io.github.inburgering.json.JsonLezer;
import io.github.inburgering.json.Leesresultaat;
import io.github.inburgering.json.Partnerview;
import io.github.inburgering.json.v1.V1Mapping;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the example dossier as JSON, reads it back through the safe reader, reads a broken copy,
 * and prints the view a bibliotheek receives. Also a smoke test of the modules on a real module
 * path: the Jackson module is found through {@code ServiceLoader}.
 */
public final class JsonVoorbeeld {
  private JsonVoorbeeld() {}

  /** Runs the example. */
  public static void main(String[] args) {
    LocalDate peildatum = LocalDate.of(2026, 5, 1);
    Dossier dossier = PipVoorbeeld.geldigDossier();
    byte[] json = InburgeringJson.schrijf(dossier);
    System.out.println("JSON: " + json.length + " bytes");

    JsonMapper gevonden = JsonMapper.builder().findAndAddModules().build();
    boolean viaServiceLoader = gevonden.registeredModules().stream().anyMatch(m -> m instanceof InburgeringModule);
    System.out.println("module via ServiceLoader: " + viaServiceLoader);

    Leesresultaat<Dossier> goed = JsonLezer.standaard().leesDossier(json, peildatum);
    System.out.println("gelezen: geldig=" + goed.isGeldig() + ", gelijk=" + goed.document().map(dossier::equals).orElse(false));

    String kapot = new String(json, StandardCharsets.UTF_8).replace("\"leerroute\":\"B\"", "\"leerroute\":\"X\"");
    Leesresultaat<Dossier> fout = JsonLezer.standaard().leesDossier(kapot.getBytes(StandardCharsets.UTF_8), peildatum);
    fout.report().findings().forEach(f -> System.out.println("bevinding: " + f.code() + " " + f.pointer() + " " + f.message()));

    byte[] sleutel = "sleutel-voor-de-bibliotheek-minstens-32-bytes".getBytes(StandardCharsets.US_ASCII);
    System.out.println("view bibliotheek: " + Partnerview.view(V1Mapping.naarV1(dossier), PartnerRol.BIBLIOTHEEK, sleutel));
  }
}
