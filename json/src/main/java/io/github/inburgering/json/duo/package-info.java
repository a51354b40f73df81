/**
 * DUO's M2M exchange with gemeenten ("Inburgeringsketen M2M gegevensuitwisseling DUO en Gemeente"):
 * wire records with DUO's property names for the PIP, MAP/PVT/Z-route, Inburgeringsplicht,
 * Inburgeringstermijn, Vrijstelling, Ontheffing, Examen and Leerbaarheidstoets APIs; {@link
 * io.github.inburgering.json.duo.DuoJson} reads and writes their JSON, {@link
 * io.github.inburgering.json.duo.DuoMapping} maps them to and from the domain model and {@link
 * io.github.inburgering.json.duo.DuoPreflight} checks a message against DUO's acceptance rules before
 * it is sent.
 *
 * <p>The field-by-field mapping, and what is not mapped, is described in {@code docs/duo-mapping.md}.
 */
package io.github.inburgering.json.duo;
