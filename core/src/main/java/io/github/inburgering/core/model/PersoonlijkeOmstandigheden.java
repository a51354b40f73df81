package io.github.inburgering.core.model;

import io.github.inburgering.core.internal.Checks;
import java.util.Optional;

/**
 * The exploration of personal circumstances, including physical and mental health (art. 14(3)(c)
 * Wi). Health data is a special category of personal data (art. 9 AVG): it is kept in its own
 * component so that partner views can drop it, and {@link #toString()} never shows it.
 *
 * @param gezondheid findings on physical and mental health, if any were recorded
 * @param overig other circumstances relevant for maatwerk (care duties, housing, finances)
 * @param individueelGesprekAangeboden whether the college pointed out the right to talk without
 *     anyone else present (art. 5.2(2) BI)
 */
public record PersoonlijkeOmstandigheden(
    Optional<String> gezondheid, Optional<String> overig, boolean individueelGesprekAangeboden) {
  /** Rejects missing components. */
  public PersoonlijkeOmstandigheden {
    Checks.required(gezondheid, "PersoonlijkeOmstandigheden.gezondheid");
    Checks.required(overig, "PersoonlijkeOmstandigheden.overig");
  }

  /** Never shows the recorded texts. */
  @Override
  public String toString() {
    return "PersoonlijkeOmstandigheden[gezondheid="
        + (gezondheid.isPresent() ? "<vastgelegd>" : "<leeg>")
        + ", overig="
        + (overig.isPresent() ? "<vastgelegd>" : "<leeg>")
        + ", individueelGesprekAangeboden="
        + individueelGesprekAangeboden
        + "]";
  }
}
