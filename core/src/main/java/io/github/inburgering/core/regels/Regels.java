package io.github.inburgering.core.regels;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule catalogue: every rule of the library, in code order. The catalogue is data; {@code
 * docs/rules.md} is generated from it.
 *
 * <p>Rules change by law: {@link #geldendOp(LocalDate)} returns the rules in force on a date. The
 * catalogue covers the base texts in force from 2022-01-01 and the changes of 2023-01-01 (the
 * optional KNM exam in the Z-route, art. 3.14(7) BI; the niet-vrijstellende opleiding as a ground
 * for verlenging, art. 4.3(2) BI and 4.2 RI; the ontheffing from the leerbaarheidstoets, art. 14(6)
 * Wi).
 */
public final class Regels {
  /** The language of the law and the default language of messages. */
  public static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

  /** The day the Wet inburgering 2021 entered into force (Stb. 2021, 586). */
  public static final LocalDate INWERKINGTREDING = LocalDate.of(2022, 1, 1);

  /** The day the amendments of Stb. 2022, 489 and Stcrt. 2022, 33825 apply from. */
  public static final LocalDate WIJZIGING_2023 = LocalDate.of(2023, 1, 1);

  private static final Map<String, Regel> PER_CODE = index(Catalogus.regels());

  private Regels() {}

  private static Map<String, Regel> index(List<Regel> regels) {
    Map<String, Regel> m = new LinkedHashMap<>();
    for (Regel r : regels) {
      if (m.put(r.code(), r) != null) {
        throw new IllegalStateException("duplicate rule code " + r.code());
      }
      if (!Meldingen.heeft(r.code(), NEDERLANDS) || !Meldingen.heeft(r.code(), Locale.ENGLISH)) {
        throw new IllegalStateException("rule " + r.code() + " lacks a message");
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Returns every rule, in code order. */
  public static List<Regel> alle() {
    return List.copyOf(PER_CODE.values());
  }

  /** Returns the rules in force on {@code datum}, in code order. */
  public static List<Regel> geldendOp(LocalDate datum) {
    Objects.requireNonNull(datum, "datum");
    return PER_CODE.values().stream().filter(r -> r.geldtOp(datum)).toList();
  }

  /** Returns the rule with {@code code}, if there is one. */
  public static Optional<Regel> zoek(String code) {
    return Optional.ofNullable(PER_CODE.get(code));
  }

  /**
   * Returns the rule with {@code code}.
   *
   * @throws InburgeringException with reason {@code UNKNOWN_CODE} if there is none
   */
  public static Regel get(String code) {
    Regel r = PER_CODE.get(code);
    if (r == null) {
      throw new InburgeringException(Reason.UNKNOWN_CODE, "Regel", "no rule with this code");
    }
    return r;
  }
}
