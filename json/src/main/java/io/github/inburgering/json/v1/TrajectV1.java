package io.github.inburgering.json.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The lifecycle of one inburgeringsplicht: its events in date order, and the stand they lead to.
 * The events are the source of truth; the reader replays them through the core's lifecycle
 * ({@code Transities.afspelen}) with the rules in force on each event's date.
 *
 * @param gebeurtenissen the events, oldest first (required)
 * @param stand the derived state; checked against the replay when present
 */
public record TrajectV1(
    @JsonProperty(value = "gebeurtenissen", required = true) List<TrajectgebeurtenisV1> gebeurtenissen,
    @JsonProperty("stand") TrajectstandV1 stand) {}
