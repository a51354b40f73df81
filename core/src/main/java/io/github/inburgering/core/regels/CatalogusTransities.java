package io.github.inburgering.core.regels;

import static io.github.inburgering.core.regels.Catalogus.regel;
import static io.github.inburgering.core.regels.Grondslag.bi;
import static io.github.inburgering.core.regels.Grondslag.duo;
import static io.github.inburgering.core.regels.Grondslag.ri;
import static io.github.inburgering.core.regels.Grondslag.wi;
import static io.github.inburgering.core.regels.Severity.ERROR;
import static io.github.inburgering.core.regels.Severity.INFO;
import static io.github.inburgering.core.regels.SourceGrade.DUO_SPECIFICATION;
import static io.github.inburgering.core.regels.SourceGrade.GUIDANCE;
import static io.github.inburgering.core.regels.SourceGrade.LAW_TEXT;
import static io.github.inburgering.core.regels.SourceGrade.UNCERTAIN;

import java.util.List;

/**
 * The rules of the lifecycle ({@code io.github.inburgering.core.traject}): the guards that refuse an
 * event (ERROR) and the effects an accepted event has (INFO). They have peilmoment {@link
 * Regel.Peilmoment#TRANSITIE}. Rules the lifecycle shares with dossier validation (PIP-023, PIP-024,
 * TR-004 to TR-010, ON-001, ON-002, ON-004 and others) are defined once, in {@link Catalogus}.
 */
final class CatalogusTransities {
  private static final Grondslag LEVENSCYCLUS =
      new Grondslag(Instrument.STANDAARD, "inburgering levenscyclus");
  private static final Grondslag AWB_5_41 = new Grondslag(Instrument.AWB, "art. 5:41");

  private CatalogusTransities() {}

  static void regels(List<Regel> l) {
    structuur(l);
    intakeEnPip(l);
    schakelen(l);
    termijn(l);
    afronding(l);
    boetes(l);
    einde(l);
  }

  private static void structuur(List<Regel> l) {
    l.add(regel("ST-001", ERROR, GUIDANCE)
        .titel("Gebeurtenis ligt niet na de peildatum", "Event is not after the peildatum")
        .op(LEVENSCYCLUS)
        .toelichting("A pure function cannot apply a fact that has not happened on the peildatum.")
        .bijTransitie());
    l.add(regel("ST-002", ERROR, GUIDANCE)
        .titel("Gebeurtenissen in volgorde van datum", "Events in date order")
        .op(LEVENSCYCLUS)
        .toelichting("The lifecycle is a history: an event dated before the last accepted one must"
            + " be replayed from the start in its place.")
        .bijTransitie());
    l.add(regel("ST-003", ERROR, LAW_TEXT)
        .titel("Een geëindigde plicht verandert niet meer", "An ended plicht no longer changes")
        .op(wi("6"), wi("4"), wi("5"), wi("3 lid 1"))
        .toelichting("Voldaan, vrijgesteld, ontheven and beëindigd are terminal: they absorb every"
            + " event.")
        .bijTransitie());
    l.add(regel("ST-004", ERROR, LAW_TEXT)
        .titel("Gebeurtenis past bij de toestand", "Event fits the state")
        .op(wi("11"), wi("14"), wi("15"), wi("24"), bi("5.3 lid 5"))
        .toelichting("The transition table of docs/lifecycle.md: for example no PIP before the brede"
            + " intake, no exam result counted before the PIP (art. 5.3(5) BI), no DUO fine before"
            + " the termijn expired.")
        .bijTransitie());
    l.add(regel("ST-005", ERROR, LAW_TEXT)
        .titel("Wet inburgering 2021 alleen bij een plicht vanaf 1 januari 2022",
            "Wet inburgering 2021 only for a plicht from 2022-01-01")
        .op(wi("3"), new Grondslag(Instrument.WI, "Stb. 2021, 586 (inwerkingtreding)"))
        .toelichting("A plicht that arose earlier falls under the Wet inburgering (2013).")
        .bijTransitie());
  }

