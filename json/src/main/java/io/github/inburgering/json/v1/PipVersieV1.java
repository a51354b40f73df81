package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Alfabetiseringsonderwijs;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Financiering;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.MaatschappelijkeBegeleidingThema;
import io.github.inburgering.core.model.NiveauPip;
import io.github.inburgering.core.model.RedenWijziging;
import java.time.LocalDate;
import java.util.List;

/**
 * One adopted PIP version.
 *
 * <p>Part of the versioned wire model {@code v1}: plain values as exchanged, mapped to and from the
 * domain model by {@link V1Mapping}. Codes are strings so that an unknown code is reported with the
 * allowed codes instead of failing the read.
 *
 * @param dagtekening date of the decision (required)
 * @param gemeente gemeentecode of the college (required)
 * @param leerroute B, O or Z (required)
 * @param niveau A2 or B1
 * @param a2Onderdelen language parts at A2
 * @param geschatteIntensiteitB1Route estimated hours, 1-9999
 * @param indicatorMagOpleidingAfmaken may finish a non-exempting education first
 * @param alfabetiseringsonderwijs A, AA or NVT
 * @param begeleidingEnOndersteuning support and guidance
 * @param pvtUren PVT intensity in hours
 * @param map MAP intensity or not applicable
 * @param vveAfspraken VVE agreements
 * @param ontzorgen ontzorgen period
 * @param maatschappelijkeBegeleiding planned themes
 * @param leerdoelen learning goals
 * @param voortgangsgesprekken number of progress talks (required)
 * @param zrouteExamens optional Z-route exams
 * @param financiering how the route is paid
 * @param redenWijziging why this version replaced the previous
 * @param bijzonderGeval reasons for a bijzonder geval
 */
public record PipVersieV1(
    @JsonProperty(value = "dagtekening", required = true) LocalDate dagtekening,
    @JsonProperty(value = "gemeente", required = true) @Patroon("^[0-9]{4}$") String gemeente,
    @JsonProperty(value = "leerroute", required = true) @Codes(Leerroute.class) String leerroute,
    @JsonProperty("niveau") @Codes(NiveauPip.class) String niveau,
    @JsonProperty("a2Onderdelen") List<@Codes(Examenonderdeel.class) String> a2Onderdelen,
    @JsonProperty("geschatteIntensiteitB1Route") Integer geschatteIntensiteitB1Route,
    @JsonProperty("indicatorMagOpleidingAfmaken") Boolean indicatorMagOpleidingAfmaken,
    @JsonProperty("alfabetiseringsonderwijs") @Codes(Alfabetiseringsonderwijs.class) String alfabetiseringsonderwijs,
    @JsonProperty("begeleidingEnOndersteuning") String begeleidingEnOndersteuning,
    @JsonProperty("pvtUren") Integer pvtUren,
    @JsonProperty("map") MapAfspraakV1 map,
    @JsonProperty("vveAfspraken") String vveAfspraken,
    @JsonProperty("ontzorgen") PeriodeV1 ontzorgen,
    @JsonProperty("maatschappelijkeBegeleiding") List<@Codes(MaatschappelijkeBegeleidingThema.class) String> maatschappelijkeBegeleiding,
    @JsonProperty("leerdoelen") List<LeerdoelV1> leerdoelen,
    @JsonProperty(value = "voortgangsgesprekken", required = true) Integer voortgangsgesprekken,
    @JsonProperty("zrouteExamens") List<@Codes(Examenonderdeel.class) String> zrouteExamens,
    @JsonProperty("financiering") @Codes(Financiering.class) String financiering,
    @JsonProperty("redenWijziging") @Codes(RedenWijziging.class) String redenWijziging,
    @JsonProperty("bijzonderGeval") String bijzonderGeval) {}
