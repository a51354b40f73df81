package io.github.inburgering.core.traject;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.model.Doelgroep;
import io.github.inburgering.core.model.Examenonderdeel;
import io.github.inburgering.core.model.Leerroute;
import io.github.inburgering.core.model.Oordeel;
import io.github.inburgering.core.model.Ontheffing;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.RedenVrijstelling;
import io.github.inburgering.core.model.Taalniveau;
import io.github.inburgering.core.model.Verhuizing;
import io.github.inburgering.core.model.Verlenging;
import io.github.inburgering.core.model.Verlengingsgrond;
import io.github.inburgering.core.model.Vrijstelling;
import io.github.inburgering.core.regels.Regel;
import io.github.inburgering.core.regels.Regels;
import io.github.inburgering.core.regels.Severity;
import io.github.inburgering.core.regels.SourceGrade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/lifecycle.md} is generated from the transition table, the event kinds, the rule
 * catalogue and the source of this package. This test fails when the committed file differs;
 * regenerate with {@code mvn -pl core test -Dtest=LevenscyclusDocumentTest -Dregenerate=true}.
 *
 * <p>The document's Java example is the code of {@link #voorbeeld()}, which the test runs; the
 * mapping to section S.3 of the rule reference is data in this class and is checked against the
 * transition table.
 */
class LevenscyclusDocumentTest {
  private static final Path DOC = Path.of("..", "docs", "lifecycle.md");
  private static final Path BRON = Path.of("src", "main", "java", "io", "github", "inburgering",
      "core", "traject");
  private static final Path DEZE = Path.of("src", "test", "java", "io", "github", "inburgering",
      "core", "traject", "LevenscyclusDocumentTest.java");
  private static final Pattern CODE = Pattern.compile("\"([A-Z]{2,3}-\\d{3})\"");
  private static final Pattern CODE_IN_TEKST = Pattern.compile("\\b([A-Z]{2,3}-\\d{3})\\b");

  /** What the example returns, for the assertions and for the document. */
  record Voorbeeld(Uitkomst start, Uitkomst schakelen, String uitleg) {}

  /** The example of docs/lifecycle.md; the document shows the lines between the markers. */
  static Voorbeeld voorbeeld() {
    // DOC-BEGIN
    LocalDate peildatum = LocalDate.of(2025, 12, 1);
    Uitkomst start = Transities.afspelen(List.of(
        new Gebeurtenis.PlichtOntstaan(
            LocalDate.of(2022, 2, 14), Doelgroep.ASIELSTATUSHOUDER, LocalDate.of(2022, 3, 1)),
        new Gebeurtenis.BredeIntakeGestart(LocalDate.of(2022, 3, 21)),
        Gebeurtenis.PipVastgesteld.of(LocalDate.of(2022, 5, 9), Leerroute.B1_ROUTE)),
        peildatum);
    Traject traject = start.traject();          // in traject, termijn 2022-05-10 to 2025-05-09

    Gebeurtenis schakelen =
        Gebeurtenis.LeerrouteGewijzigd.naar(LocalDate.of(2024, 2, 1), Leerroute.Z_ROUTE);
    Uitkomst uitkomst = Transities.toepassen(traject, schakelen, peildatum);
    uitkomst.isAanvaard();                      // false: more than 1.5 years into the termijn
    uitkomst.report().codes();                  // [PIP-023]
    uitkomst.traject();                         // the same traject: a refusal changes nothing
    String uitleg = Transities.verklaar(traject, schakelen, peildatum, Locale.ENGLISH);
    // DOC-END
    return new Voorbeeld(start, uitkomst, uitleg);
  }

  /** One row of section S.3 of the rule reference, mapped to event kinds. */
  record S3(String nr, String wet, List<Gebeurtenissoort> soorten, List<Overgang> overgangen,
      String toelichting) {}

  private static Overgang o(Fase van, Gebeurtenissoort soort, Fase naar) {
    return new Overgang(van, soort, naar);
  }

