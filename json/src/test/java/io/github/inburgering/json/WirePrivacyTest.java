package io.github.inburgering.json;

import static io.github.inburgering.core.testing.Eigenschappen.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.model.Inburgeraar;
import io.github.inburgering.core.model.PersoonlijkeOmstandigheden;
import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.json.duo.DuoNotificaties;
import io.github.inburgering.json.v1.DossierBerichtV1;
import io.github.inburgering.json.v1.DossierV1;
import io.github.inburgering.json.v1.GebeurtenisBerichtV1;
import io.github.inburgering.json.v1.PipBerichtV1;
import io.github.inburgering.json.v1.V1Mapping;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The wire records carry personal data in full, but their {@code toString()} never shows it. */
class WirePrivacyTest {

  private static List<String> verboden(Inburgeraar i) {
    List<String> l = new ArrayList<>(List.of(i.bsn().unmasked(), i.geboortedatum().toString()));
    i.naam().ifPresent(n -> l.addAll(List.of(n.voornamen(), n.achternaam())));
    i.vNummer().ifPresent(v -> l.add(v.unmasked()));
    return l;
  }

  @Test
  void wireRecordsMaskPersonalDataInToString() {
    qt(500).forAll(Generatoren.geldigeDossiers(), Generatoren.namen())
        .checkAssert((g, naam) -> {
          Dossier d = g.dossier().toBuilder()
              .inburgeraar(g.dossier().inburgeraar().toBuilder().naam(naam).build())
              .bredeIntake(g.dossier().bredeIntake().orElseThrow().toBuilder()
                  .persoonlijkeOmstandigheden(new PersoonlijkeOmstandigheden(
                      Optional.of("Diagnose XYZ"), Optional.empty(), true)).build())
              .build();
          DossierV1 w = V1Mapping.naarV1(d);
          List<String> teksten = List.of(
              w.toString(),
              new DossierBerichtV1(BerichtTest.envelop("DOSSIER", null), w).toString(),
              new PipBerichtV1(BerichtTest.envelop("PIP", null), w.inburgeraar().bsn(), w.pip().versies().get(0)).toString(),
              Partnerview.bericht(BerichtTest.envelop("DOSSIERVIEW", null), w,
                  "sleutel-van-minstens-tweeendertig-bytes!".getBytes(StandardCharsets.US_ASCII)).toString());
          for (String t : teksten) {
            for (String v : verboden(d.inburgeraar())) {
              assertThat(t).doesNotContain(v);
            }
            assertThat(t).doesNotContain("Diagnose XYZ");
          }
        });
  }

  @Test
  void notificationsMaskTheirIdentifiers() {
    qt(500).forAll(Generatoren.duoMeldingen())
        .checkAssert(m -> {
          String a = new GebeurtenisBerichtV1(BerichtTest.envelop("GEBEURTENIS", null), V1Mapping.naarV1(m)).toString();
          String b = DuoNotificaties.naarDuo(m).toString();
          m.bsn().ifPresent(x -> assertThat(a + b).doesNotContain(x.unmasked()));
          m.vNummer().ifPresent(x -> assertThat(a + b).doesNotContain(x.unmasked()));
        });
  }
}