  private static void intakeEnPip(List<Regel> l) {
    l.add(regel("PV-001", INFO, LAW_TEXT)
        .titel("PIP binnen tien weken na de kennisgeving", "PIP within ten weeks of the notice")
        .op(bi("5.3 lid 1"), bi("5.3 lid 2"))
        .bijTransitie());
    l.add(regel("PV-002", INFO, LAW_TEXT)
        .titel("Eerste PIP start de termijn van drie jaar", "First PIP starts the three-year termijn")
        .op(wi("11 lid 1"), wi("11 lid 2"), bi("5.4 lid 1"))
        .bijTransitie());
    l.add(regel("PV-003", ERROR, LAW_TEXT)
        .titel("Een nieuw PIP binnen het traject alleen na een verhuizing",
            "A new PIP within the traject only after a move")
        .op(wi("15 lid 4"), wi("17"), wi("11 lid 3"))
        .toelichting("Other changes adapt the PIP through a change of leerroute or afschalen.")
        .bijTransitie());
    l.add(regel("TV-001", INFO, LAW_TEXT)
        .titel("Tijdelijke vrijstelling schort de plicht op", "Temporary vrijstelling suspends the plicht")
        .op(wi("4 lid 1 onder c"), wi("4 lid 1 onder d"), ri("2.2"), duo("gebeurtenis SS109"))
        .bijTransitie());
    l.add(regel("TV-002", ERROR, DUO_SPECIFICATION)
        .titel("Hervatting met of zonder PIP zoals DUO meldt", "Resumption with or without PIP as DUO reports")
        .op(duo("gebeurtenissen SS129 en SS130"))
        .bijTransitie());
    l.add(regel("TV-003", INFO, UNCERTAIN)
        .titel("Termijn schuift op met de duur van de tijdelijke vrijstelling",
            "Termijn moves by the length of the temporary vrijstelling")
        .op(duo("gebeurtenis SS130"), wi("4 lid 1 onder d"))
        .toelichting("DUO reports a changed termijn with SS130 (\"eerdere inburgeringsplicht hervat\");"
            + " the law text read does not say how. The library adds the days of the suspension to"
            + " the termijn of art. 11 Wi, and none to a new termijn after a DUO fine.")
        .bijTransitie());
    l.add(regel("IN-001", INFO, LAW_TEXT)
        .titel("Oproep voor de brede intake met een termijn", "Call for the brede intake with a term")
        .op(wi("14 lid 1"))
        .bijTransitie());
    l.add(regel("IN-002", ERROR, LAW_TEXT)
        .titel("Na drie oproepen voltooit het college de brede intake",
            "After three calls the college completes the brede intake")
        .op(wi("14 lid 2"))
        .bijTransitie());
    l.add(regel("IN-003", INFO, LAW_TEXT)
        .titel("Eerste verzuim: schriftelijke waarschuwing en herhaalde oproep",
            "First miss: written warning and repeated call")
        .op(wi("14 lid 1"))
        .bijTransitie());
    l.add(regel("IN-004", INFO, LAW_TEXT)
        .titel("Tweede verzuim: boete van 250 euro en een nieuwe termijn van ten hoogste twee maanden",
            "Second miss: fine of 250 euros and a new term of at most two months")
        .op(wi("22 lid 1"), wi("22 lid 2"), wi("26 lid 1 onder a"), bi("7.1 lid 1"))
        .bijTransitie());
    l.add(regel("IN-005", INFO, LAW_TEXT)
        .titel("Derde verzuim: opnieuw een boete van 250 euro", "Third miss: another fine of 250 euros")
        .op(wi("22 lid 3"), bi("7.1 lid 1"))
        .bijTransitie());
    l.add(regel("IN-006", INFO, LAW_TEXT)
        .titel("Geen boete zonder verwijtbaarheid of na verlaging van de bijstand",
            "No fine without culpability or after a reduction of bijstand")
        .op(AWB_5_41, wi("27"))
        .bijTransitie());
    l.add(regel("IN-007", INFO, LAW_TEXT)
        .titel("Brede intake voltooid in afwezigheid", "Brede intake completed in absence")
        .op(wi("14 lid 2"))
        .bijTransitie());
  }

