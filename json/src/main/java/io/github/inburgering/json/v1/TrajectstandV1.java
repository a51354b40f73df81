package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.traject.Fase;
import io.github.inburgering.core.traject.Verplichting;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of a traject after its events, written for receivers that do not replay the history.
 * It is derived: a reader replays the events and reports a stand that differs ({@code JS-005}).
 *
 * @param fase the phase (required)
 * @param sinds the date the phase began; absent before the plicht
 * @param leerroute the leerroute of the current PIP
 * @param termijnStart the first day of the termijn
 * @param einddatum the last day of the termijn that applies now
 * @param uitersteSchakeldatum the last day the leerroute may change (art. 5.4(1) BI)
 * @param uiterstePipDatum the last day for the (next) PIP
 * @param open the parts of the plicht still open
 * @param boetesInCenten the total of the fines imposed, in euro cents
 */
public record TrajectstandV1(
    @JsonProperty(value = "fase", required = true) @Codes(Fase.class) String fase,
    @JsonProperty("sinds") LocalDate sinds,
    @JsonProperty("leerroute") @Codes(Leerroute.class) String leerroute,
    @JsonProperty("termijnStart") LocalDate termijnStart,
    @JsonProperty("einddatum") LocalDate einddatum,
    @JsonProperty("uitersteSchakeldatum") LocalDate uitersteSchakeldatum,
    @JsonProperty("uiterstePipDatum") LocalDate uiterstePipDatum,
    @JsonProperty("open") List<@Codes(Verplichting.class) String> open,
    @JsonProperty("boetesInCenten") Integer boetesInCenten) {}
