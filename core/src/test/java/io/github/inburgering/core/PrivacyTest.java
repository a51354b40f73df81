package io.github.inburgering.core;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Inburgeraar;
import io.github.inburgering.core.model.Naam;
import io.github.inburgering.core.model.PersoonlijkeOmstandigheden;
import io.github.inburgering.core.regels.Finding;
import io.github.inburgering.core.regels.Validator;
import io.github.inburgering.core.testing.Generatoren;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No toString(), exception message or report text shows a BSN, a name or a birth date. */
class PrivacyTest {

  private static List<String> verboden(Inburgeraar i) {
    List<String> l = new ArrayList<>();
    l.add(i.bsn().unmasked());
    l.add(i.geboortedatum().toString());
    i.naam().ifPresent(n -> {
      l.add(n.voornamen());
      l.add(n.achternaam());
    });
    i.vNummer().ifPresent(v -> l.add(v.unmasked()));
    return l;
  }

  @Test
  void noToStringShowsPersonalData() {
    qt(2_000).forAll(Generatoren.geldigeDossiers())
        .checkAssert(g -> {
          Dossier d = g.dossier();
          List<String> teksten = List.of(d.toString(), d.inburgeraar().toString(),
              String.valueOf(d.bredeIntake().map(Object::toString)), String.valueOf(d.contactpersoon()));
          for (String tekst : teksten) {
            for (String v : verboden(d.inburgeraar())) {
              assertThat(tekst).doesNotContain(v);
            }
          }
        });
  }

  @Test
  void noReportTextShowsPersonalData() {
    qt(1_000).forAll(Generatoren.geldigeDossiers())
        .checkAssert(g -> {
          // a dossier that breaks the age rules: the messages must still not reveal the birth date
          Dossier d = g.dossier().toBuilder().inburgeraar(g.dossier().inburgeraar().toBuilder()
              .geboortedatum(g.dossier().plicht().ontstaan().minusYears(10)).build()).build();
          for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            for (Finding f : Validator.standaard().inTaal(locale).validate(d, g.peildatum()).findings()) {
              for (String v : verboden(d.inburgeraar())) {
                assertThat(f.toString()).doesNotContain(v);
              }
            }
          }
        });
  }

  @Test
  void notificationsShowNeitherBsnNorVNummer() {
    qt(1_000).forAll(Generatoren.duoMeldingen())
        .checkAssert(m -> {
          m.bsn().ifPresent(b -> assertThat(m.toString()).doesNotContain(b.unmasked()));
          m.vNummer().ifPresent(v -> assertThat(m.toString()).doesNotContain(v.unmasked()));
        });
  }

  @Test
  void healthDataIsNeverPrinted() {
    PersoonlijkeOmstandigheden p = new PersoonlijkeOmstandigheden(
        Optional.of("PTSS, in behandeling"), Optional.of("mantelzorg"), true);
    assertThat(p.toString()).doesNotContain("PTSS").doesNotContain("mantelzorg");
  }

  @Test
  void exceptionMessagesNeverEchoTheInput() {
    qt(2_000).forAll(Generatoren.bsns())
        .checkAssert(b -> {
          String fout = b.unmasked().substring(0, 8) + ((b.unmasked().charAt(8) - '0' + 1) % 10);
          assertThatThrownBy(() -> Bsn.parse(fout)).satisfies(e -> assertThat(e.getMessage()).doesNotContain(fout));
        });
    assertThatThrownBy(() -> new Naam(" ", "Jansen")).satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jansen"));
  }

  @Test
  void nameShowsInitialsOnly() {
    assertThat(new Naam("Amira", "El Amrani")).hasToString("Naam[A. E.]");
  }
}