  private static void schakelen(List<Regel> l) {
    l.add(regel("SW-001", ERROR, GUIDANCE)
        .titel("Nieuwe leerroute verschilt van de huidige", "New leerroute differs from the current one")
        .op(wi("17 lid 2"))
        .bijTransitie());
    l.add(regel("SW-002", ERROR, LAW_TEXT)
        .titel("Wijziging na een niet-vrijstellende opleiding volgt op die opleiding",
            "Change after a non-exempting education follows that education")
        .op(bi("5.4 lid 2"), ri("4.2 lid 1"))
        .toelichting("The education must have ended before the change. It is an exception to the"
            + " 1.5 years only when it ended after them (art. 5.4(2) BI); otherwise PIP-023 decides."
            + " The date this paragraph entered into force is not confirmed.")
        .bijTransitie());
    l.add(regel("SW-003", INFO, LAW_TEXT)
        .titel("Bij schakelen tellen uren en examens mee; de termijn start niet opnieuw",
            "On a route change hours and exams carry over; the termijn does not restart")
        .op(bi("5.4 lid 4"), wi("11 lid 3"), bi("5.3 lid 6"))
        .bijTransitie());
    l.add(regel("SW-004", INFO, LAW_TEXT)
        .titel("Leerroute gewijzigd na anderhalf jaar op grond van een uitzondering",
            "Leerroute changed after 1.5 years under an exception")
        .op(bi("5.4 lid 1"), bi("5.4 lid 2"), bi("5.4 lid 3"))
        .bijTransitie());
    l.add(regel("AF-001", ERROR, GUIDANCE)
        .titel("Afschalen alleen van onderdelen op B1", "Afschalen only of parts at B1")
        .op(wi("17 lid 3"))
        .bijTransitie());
    l.add(regel("AF-002", INFO, LAW_TEXT)
        .titel("Afgeschaald naar A2, zonder termijngrens", "Lowered to A2, without a time limit")
        .op(wi("17 lid 3"), wi("17 lid 4"), bi("5.5"))
        .bijTransitie());
    l.add(regel("VZ-001", ERROR, GUIDANCE)
        .titel("Verhuizing vanuit de huidige gemeente", "Move from the current gemeente")
        .op(duo("gebeurtenissen SS120 en SS121"))
        .bijTransitie());
    l.add(regel("VZ-002", INFO, LAW_TEXT)
        .titel("Na een verhuizing een PIP binnen tien weken na inschrijving",
            "After a move a PIP within ten weeks of registration")
        .op(wi("15 lid 4"), bi("5.3 lid 1"), bi("5.3 lid 3"))
        .toelichting("A move during the brede intake returns the plicht to gemeld: the college of"
            + " the new gemeente, where the person is registered, holds the intake (art. 14 Wi) and"
            + " adopts the PIP within ten weeks of registration (art. 5.3(1) BI). A move during a"
            + " temporary vrijstelling without a PIP sets no deadline; it runs when the plicht"
            + " resumes (PV-001).")
        .bijTransitie());
    l.add(regel("VZ-003", INFO, LAW_TEXT)
        .titel("Het nieuwe PIP behoudt de leerroute en de termijnstart",
            "The new PIP keeps the leerroute and the termijn start")
        .op(wi("15 lid 4"), wi("11 lid 3"))
        .bijTransitie());
  }

  private static void termijn(List<Regel> l) {
    l.add(regel("VL-001", ERROR, LAW_TEXT)
        .titel("Een nieuwe termijn alleen verlengen wegens niet-verwijtbaarheid",
            "A new termijn is extended only for non-culpability")
        .op(wi("24 lid 2"), wi("25 lid 2"), wi("12 lid 1 onder a"), bi("4.1"))
        .bijTransitie());
    l.add(regel("VL-002", ERROR, LAW_TEXT)
        .titel("Na het einde van de termijn alleen een tijdig aangevraagde of ambtshalve verlenging",
            "After the termijn only an extension applied for in time or ex officio")
        .op(wi("12"), bi("4.5"))
        .bijTransitie());
    l.add(regel("VL-003", INFO, LAW_TEXT)
        .titel("Verlenging telt op bij de geldende einddatum", "Extension adds to the applicable end date")
        .op(wi("12"), bi("4.2"), bi("4.3"), bi("4.4"))
        .bijTransitie());
    l.add(regel("VL-004", ERROR, GUIDANCE)
        .titel("Een verzoek om verlenging tegelijk", "One application for an extension at a time")
        .op(wi("12"), bi("4.5"))
        .bijTransitie());
    l.add(regel("VL-005", INFO, LAW_TEXT)
        .titel("Verzoek om verlenging in behandeling", "Application for an extension pending")
        .op(wi("12"), bi("4.5"))
        .toelichting("While DUO has not decided, the termijn does not expire (S.3 T10 of the rule"
            + " reference); DUO decides within eight weeks, which the library does not enforce.")
        .bijTransitie());
    l.add(regel("VL-006", ERROR, DUO_SPECIFICATION)
        .titel("Afwijzing volgt op een verzoek", "A refusal answers an application")
        .op(duo("gebeurtenis SS113"))
        .bijTransitie());
    l.add(regel("VL-007", INFO, DUO_SPECIFICATION)
        .titel("Verzoek om verlenging afgewezen", "Application for an extension refused")
        .op(duo("gebeurtenis SS113"), wi("12"))
        .bijTransitie());
    l.add(regel("TE-001", ERROR, LAW_TEXT)
        .titel("Termijn verstrijkt pas na de laatste dag", "Termijn expires only after its last day")
        .op(wi("11 lid 1"))
        .bijTransitie());
    l.add(regel("TE-003", ERROR, LAW_TEXT)
        .titel("Termijn verstrijkt niet zolang een verzoek om verlenging loopt",
            "Termijn does not expire while an extension is pending")
        .op(wi("11 lid 1"), wi("12"), bi("4.5"))
        .bijTransitie());
    l.add(regel("TE-002", INFO, LAW_TEXT)
        .titel("Termijn verstreken met open onderdelen", "Termijn expired with open parts")
        .op(wi("11 lid 1"), wi("24 lid 1"), wi("25 lid 1"))
        .bijTransitie());
  }

