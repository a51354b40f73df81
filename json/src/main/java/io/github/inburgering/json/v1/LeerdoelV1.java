package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Leerdomein;
import io.github.inburgering.core.model.VimeLeervorm;
import io.github.inburgering.core.model.Vrijwilligersrol;

/**
 * A learning goal.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param omschrijving the goal (required)
 * @param leerdomein LD1-LD8 (required)
 * @param leervorm VIME learning mode (required)
 * @param partner providing partner
 * @param vrijwilligersrol volunteer role
 */
public record LeerdoelV1(
    @JsonProperty(value = "omschrijving", required = true) String omschrijving,
    @JsonProperty(value = "leerdomein", required = true) @Codes(Leerdomein.class) String leerdomein,
    @JsonProperty(value = "leervorm", required = true) @Codes(VimeLeervorm.class) String leervorm,
    @JsonProperty("partner") PartnerV1 partner,
    @JsonProperty("vrijwilligersrol") @Codes(Vrijwilligersrol.class) String vrijwilligersrol) {}
