package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.LeerbaarheidstoetsOntheffingsgrond;
import io.github.inburgering.core.model.LeerbaarheidstoetsUitkomst;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The leerbaarheidstoets: {@code AFGENOMEN} with its result, or {@code ONTHEFFING}.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param soort AFGENOMEN or ONTHEFFING (required)
 * @param uitkomst outcome of a taken test
 * @param behaaldeScore score obtained
 * @param benodigdeScore threshold score
 * @param datumAfname date the result was registered
 * @param ontheffingsgrond ground of the college's ontheffing
 * @param datum date of the ontheffing
 */
public record LeerbaarheidstoetsV1(
    @JsonProperty(value = "soort", required = true) @Codes(LeerbaarheidstoetsSoort.class) String soort,
    @JsonProperty("uitkomst") @Codes(LeerbaarheidstoetsUitkomst.class) String uitkomst,
    @JsonProperty("behaaldeScore") BigDecimal behaaldeScore,
    @JsonProperty("benodigdeScore") BigDecimal benodigdeScore,
    @JsonProperty("datumAfname") LocalDate datumAfname,
    @JsonProperty("ontheffingsgrond") @Codes(LeerbaarheidstoetsOntheffingsgrond.class) String ontheffingsgrond,
    @JsonProperty("datum") LocalDate datum) {}