  private static void afronding(List<Regel> l) {
    l.add(regel("PM-010", ERROR, LAW_TEXT)
        .titel("Geen MAP bij het taalschakeltraject", "No MAP with the taalschakeltraject")
        .op(wi("8 lid 3"))
        .bijTransitie());
    l.add(regel("PM-011", ERROR, DUO_SPECIFICATION)
        .titel("PVT of MAP wordt eenmaal afgerond", "PVT or MAP is completed once")
        .op(duo("PVT en MAP, eerder aangeleverd"))
        .bijTransitie());
    l.add(regel("PM-012", INFO, LAW_TEXT)
        .titel("MAP niet van toepassing zolang het taalschakeltraject loopt",
            "MAP not applicable while the taalschakeltraject runs")
        .op(wi("8 lid 3"))
        .bijTransitie());
    l.add(regel("PM-013", INFO, UNCERTAIN)
        .titel("MAP weer vereist na verlaten van het taalschakeltraject",
            "MAP required again after leaving the taalschakeltraject")
        .op(wi("8 lid 3"))
        .toelichting("A literal reading of art. 8(3) Wi: only a person who follows or completed the"
            + " taalschakeltraject is free of the MAP; one who left it before completion owes the"
            + " MAP again. Not confirmed by guidance.")
        .bijTransitie());
    l.add(regel("OR-003", ERROR, LAW_TEXT)
        .titel("Taalschakeltraject afronden vraagt een lopend taalschakeltraject",
            "Completing the taalschakeltraject needs one that runs")
        .op(wi("8 lid 1"), wi("8 lid 2"))
        .bijTransitie());
    l.add(regel("ZR-007", ERROR, LAW_TEXT)
        .titel("Eindgesprek alleen in de Z-route", "Eindgesprek only in the Z-route")
        .op(bi("3.14 lid 2 onder c"), bi("3.14 lid 4"))
        .bijTransitie());
    l.add(regel("ZR-008", ERROR, GUIDANCE)
        .titel("Eindgesprek wordt eenmaal gevoerd", "Eindgesprek is held once")
        .op(bi("3.14 lid 2 onder c"))
        .bijTransitie());
    l.add(regel("EX-003", INFO, LAW_TEXT)
        .titel("Behaald examenonderdeel telt voor de leerroute", "Passed exam part counts for the leerroute")
        .op(wi("7"), bi("3.3"), bi("3.4"), bi("5.4 lid 4"))
        .bijTransitie());
    l.add(regel("EX-004", INFO, LAW_TEXT)
        .titel("KNM-examen behaald", "KNM exam passed")
        .op(wi("7 lid 1"), bi("3.4"))
        .bijTransitie());
    l.add(regel("VR-004", INFO, LAW_TEXT)
        .titel("Gedeeltelijke vrijstelling geldt als behaald onderdeel",
            "Partial vrijstelling counts as a passed part")
        .op(wi("7 lid 3"), ri("3.12"))
        .bijTransitie());
    l.add(regel("ON-005", INFO, LAW_TEXT)
        .titel("Gedeeltelijke ontheffing: onderdelen hoeven niet te worden behaald",
            "Partial ontheffing: parts need not be passed")
        .op(wi("5 lid 1"), bi("2.7 lid 3"))
        .bijTransitie());
    l.add(regel("VD-001", INFO, LAW_TEXT)
        .titel("Plicht voldaan in de B1-route", "Plicht met in the B1-route")
        .op(wi("6 lid 1"), wi("7"), wi("17 lid 3"), bi("3.3"))
        .toelichting("Four language parts at the PIP level (A2 where afgeschaald), KNM, PVT and MAP.")
        .bijTransitie());
    l.add(regel("VD-002", INFO, UNCERTAIN)
        .titel("Plicht voldaan in de onderwijsroute", "Plicht met in the onderwijsroute")
        .op(wi("6 lid 1"), wi("8 lid 1"), wi("8 lid 3"), wi("8 lid 4"))
        .toelichting("What \"de onderwijsroute behalen\" means is not defined in the articles read;"
            + " the library takes completion of the taalschakeltraject, or the fallback of art. 8(4)"
            + " Wi (four B1 parts and KNM), plus the PVT.")
        .bijTransitie());
    l.add(regel("VD-003", INFO, LAW_TEXT)
        .titel("Plicht voldaan in de Z-route", "Plicht met in the Z-route")
        .op(wi("6 lid 2"), wi("9"), bi("3.14 lid 2"), bi("3.14 lid 3"), bi("3.14 lid 5"),
            bi("3.14 lid 6"))
        .toelichting("800 course hours (NT2, KNM; intake hours count), for an asielstatushouder 800"
            + " participation hours with PVT and MAP hours, the eindgesprek, PVT and MAP.")
        .bijTransitie());
  }