  /** Section S.3 of the rule reference (and S.1 for the doelgroep), as the library implements it. */
  static List<S3> s3() {
    Fase nietPlichtig = Fase.NIET_PLICHTIG;
    Fase gemeld = Fase.GEMELD;
    Fase tv = Fase.TIJDELIJK_VRIJGESTELD;
    Fase intake = Fase.BREDE_INTAKE;
    Fase traject = Fase.IN_TRAJECT;
    Fase verstreken = Fase.TERMIJN_VERSTREKEN;
    Gebeurtenissoort[] afronding = {Gebeurtenissoort.EXAMENUITSLAG, Gebeurtenissoort.PVT_AFGEROND,
        Gebeurtenissoort.MAP_AFGEROND, Gebeurtenissoort.UREN_GEVOLGD,
        Gebeurtenissoort.TAALSCHAKELTRAJECT_AFGEROND, Gebeurtenissoort.EINDGESPREK_GEVOERD};
    return List.of(
        new S3("T1", "start → GEMELD / NIET_PLICHTIG", List.of(Gebeurtenissoort.PLICHT_ONTSTAAN),
            List.of(o(nietPlichtig, Gebeurtenissoort.PLICHT_ONTSTAAN, gemeld)),
            "`NIET_PLICHTIG` is the state of `Traject.nieuw()`; no event records that DUO found no"
                + " plicht. ST-005 refuses a plicht from before 2022-01-01 (Wet inburgering 2013)."
                + " PV-001 sets the last day for the PIP: kennisgeving + 10 weeks."),
        new S3("T2", "GEMELD / IN_TRAJECT ↔ TIJDELIJK_VRIJGESTELD",
            List.of(Gebeurtenissoort.TIJDELIJKE_VRIJSTELLING, Gebeurtenissoort.PLICHT_HERVAT),
            List.of(o(gemeld, Gebeurtenissoort.TIJDELIJKE_VRIJSTELLING, tv),
                o(traject, Gebeurtenissoort.TIJDELIJKE_VRIJSTELLING, tv),
                o(tv, Gebeurtenissoort.PLICHT_HERVAT, gemeld),
                o(tv, Gebeurtenissoort.PLICHT_HERVAT, traject)),
            "Also allowed from `BREDE_INTAKE` and `TERMIJN_VERSTREKEN` (TV-001). Without a PIP the"
                + " plicht resumes in `GEMELD` with a new 10-week term (SS129, PV-001); with one it"
                + " resumes in `IN_TRAJECT`, or `TERMIJN_VERSTREKEN` when the termijn has passed"
                + " (SS130). TV-002 checks SS129/SS130 against the traject; TV-003 (UNCERTAIN) adds"
                + " the days of suspension to the termijn."),
        new S3("T3", "any non-terminal → VRIJGESTELD", List.of(Gebeurtenissoort.VRIJSTELLING),
            List.of(o(gemeld, Gebeurtenissoort.VRIJSTELLING, Fase.VRIJGESTELD),
                o(traject, Gebeurtenissoort.VRIJSTELLING, Fase.VRIJGESTELD)),
            "From every non-terminal state but `NIET_PLICHTIG`. A whole vrijstelling (SS107) ends"
                + " the plicht (EI-002). A partial one (SS117) keeps the"
                + " phase and counts as a passed part (VR-004), so it may complete the plicht"
                + " (`VOLDAAN`). The grounds themselves are DUO's decision and are checked on the"
                + " dossier, not here."),
        new S3("T4", "GEMELD → BREDE_INTAKE",
            List.of(Gebeurtenissoort.BREDE_INTAKE_GESTART, Gebeurtenissoort.INTAKE_VERZUIM),
            List.of(o(gemeld, Gebeurtenissoort.BREDE_INTAKE_GESTART, intake),
                o(intake, Gebeurtenissoort.INTAKE_VERZUIM, intake)),
            "IN-001 records the call. The ladder of misses: IN-003 warning and new call, IN-004"
                + " €250 and a new term of at most two months, IN-005 another €250 and IN-007"
                + " completion in absence; IN-002 refuses a fourth miss, IN-006 drops the fine"
                + " without culpability or after a reduction of bijstand."),
        new S3("T5", "BREDE_INTAKE → IN_TRAJECT", List.of(Gebeurtenissoort.PIP_VASTGESTELD),
            List.of(o(intake, Gebeurtenissoort.PIP_VASTGESTELD, traject)),
            "PV-002 starts the termijn the day after the dagtekening. PIP-004, PIP-005 and PIP-006"
                + " check the level; PIP-011 warns about a PIP after the 10 weeks. The content of"
                + " the PIP is checked on the dossier by the `Validator`."),
        new S3("T6", "leerroute X → Y (schakelen)", List.of(Gebeurtenissoort.LEERROUTE_GEWIJZIGD),
            List.of(o(traject, Gebeurtenissoort.LEERROUTE_GEWIJZIGD, traject)),
            "PIP-023 bounds the change to 1.5 years after the start of the termijn, except"
                + " onderwijsroute → B1-route, after a niet-vrijstellende opleiding (SW-002) or in"
                + " a bijzonder geval; SW-004 names the exception used. SW-001 refuses the same"
                + " route; SW-003 keeps hours, exams and the termijn start. PM-012 and PM-013"
                + " (UNCERTAIN) follow the MAP as the taalschakeltraject starts or stops. Also"
                + " after the termijn (`TERMIJN_VERSTREKEN`), where in practice only the exceptions"
                + " pass: onderwijsroute → B1-route \"gedurende het gehele inburgeringstraject\"."),
        new S3("T7", "B1 → A2 (afschalen)", List.of(Gebeurtenissoort.AFGESCHAALD),
            List.of(o(traject, Gebeurtenissoort.AFGESCHAALD, traject)),
            "PIP-025 (B1-route only), PIP-024 (600 NT2 hours, intake hours counting) and AF-001"
                + " (only parts still at B1); no time limit (AF-002), so also after the termijn."
                + " \"Not on the first PIP\" is"
                + " PIP-006 on `PipVastgesteld`. Whether B1 is attainable and the effort sufficient"
                + " is the college's judgment and is not checked."),
        new S3("T8", "IN_TRAJECT → IN_TRAJECT (move)",
            List.of(Gebeurtenissoort.VERHUISD, Gebeurtenissoort.PIP_VASTGESTELD),
            List.of(o(traject, Gebeurtenissoort.VERHUISD, traject),
                o(traject, Gebeurtenissoort.PIP_VASTGESTELD, traject),
                o(intake, Gebeurtenissoort.VERHUISD, gemeld)),
            "Two events: DUO signals the move (VZ-001, VZ-002: a PIP within 10 weeks of"
                + " registration), then the new college adopts the PIP (PV-003, PIP-013 same"
                + " leerroute, PIP-012 on time, VZ-003 termijn start kept). A move during the brede"
                + " intake returns the traject to `GEMELD`."),
        new S3("T9", "verlenging", List.of(Gebeurtenissoort.VERLENGING_AANGEVRAAGD,
                Gebeurtenissoort.VERLENGING_AFGEWEZEN, Gebeurtenissoort.TERMIJN_VERLENGD),
            List.of(o(traject, Gebeurtenissoort.VERLENGING_AANGEVRAAGD, traject),
                o(traject, Gebeurtenissoort.VERLENGING_AFGEWEZEN, traject),
                o(traject, Gebeurtenissoort.TERMIJN_VERLENGD, traject),
                o(verstreken, Gebeurtenissoort.TERMIJN_VERLENGD, traject)),
            "The person applies (VL-005; TR-004 not earlier than six months before the end, VL-002"
                + " not after it, VL-004 one at a time); DUO refuses (SS113: VL-006, VL-007) or"
                + " decides. The dossier rules TR-004 to TR-010 apply to the decision; VL-001 (a new"
                + " termijn only for non-culpability), VL-002 (after the end only when applied for in"
                + " time or ex officio) and VL-003 (adds to the end date that applies, and ends the"
                + " pending application)."),
        new S3("T10", "IN_TRAJECT → TERMIJN_VERSTREKEN",
            List.of(Gebeurtenissoort.TERMIJN_VERSTREKEN),
            List.of(o(traject, Gebeurtenissoort.TERMIJN_VERSTREKEN, verstreken)),
            "The caller sends the event; nothing reads the clock. TE-001 refuses it before the day"
                + " after the end, TE-003 while an application for an extension is pending; TE-002"
                + " lists the open parts."),
        new S3("T11", "TERMIJN_VERSTREKEN → IN_TRAJECT (new termijn)",
            List.of(Gebeurtenissoort.DUO_BOETE),
            List.of(o(verstreken, Gebeurtenissoort.DUO_BOETE, traject)),
            "BC-003 (culpable), BO-002, BO-003 and BO-004 (exactly the open parts) guard it;"
                + " BO-001 records the fine and BO-006 the new termijn of art. 7.4 RI. The amount"
                + " of the leerroute fine is an input checked against €1,000 only (BO-005,"
                + " UNCERTAIN)."),
        new S3("T12", "new termijn expired again",
            List.of(Gebeurtenissoort.TERMIJN_VERSTREKEN, Gebeurtenissoort.DUO_BOETE),
            List.of(o(traject, Gebeurtenissoort.TERMIJN_VERSTREKEN, verstreken),
                o(verstreken, Gebeurtenissoort.DUO_BOETE, traject),
                o(verstreken, Gebeurtenissoort.DUO_BOETE, verstreken)),
            "The second fine of a kind sets another new termijn; from the third on BO-007 asks two"
                + " years since the last one and BO-008 records it without a new termijn."),
        new S3("T13", "IN_TRAJECT → VOLDAAN", List.of(afronding),
            List.of(o(traject, Gebeurtenissoort.EXAMENUITSLAG, Fase.VOLDAAN),
                o(verstreken, Gebeurtenissoort.EXAMENUITSLAG, Fase.VOLDAAN)),
            "VD-001, VD-002 (UNCERTAIN) and VD-003 per leerroute, also after the termijn. Every"
                + " event that changes what is met can complete the plicht: these six, a partial"
                + " vrijstelling or ontheffing, a change of leerroute or doelgroep, afschalen."
                + " PM-010, PM-011, OR-003, ZR-007 and ZR-008 refuse impossible results; EX-003"
                + " and EX-004 record a passed part. \"Z-route afgerond\" is not an event of its"
                + " own: the eindgesprek is the last element of the Z-route (art. 3.14(2)(c) BI), so"
                + " `EindgesprekGevoerd` completes it once the hours are met, and DUO's Z-route"
                + " resource (`DuoResultaatZroute`) carries its date."),
        new S3("T14", "any non-terminal → ONTHEVEN or partial", List.of(Gebeurtenissoort.ONTHEFFING),
            List.of(o(gemeld, Gebeurtenissoort.ONTHEFFING, Fase.ONTHEVEN),
                o(traject, Gebeurtenissoort.ONTHEFFING, Fase.ONTHEVEN),
                o(traject, Gebeurtenissoort.ONTHEFFING, traject)),
            "From every non-terminal state but `NIET_PLICHTIG`. A whole ontheffing (SS108) ends"
                + " the plicht (EI-003). A partial one (SS119) passes the"
                + " dossier rules ON-001 and ON-002 and the warning ON-004, and frees the parts"
                + " (ON-005)."),
        new S3("T15", "any non-terminal → BEEINDIGD", List.of(Gebeurtenissoort.PLICHT_BEEINDIGD),
            List.of(o(gemeld, Gebeurtenissoort.PLICHT_BEEINDIGD, Fase.BEEINDIGD),
                o(traject, Gebeurtenissoort.PLICHT_BEEINDIGD, Fase.BEEINDIGD)),
            "From every non-terminal state but `NIET_PLICHTIG`. EI-001 lists the parts that lapse."
                + " The `Beeindigingsgrond` gives DUO's event: SS111"
                + " for death, SS110 otherwise."),
        new S3("E1", "breach of PIP duties during IN_TRAJECT", List.of(Gebeurtenissoort.COLLEGE_BOETE),
            List.of(o(traject, Gebeurtenissoort.COLLEGE_BOETE, traject)),
            "BC-001 computes €50 × culpability, doubled within 12 months; BC-002 refuses a fine"
                + " when the cap per termijn is used up and BC-004 lowers the last one to what"
                + " remains; BC-003 and BO-003 exclude a fine."),
        new S3("S.1", "doelgroep changes", List.of(Gebeurtenissoort.DOELGROEP_GEWIJZIGD),
            List.of(o(traject, Gebeurtenissoort.DOELGROEP_GEWIJZIGD, traject)),
            "Not a row of S.3: S.1 says the doelgroep can change (SS124, SS125). DG-001 refuses"
                + " the same doelgroep; DG-002 and DG-003 record the new one, which changes the"
                + " Z-route's participation norm."));
  }

