package io.github.inburgering.core.traject;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Regels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One row of the transition table tests: a traject, an event, and what {@link Transities#toepassen}
 * must answer: refused with exactly these codes (and pointers), or accepted into a phase with exactly
 * these effects (in order) and warnings. {@link #toets()} also checks purity and that every message
 * renders in Dutch and English without a leftover placeholder.
 */
final class Geval {
  private final String naam;
  private final Traject start;
  private final Gebeurtenis gebeurtenis;
  private LocalDate peil = Trajecten.PEIL;
  private boolean aanvaard;
  private Fase naar;
  private List<String> effecten = List.of();
  private Set<String> codes = Set.of();
  private final Map<String, String> pointers = new LinkedHashMap<>();
  private final List<Consumer<Uitkomst>> extra = new ArrayList<>();

  private Geval(String naam, Traject start, Gebeurtenis gebeurtenis) {
    this.naam = naam;
    this.start = start;
    this.gebeurtenis = gebeurtenis;
  }

  static Geval geval(String naam, Traject start, Gebeurtenis gebeurtenis) {
    return new Geval(naam, start, gebeurtenis);
  }

  Geval peil(LocalDate datum) {
    this.peil = datum;
    return this;
  }

  /** Accepted into {@code fase} with exactly {@code effectcodes}, in this order. */
  Geval aanvaardt(Fase fase, String... effectcodes) {
    this.aanvaard = true;
    this.naar = fase;
    this.effecten = List.of(effectcodes);
    return this;
  }

  /** Refused with exactly {@code foutcodes} in the report. */
  Geval weigert(String... foutcodes) {
    this.aanvaard = false;
    this.codes = new TreeSet<>(Arrays.asList(foutcodes));
    return this;
  }

  /** The accepted event's report holds exactly these (warning) codes. */
  Geval meldt(String... waarschuwingen) {
    this.codes = new TreeSet<>(Arrays.asList(waarschuwingen));
    return this;
  }

  /** The finding of {@code code} points at {@code pointer}. */
  Geval op(String code, String pointer) {
    pointers.put(code, pointer);
    return this;
  }

  /** The first effect with {@code code} has exactly {@code args}. */
  Geval args(String code, Object... args) {
    return en(u -> assertThat(effect(u, code).args()).as("args of %s", code)
        .containsExactly(args));
  }

  Geval en(Consumer<Uitkomst> controle) {
    extra.add(controle);
    return this;
  }

  static Effect effect(Uitkomst u, String code) {
    return ((Uitkomst.Aanvaard) u).effecten().stream().filter(e -> e.code().equals(code))
        .findFirst().orElseThrow(() -> new AssertionError("no effect " + code));
  }

  /** Returns every rule code this case shows: the findings and the effects. */
  Set<String> codes() {
    Set<String> s = new LinkedHashSet<>(codes);
    s.addAll(effecten);
    return s;
  }

  /** Returns the transition an accepted case makes. */
  Optional<Overgang> overgang() {
    return aanvaard ? Optional.of(new Overgang(start.fase(), gebeurtenis.soort(), naar))
        : Optional.empty();
  }

  /** Returns whether the case uses the common peildatum of {@link Trajecten#PEIL}. */
  boolean peilIsStandaard() {
    return peil.equals(Trajecten.PEIL);
  }

  boolean isAanvaard() {
    return aanvaard;
  }

  Traject start() {
    return start;
  }

  Gebeurtenis gebeurtenis() {
    return gebeurtenis;
  }

  void toets() {
    Uitkomst u = Transities.toepassen(start, gebeurtenis, peil);
    assertThat(Transities.toepassen(start, gebeurtenis, peil)).as("pure").isEqualTo(u);
    String context = naam + ": " + u.report() + " effecten " + effecten(u);
    if (aanvaard) {
      assertThat(u).as(context).isInstanceOf(Uitkomst.Aanvaard.class);
      assertThat(u.traject().fase()).as(context).isEqualTo(naar);
      assertThat(effecten(u)).as(context).containsExactlyElementsOf(effecten);
      assertThat(u.traject().laatsteGebeurtenis()).contains(gebeurtenis.datum());
    } else {
      assertThat(u).as(context).isInstanceOf(Uitkomst.Geweigerd.class);
      assertThat(u.traject()).as("a refusal leaves the traject unchanged").isEqualTo(start);
    }
    assertThat(u.report().codes()).as(context).containsExactlyElementsOf(codes);
    pointers.forEach((code, pointer) -> assertThat(u.report().findings().stream()
        .filter(f -> f.code().equals(code)).map(f -> f.pointer().toString()))
        .as("pointer of %s", code).contains(pointer));
    Uitkomst en = Transities.toepassen(start, gebeurtenis, peil, Locale.ENGLISH);
    assertThat(en.report().codes()).isEqualTo(u.report().codes());
    zonderPlaatshouders(u);
    zonderPlaatshouders(en);
    extra.forEach(c -> c.accept(u));
  }

  private static List<String> effecten(Uitkomst u) {
    return u instanceof Uitkomst.Aanvaard a
        ? a.effecten().stream().map(Effect::code).toList() : List.of();
  }

  private static void zonderPlaatshouders(Uitkomst u) {
    for (Finding f : u.report().findings()) {
      assertThat(f.message()).as("message of %s", f.code()).doesNotContain("{", "}").isNotBlank();
    }
    if (u instanceof Uitkomst.Aanvaard a) {
      for (Effect e : a.effecten()) {
        assertThat(e.tekst(Regels.NEDERLANDS)).as("nl text of %s", e.code())
            .doesNotContain("{", "}");
        assertThat(e.tekst(Locale.ENGLISH)).as("en text of %s", e.code())
            .doesNotContain("{", "}");
      }
    }
  }

  @Override
  public String toString() {
    return naam;
  }
}