  private static void boetes(List<Regel> l) {
    l.add(regel("BO-001", INFO, LAW_TEXT)
        .titel("Boete opgelegd door DUO", "Fine imposed by DUO")
        .op(wi("24 lid 1"), wi("25 lid 1"), wi("26 lid 1"), bi("7.2"))
        .bijTransitie());
    l.add(regel("BO-002", ERROR, LAW_TEXT)
        .titel("Geen leerrouteboete na weigering of intrekking van de verblijfsvergunning",
            "No leerroute fine after refusal or withdrawal of the permit")
        .op(wi("25 lid 3"))
        .bijTransitie());
    l.add(regel("BO-003", ERROR, LAW_TEXT)
        .titel("Geen boete als de bijstand voor dezelfde gedraging is verlaagd",
            "No fine when bijstand was reduced for the same conduct")
        .op(wi("27"))
        .bijTransitie());
    l.add(regel("BO-004", ERROR, LAW_TEXT)
        .titel("DUO beboet precies de open onderdelen", "DUO fines exactly the open parts")
        .op(wi("24 lid 1"), wi("25 lid 1"))
        .bijTransitie());
    l.add(regel("BO-005", ERROR, UNCERTAIN)
        .titel("Leerrouteboete ten hoogste 1.000 euro", "Leerroute fine at most 1,000 euros")
        .op(wi("26 lid 1 onder d"), bi("7.2 lid 2"), ri("7.1"), ri("7.2"), ri("7.3"))
        .toelichting("DUO sets the amount from the tables of annex 6a-6c RI (hours, attempts, passed"
            + " exams); those tables were not read, so the amount is an input checked against the"
            + " statutory maximum only.")
        .bijTransitie());
    l.add(regel("BO-006", INFO, LAW_TEXT)
        .titel("Boetebeschikking stelt een nieuwe termijn", "Fine decision sets a new termijn")
        .op(wi("24 lid 2"), wi("24 lid 3"), wi("25 lid 2"), ri("7.4"))
        .toelichting("Length per art. 7.4 RI, the longest when several apply; the library starts it"
            + " the day after the decision was made known.")
        .bijTransitie());
    l.add(regel("BO-007", ERROR, LAW_TEXT)
        .titel("Na de tweede boete iedere twee jaar een boete", "After the second fine a fine every two years")
        .op(wi("24 lid 4"), wi("25 lid 2"))
        .toelichting("Art. 24(4) Wi: while the part stays open after the second new termijn, a fine"
            + " every two years. The library counts the two years from the previous fine of the same"
            + " kind; the text does not say whether the first periodic fine may follow the expiry of"
            + " the second new termijn at once.")
        .bijTransitie());
    l.add(regel("BO-008", INFO, LAW_TEXT)
        .titel("Periodieke boete zonder nieuwe termijn", "Periodic fine without a new termijn")
        .op(wi("24 lid 4"), wi("25 lid 2"))
        .bijTransitie());
    l.add(regel("BC-001", INFO, LAW_TEXT)
        .titel("Boete tijdens het traject: 50 euro, verdubbeld bij herhaling, naar verwijtbaarheid",
            "Fine during the traject: 50 euros, doubled on repeat, by culpability")
        .op(wi("23"), wi("26 lid 1 onder c"), bi("7.1 lid 2"), bi("7.1 lid 3"), bi("7.1 lid 4"))
        .toelichting("Doubling assumes the earlier fine became irrevocable (art. 7.1(3) BI).")
        .bijTransitie());
    l.add(regel("BC-002", ERROR, LAW_TEXT)
        .titel("Boetes van het college blijven binnen het maximum per termijn",
            "College fines stay within the cap per termijn")
        .op(bi("7.1 lid 5"))
        .toelichting("Counts the college fines imposed during the termijn (art. 11 and 12 Wi) or"
            + " during the new termijn; fines of the brede intake (art. 22 Wi) fall before the termijn"
            + " starts and so do not count towards its cap. The caps for a new termijn follow its"
            + " length: 400, 800, 1,200 or 1,600 euros.")
        .bijTransitie());
    l.add(regel("BC-003", ERROR, LAW_TEXT)
        .titel("Geen boete zonder verwijtbaarheid", "No fine without culpability")
        .op(AWB_5_41, wi("12 lid 1 onder a"))
        .bijTransitie());
    l.add(regel("BC-005", ERROR, LAW_TEXT)
        .titel("Boete van het college alleen binnen een lopende termijn",
            "College fine only within a running termijn")
        .op(wi("23"), bi("7.1 lid 5"))
        .toelichting("The termijn passes by its own event (TERMIJN_VERSTREKEN); a breach established"
            + " after the last day of the (extended or new) termijn, or before its first day, falls"
            + " in no termijn and so outside the cap of art. 7.1(5) BI.")
        .bijTransitie());
    l.add(regel("BC-004", INFO, LAW_TEXT)
        .titel("Boete verlaagd tot het resterende maximum", "Fine lowered to the remaining cap")
        .op(bi("7.1 lid 5"))
        .bijTransitie());
  }