  /** One event of every record type, to name the record of each kind. */
  static List<Gebeurtenis> voorbeeldGebeurtenissen() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    return List.of(
        new Gebeurtenis.PlichtOntstaan(d, Doelgroep.ASIELSTATUSHOUDER, d),
        new Gebeurtenis.TijdelijkeVrijstelling(d),
        new Gebeurtenis.PlichtHervat(d, false),
        new Gebeurtenis.VrijstellingVerleend(
            new Vrijstelling.Geheel(RedenVrijstelling.DIP, Oordeel.TOEKENNING, d)),
        new Gebeurtenis.BredeIntakeGestart(d),
        new Gebeurtenis.IntakeVerzuim(d, Verwijtbaarheid.OPZET, false),
        Gebeurtenis.PipVastgesteld.of(d, Leerroute.B1_ROUTE),
        Gebeurtenis.LeerrouteGewijzigd.naar(d, Leerroute.Z_ROUTE),
        Gebeurtenis.Afgeschaald.geheel(d),
        new Gebeurtenis.Verhuisd(
            new Verhuizing(d, Gemeentecode.parse("0363"), Gemeentecode.parse("0599"))),
        new Gebeurtenis.VerlengingAangevraagd(d),
        new Gebeurtenis.VerlengingAfgewezen(d),
        new Gebeurtenis.TermijnVerlengd(
            new Verlenging(Verlengingsgrond.ZIEKTE, Period.ofMonths(3), Optional.empty(), d)),
        new Gebeurtenis.OntheffingVerleend(
            new Ontheffing.Geheel(Ontheffingsgrond.MED, Oordeel.TOEKENNING, d)),
        Gebeurtenis.Examenuitslag.behaald(d, Examenonderdeel.LE, Taalniveau.B1),
        new Gebeurtenis.PvtAfgerond(d, 12),
        new Gebeurtenis.MapAfgerond(d, 40),
        new Gebeurtenis.UrenGevolgd(d, Urensoort.NT2, 10),
        new Gebeurtenis.TaalschakeltrajectAfgerond(d),
        new Gebeurtenis.EindgesprekGevoerd(d),
        new Gebeurtenis.TermijnVerstreken(d),
        Gebeurtenis.DuoBoeteOpgelegd.verwijtbaar(d, Set.of(Boetesoort.PVT_MAP), Optional.empty()),
        new Gebeurtenis.CollegeBoeteOpgelegd(d, Verwijtbaarheid.OPZET, false),
        new Gebeurtenis.DoelgroepGewijzigd(d, Doelgroep.ASIELSTATUSHOUDER),
        new Gebeurtenis.PlichtBeeindigd(d, Beeindigingsgrond.VERTREK));
  }

  // ------------------------------------------------------------------ generation

  static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Lifecycle\n\n");
    sb.append("<!-- Generated by LevenscyclusDocumentTest from Transities.tabel(), Gebeurtenissoort,"
        + " the rule catalogue and the source of io.github.inburgering.core.traject. Do not edit by"
        + " hand. -->\n\n");
    sb.append("The package `io.github.inburgering.core.traject` models the life of one"
        + " inburgeringsplicht, from the moment DUO establishes it until it is met, exempted,"
        + " released or ended: the transitions of section S.3 of the rule reference as pure"
        + " functions over an immutable snapshot.\n\n");
    sb.append("- `Traject` is the snapshot: the state (`Toestand`, one record per `Fase`), the PIP"
        + " history, the termijn with its extensions and any new termijn after a DUO fine, PVT,"
        + " MAP, hours, exam results and fines. It holds no personal data.\n");
    sb.append("- `Gebeurtenis` is an event, one record per kind (`Gebeurtenissoort`). A record checks"
        + " its own structure when built; whether it may happen to a traject is decided when it is"
        + " applied. Events that DUO signals carry DUO's event code (`duoGebeurtenis()`).\n");
    sb.append("- `Transities` applies events. Every guard and every effect is a rule of the catalogue"
        + " with peilmoment `TRANSITIE`, checked when in force on the event's date.\n\n");
    sb.append("## Entry points\n\n");
    sb.append("| call | returns |\n|---|---|\n");
    sb.append("| `Traject.nieuw()` | the initial snapshot, `NIET_PLICHTIG` |\n");
    sb.append("| `Transities.toepassen(traject, gebeurtenis, peildatum)` | `Uitkomst.Aanvaard` with the"
        + " new traject, its effects (`Effect`: rule code and sentence) and any warnings, or"
        + " `Uitkomst.Geweigerd` with the report of every broken rule and the traject unchanged."
        + " An overload takes a `Locale` for English messages |\n");
    sb.append("| `Transities.afspelen(gebeurtenissen, peildatum)` | the events applied in order to"
        + " `Traject.nieuw()` (or to a given start), with all effects; stops at the first refusal,"
        + " whose findings point into the list (`/gebeurtenissen/3/...`) |\n");
    sb.append("| `Transities.verklaar(traject, gebeurtenis, peildatum, taal)` | the reasoning as text:"
        + " every rule checked (✓ kept, ✗ broken, - not in force), every effect (→) with its legal"
        + " basis, and the result; Dutch, or English for a locale whose language is `en` |\n");
    sb.append("| `Transities.tabel()`, `Transities.isToegestaan(fase, soort)` | the transition table"
        + " below, as `Overgang(van, soort, naar)` rows |\n\n");
    sb.append("Nothing reads the clock. The peildatum is what the caller knows today: an event after"
        + " it is refused (ST-001), and events must come in date order (ST-002). The passing of the"
        + " termijn is an event too (`TermijnVerstreken`), sent by the caller. Amounts the law"
        + " leaves to tables that the library does not encode (the leerroute fine of annex 6a–6c"
        + " RI) are inputs of the event.\n\n");

    sb.append("## Example\n\n");
    sb.append("```java\n").append(voorbeeldCode()).append("\n```\n\n");
    sb.append("`uitleg` then reads:\n\n");
    sb.append("```\n").append(voorbeeld().uitleg()).append("```\n\n");
    sb.append("`examples/.../TrajectVoorbeeld.java` plays a whole traject, from the plicht to"
        + " voldaan; the README's demo command runs it.\n\n");

    sb.append("## States\n\n");
    sb.append("| fase | nl | en | terminal |\n|---|---|---|---|\n");
    for (Fase f : Fase.values()) {
      sb.append("| `").append(f).append("` | ").append(f.nl()).append(" | ").append(f.en())
          .append(" | ").append(f.isEindtoestand() ? "yes" : "").append(" |\n");
    }
    sb.append("\nA terminal state absorbs every event (ST-003). An event kind that the table does"
        + " not allow in a state is refused (ST-004).\n\n");

    sb.append("## Diagram\n\n");
    sb.append("One edge per pair of states; an edge with more than ").append(MAX_LABELS)
        .append(" event kinds shows their number, and the table below lists them. Terminal states"
        + " lead to the end marker.\n\n");
    sb.append("```mermaid\n").append(mermaid()).append("```\n\n");

    sb.append("## Transitions\n\n");
    List<Overgang> tabel = Transities.tabel();
    Map<Fase, Map<Gebeurtenissoort, Set<Fase>>> perVan = perVan(tabel);
    long paren = perVan.values().stream().mapToLong(Map::size).sum();
    sb.append(tabel.size()).append(" rows of `Transities.tabel()`, ").append(paren)
        .append(" pairs of state and event kind. \"naar\" lists every state the event may lead to;"
        + " which one follows from the traject and the event.\n\n");
    sb.append("| van | gebeurtenis | naar | DUO events | actor |\n|---|---|---|---|---|\n");
    perVan.forEach((van, m) -> m.forEach((soort, naar) -> sb.append("| `").append(van)
        .append("` | `").append(soort).append("` ").append(soort.nl()).append(" | ")
        .append(naar.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
        .append(" | ").append(duo(soort)).append(" | ").append(soort.actor()).append(" |\n")));

    sb.append("\n## Events\n\n");
    Map<Gebeurtenissoort, String> records = records();
    sb.append("| record `Gebeurtenis.…` | soort | nl | en | actor | DUO events |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Gebeurtenissoort s : Gebeurtenissoort.values()) {
      sb.append("| `").append(records.get(s)).append("` | `").append(s).append("` | ")
          .append(s.nl()).append(" | ").append(s.en()).append(" | ").append(s.actor())
          .append(" | ").append(duo(s)).append(" |\n");
    }
    sb.append("\nAn event names one DUO event (`duoGebeurtenis()`) where its data decides which:"
        + " `PlichtHervat` SS129 or SS130, `VrijstellingVerleend` SS107 or SS117,"
        + " `OntheffingVerleend` SS108 or SS119, `TermijnVerlengd` SS103 (ex officio) or SS104,"
        + " `DoelgroepGewijzigd` SS124 or SS125, `PlichtBeeindigd` by its ground;"
        + " `PlichtOntstaan` names SS139 and `Examenuitslag` SS199.\n\n");

    List<Regel> transitie = Regels.alle().stream()
        .filter(r -> r.peilmoment() == Regel.Peilmoment.TRANSITIE).toList();
    List<Regel> guards = transitie.stream().filter(r -> r.severity() != Severity.INFO).toList();
    List<Regel> effecten = transitie.stream().filter(r -> r.severity() == Severity.INFO).toList();
    List<Regel> hergebruikt = hergebruikteRegels();
    sb.append("## Rules\n\n");
    sb.append(transitie.size()).append(" rules of the catalogue have peilmoment `TRANSITIE`: ")
        .append(guards.size()).append(" guards that refuse an event, and ").append(effecten.size())
        .append(" effects an accepted event has. The lifecycle also applies ")
        .append(hergebruikt.size()).append(" rules that check dossiers, where the law is the same;"
        + " see [rules.md](rules.md) for validity periods and the notes.\n\n");
    sb.append("### Guards\n\n");
    regelTabel(sb, guards, false);
    sb.append("\n### Effects\n\n");
    regelTabel(sb, effecten, false);
    sb.append("\n### Dossier rules applied to transitions\n\n");
    sb.append("Found in the source of the package. A WARNING does not refuse an event: it is"
        + " reported with the accepted outcome.\n\n");
    regelTabel(sb, hergebruikt, true);

    sb.append("\n### Uncertain rules\n\n");
    sb.append("Rules the research marks uncertain; the library encodes what it judges right and"
        + " says so.\n\n");
    List<Regel> onzeker = Stream.concat(transitie.stream(), hergebruikt.stream())
        .filter(r -> r.sourceGrade() == SourceGrade.UNCERTAIN)
        .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    for (Regel r : onzeker) {
      sb.append("- **").append(r.code()).append("** ").append(r.titelEn()).append(" (")
          .append(r.severity()).append(", ").append(r.peilmoment()).append("). ")
          .append(r.toelichting().orElse("")).append('\n');
    }

    sb.append("\n## Section S.3 of the rule reference\n\n");
    sb.append("How each row of S.3 (\"Rules a route-transition state machine must encode\") maps to"
        + " event kinds. The transitions named are checked against the table by this document's"
        + " test.\n\n");
    sb.append("| # | S.3 | event kinds | DUO events | actor | transitions | in the library |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (S3 r : s3()) {
      sb.append("| ").append(r.nr()).append(" | ").append(r.wet()).append(" | ")
          .append(r.soorten().stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")))
          .append(" | ").append(r.soorten().stream().map(LevenscyclusDocumentTest::duo)
              .filter(x -> !x.isEmpty()).distinct().collect(Collectors.joining(", ")))
          .append(" | ").append(r.soorten().stream().map(s -> s.actor().toString()).distinct()
              .collect(Collectors.joining(", ")))
          .append(" | ").append(r.overgangen().stream()
              .map(x -> "`" + x.van() + "` → `" + x.naar() + "`").distinct()
              .collect(Collectors.joining("<br>")))
          .append(" | ").append(r.toelichting()).append(" |\n");
    }
    return sb.toString();
  }

  static final int MAX_LABELS = 5;

  static String mermaid() {
    StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
    for (Fase f : Fase.values()) {
      sb.append("    state \"").append(f.nl()).append("\" as ").append(f).append('\n');
    }
    sb.append("    [*] --> ").append(Fase.NIET_PLICHTIG).append('\n');
    Map<Fase, Map<Fase, Set<Gebeurtenissoort>>> randen = new TreeMap<>();
    for (Overgang o : Transities.tabel()) {
      randen.computeIfAbsent(o.van(), f -> new TreeMap<>())
          .computeIfAbsent(o.naar(), f -> EnumSet.noneOf(Gebeurtenissoort.class)).add(o.soort());
    }
    randen.forEach((van, m) -> m.forEach((naar, soorten) -> {
      String label = soorten.size() <= MAX_LABELS
          ? soorten.stream().map(Gebeurtenissoort::nl).collect(Collectors.joining(", "))
          : soorten.size() + " soorten gebeurtenissen";
      sb.append("    ").append(van).append(" --> ").append(naar).append(" : ").append(label)
          .append('\n');
    }));
    List<Fase> eind = Arrays.stream(Fase.values()).filter(Fase::isEindtoestand).toList();
    for (Fase f : eind) {
      sb.append("    ").append(f).append(" --> [*]\n");
    }
    sb.append("    classDef eind font-weight:bold,stroke-width:3px\n");
    sb.append("    class ").append(eind.stream().map(Fase::name).collect(Collectors.joining(", ")))
        .append(" eind\n");
    return sb.toString();
  }

  private static Map<Fase, Map<Gebeurtenissoort, Set<Fase>>> perVan(List<Overgang> tabel) {
    Map<Fase, Map<Gebeurtenissoort, Set<Fase>>> m = new TreeMap<>();
    for (Overgang o : tabel) {
      m.computeIfAbsent(o.van(), f -> new TreeMap<>())
          .computeIfAbsent(o.soort(), s -> EnumSet.noneOf(Fase.class)).add(o.naar());
    }
    return m;
  }

  static String duo(Gebeurtenissoort s) {
    return s.duoGebeurtenissen().stream().map(d -> d.code()).collect(Collectors.joining(", "));
  }

  private static void regelTabel(StringBuilder sb, List<Regel> regels, boolean peilmoment) {
    sb.append("| code | title | titel | severity | legal basis | source |")
        .append(peilmoment ? " peilmoment |" : "").append('\n')
        .append("|---|---|---|---|---|---|").append(peilmoment ? "---|" : "").append('\n');
    for (Regel r : regels) {
      sb.append("| ").append(r.code()).append(" | ").append(r.titelEn()).append(" | ")
          .append(r.titelNl()).append(" | ").append(r.severity()).append(" | ")
          .append(r.grondslagen().stream().map(Object::toString).collect(Collectors.joining("; ")))
          .append(" | ").append(r.sourceGrade()).append(" |");
      if (peilmoment) {
        sb.append(' ').append(r.peilmoment()).append(" |");
      }
      sb.append('\n');
    }
  }

  /** Returns the rule codes quoted in the main source of the package. */
  static Set<String> codesInBron() {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> bestanden = Files.list(BRON)) {
      for (Path p : bestanden.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = CODE.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }

  /** Returns the dossier rules the package applies: quoted codes whose peilmoment is not TRANSITIE. */
  static List<Regel> hergebruikteRegels() {
    return codesInBron().stream().map(Regels::get)
        .filter(r -> r.peilmoment() != Regel.Peilmoment.TRANSITIE)
        .sorted((a, b) -> volgorde(a.code()).compareTo(volgorde(b.code()))).toList();
  }

  /** Orders PIP-004 before TR-004 before ON-001, as the catalogue's subjects come. */
  private static String volgorde(String code) {
    String prefix = code.substring(0, code.indexOf('-'));
    int i = List.of("PIP", "TR", "ON").indexOf(prefix);
    return (i < 0 ? 9 : i) + code;
  }

  static Map<Gebeurtenissoort, String> records() {
    Map<Gebeurtenissoort, String> m = new LinkedHashMap<>();
    for (Gebeurtenis g : voorbeeldGebeurtenissen()) {
      m.put(g.soort(), g.getClass().getSimpleName());
    }
    return m;
  }

  static String voorbeeldCode() {
    try {
      List<String> regels = Files.readAllLines(DEZE, StandardCharsets.UTF_8);
      int begin = regels.indexOf("    // DOC-BEGIN");
      int eind = regels.indexOf("    // DOC-END");
      return regels.subList(begin + 1, eind).stream()
          .map(r -> r.length() >= 4 ? r.substring(4) : r.strip())
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ tests

  @Test
  void committedDocumentMatchesTheCode() throws IOException {
    String verwacht = markdown();
    if (Boolean.getBoolean("regenerate")) {
      Files.writeString(DOC, verwacht, StandardCharsets.UTF_8);
    }
    assertThat(DOC).as("docs/lifecycle.md exists; regenerate with -Dregenerate=true").exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/lifecycle.md is stale; regenerate with -Dregenerate=true")
        .isEqualTo(verwacht);
  }

  @Test
  void exampleRunsAsDocumented() {
    Voorbeeld v = voorbeeld();
    assertThat(v.start().isAanvaard()).isTrue();
    Traject traject = v.start().traject();
    assertThat(traject.fase()).isEqualTo(Fase.IN_TRAJECT);
    assertThat(traject.termijnStart()).contains(LocalDate.of(2022, 5, 10));
    assertThat(traject.huidigeEinddatum()).contains(LocalDate.of(2025, 5, 9));
    assertThat(v.schakelen().isAanvaard()).isFalse();
    assertThat(v.schakelen().report().codes()).containsExactly("PIP-023");
    assertThat(v.schakelen().traject()).isSameAs(traject);
    assertThat(v.uitleg()).contains("✗ PIP-023", "Result: refused, traject unchanged");
  }

  @Test
  void everyEventRecordHasASampleAndEveryKindARecord() {
    Set<String> namen = voorbeeldGebeurtenissen().stream().map(g -> g.getClass().getSimpleName())
        .collect(Collectors.toSet());
    assertThat(namen).containsExactlyInAnyOrderElementsOf(Arrays.stream(
        Gebeurtenis.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
    assertThat(records().keySet()).containsExactlyInAnyOrder(Gebeurtenissoort.values());
  }

  @Test
  void s3MappingAgreesWithTheTable() {
    Set<Overgang> tabel = Set.copyOf(Transities.tabel());
    Set<Gebeurtenissoort> gedekt = EnumSet.noneOf(Gebeurtenissoort.class);
    for (S3 r : s3()) {
      gedekt.addAll(r.soorten());
      assertThat(tabel).as(r.nr()).containsAll(r.overgangen());
      assertThat(r.soorten()).as(r.nr())
          .containsAll(r.overgangen().stream().map(Overgang::soort).toList());
      Matcher m = CODE_IN_TEKST.matcher(r.toelichting());
      while (m.find()) {
        String code = m.group(1);
        if (!code.startsWith("SS")) {
          assertThat(Regels.zoek(code)).as(r.nr() + " names " + code).isPresent();
        }
      }
    }
    for (Fase f : Fase.values()) {
      if (f.isEindtoestand() || f == Fase.NIET_PLICHTIG) {
        continue;
      }
      assertThat(tabel).as("T3, T14, T15 from " + f).contains(
          o(f, Gebeurtenissoort.VRIJSTELLING, Fase.VRIJGESTELD),
          o(f, Gebeurtenissoort.ONTHEFFING, Fase.ONTHEVEN),
          o(f, Gebeurtenissoort.PLICHT_BEEINDIGD, Fase.BEEINDIGD));
    }
    assertThat(tabel.stream().filter(x -> x.van() == Fase.NIET_PLICHTIG))
        .containsExactly(o(Fase.NIET_PLICHTIG, Gebeurtenissoort.PLICHT_ONTSTAAN, Fase.GEMELD));
    assertThat(gedekt).as("every event kind maps to a row").containsExactlyInAnyOrder(
        Gebeurtenissoort.values());
  }

  @Test
  void everyTransitionRuleIsUsedAndTheReusedRulesAreKnown() {
    Set<String> inBron = codesInBron();
    List<String> transitie = Regels.alle().stream()
        .filter(r -> r.peilmoment() == Regel.Peilmoment.TRANSITIE).map(Regel::code).toList();
    assertThat(inBron).as("every TRANSITIE rule is applied").containsAll(transitie);
    assertThat(hergebruikteRegels()).extracting(Regel::code).contains(
        "PIP-004", "PIP-005", "PIP-006", "PIP-011", "PIP-012", "PIP-013", "PIP-023", "PIP-024",
        "PIP-025", "TR-004", "TR-005", "TR-006", "TR-007", "TR-008", "TR-009", "TR-010",
        "ON-001", "ON-002", "ON-004");
  }
}
