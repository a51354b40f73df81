package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Examenuitslag;
import io.github.inburgering.core.model.Taalniveau;
import java.time.LocalDate;

/**
 * An exam result.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param onderdeel exam part (required)
 * @param niveau level of a language part
 * @param datum exam date (required)
 * @param uitslag result (required)
 */
public record ExamenresultaatV1(
    @JsonProperty(value = "onderdeel", required = true) @Codes(Examenonderdeel.class) String onderdeel,
    @JsonProperty("niveau") @Codes(Taalniveau.class) String niveau,
    @JsonProperty(value = "datum", required = true) LocalDate datum,
    @JsonProperty(value = "uitslag", required = true) @Codes(Examenuitslag.class) String uitslag) {}