  private static void einde(List<Regel> l) {
    l.add(regel("DG-001", ERROR, DUO_SPECIFICATION)
        .titel("Nieuwe doelgroep verschilt van de huidige", "New doelgroep differs from the current one")
        .op(duo("gebeurtenissen SS124 en SS125"))
        .bijTransitie());
    l.add(regel("DG-002", INFO, LAW_TEXT)
        .titel("Doelgroep gezins- of overige migrant", "Doelgroep family or other migrant")
        .op(wi("19"), bi("3.14 lid 3"), duo("gebeurtenis SS124"))
        .bijTransitie());
    l.add(regel("DG-003", INFO, LAW_TEXT)
        .titel("Doelgroep asielstatushouder", "Doelgroep asylum permit holder")
        .op(wi("13 lid 1"), bi("3.14 lid 2"), duo("gebeurtenis SS125"))
        .bijTransitie());
    l.add(regel("EI-001", INFO, LAW_TEXT)
        .titel("Plicht beëindigd; open onderdelen vervallen", "Plicht ended; open parts lapse")
        .op(wi("3 lid 1"), bi("2.1 lid 2"), duo("gebeurtenissen SS110 en SS111"))
        .bijTransitie());
    l.add(regel("EI-002", INFO, LAW_TEXT)
        .titel("Gehele vrijstelling beëindigt de plicht", "Whole vrijstelling ends the plicht")
        .op(wi("4 lid 1"), duo("gebeurtenis SS107"))
        .bijTransitie());
    l.add(regel("EI-003", INFO, LAW_TEXT)
        .titel("Gehele ontheffing beëindigt de plicht", "Whole ontheffing ends the plicht")
        .op(wi("5"), bi("2.7"), bi("2.8"), duo("gebeurtenis SS108"))
        .bijTransitie());
  }
}
