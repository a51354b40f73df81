package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.RedenVrijstelling;
import java.time.LocalDate;

/**
 * A vrijstelling; {@code vorm} says which of DUO's three forms.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param vorm GEHEEL, TIJDELIJK or GEDEELTELIJK (required)
 * @param reden ground (required)
 * @param oordeel DUO's decision (required)
 * @param datumOordeel date of the decision (required)
 * @param periode the period of a tijdelijke vrijstelling
 * @param onderdeel the exam part of a gedeeltelijke vrijstelling
 * @param niveau the level of a gedeeltelijke vrijstelling
 */
public record VrijstellingV1(
    @JsonProperty(value = "vorm", required = true) @Codes(VrijstellingVorm.class) String vorm,
    @JsonProperty(value = "reden", required = true) @Codes(RedenVrijstelling.class) String reden,
    @JsonProperty(value = "oordeel", required = true) @Codes(Oordeel.class) String oordeel,
    @JsonProperty(value = "datumOordeel", required = true) LocalDate datumOordeel,
    @JsonProperty("periode") PeriodeV1 periode,
    @JsonProperty("onderdeel") @Codes(Examenonderdeel.class) String onderdeel,
    @JsonProperty("niveau") @Codes(NiveauPip.class) String niveau) {}
