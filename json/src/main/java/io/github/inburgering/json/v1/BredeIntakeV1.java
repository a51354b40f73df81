package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Leerroute;
import java.time.LocalDate;

/**
 * The brede intake.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param startdatum first intake talk (required)
 * @param afgerond completion
 * @param leerbaarheidstoets test result or ontheffing
 * @param opleidingEnWerkervaring education and work
 * @param persoonlijkeOmstandigheden personal circumstances
 * @param geadviseerdeLeerroute advised route
 * @param nt2UrenTijdensIntake NT2 hours during the intake
 */
public record BredeIntakeV1(
    @JsonProperty(value = "startdatum", required = true) LocalDate startdatum,
    @JsonProperty("afgerond") LocalDate afgerond,
    @JsonProperty("leerbaarheidstoets") LeerbaarheidstoetsV1 leerbaarheidstoets,
    @JsonProperty("opleidingEnWerkervaring") OpleidingEnWerkervaringV1 opleidingEnWerkervaring,
    @JsonProperty("persoonlijkeOmstandigheden") PersoonlijkeOmstandighedenV1 persoonlijkeOmstandigheden,
    @JsonProperty("geadviseerdeLeerroute") @Codes(Leerroute.class) String geadviseerdeLeerroute,
    @JsonProperty("nt2UrenTijdensIntake") Integer nt2UrenTijdensIntake) {}
