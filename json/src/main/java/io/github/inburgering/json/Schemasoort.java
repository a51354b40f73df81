package io.github.inburgering.json;

import io.github.inburgering.json.v1.DossierBerichtV1;
import io.github.inburgering.json.v1.DossierV1;
import io.github.inburgering.json.v1.GebeurtenisBerichtV1;
import io.github.inburgering.json.v1.PartnerBerichtV1;
import io.github.inburgering.json.v1.PipBerichtV1;
import io.github.inburgering.json.v1.TrajectV1;
import io.github.inburgering.json.v1.RapportBerichtV1;

/**
 * The documents of the exchange format, each with its wire type and its JSON Schema (draft 2020-12),
 * committed under {@code io/github/inburgering/json/schema/v1/} and identified by a stable {@code $id}.
 */
public enum Schemasoort {
  /** A dossier on its own. */
  DOSSIER("dossier", DossierV1.class),
  /** A message carrying a dossier. */
  DOSSIERBERICHT("dossierbericht", DossierBerichtV1.class),
  /** A message carrying one PIP version. */
  PIPBERICHT("pipbericht", PipBerichtV1.class),
  /** A reply carrying a validation report. */
  RAPPORTBERICHT("rapportbericht", RapportBerichtV1.class),
  /** A message announcing an event (a DUO gebeurtenis). */
  GEBEURTENISBERICHT("gebeurtenisbericht", GebeurtenisBerichtV1.class),
  /** A message carrying a partner's view of a dossier, checked against the receiver's view schema. */
  PARTNERBERICHT("partnerbericht", PartnerBerichtV1.class),
  /** The lifecycle of one inburgeringsplicht: its events and stand. */
  TRAJECT("traject", TrajectV1.class);

  /** The version of the exchange format these schemas describe. */
  public static final String VERSIE = "1.1.0";

  /** The base of every schema's {@code $id}. */
  public static final String BASIS_ID = "https://inburgering.github.io/schema/v1/";

  private final String naam;
  private final Class<?> wireType;

  Schemasoort(String naam, Class<?> wireType) {
    this.naam = naam;
    this.wireType = wireType;
  }

  /** Returns the short name, such as {@code dossier}. */
  public String naam() {
    return naam;
  }

  /** Returns the wire record the schema describes. */
  public Class<?> wireType() {
    return wireType;
  }

  /** Returns the schema's {@code $id}. */
  public String id() {
    return BASIS_ID + naam + ".schema.json";
  }

  /** Returns the class-path resource of the schema. */
  public String resource() {
    return "/io/github/inburgering/json/schema/v1/" + naam + ".schema.json";
  }
}
