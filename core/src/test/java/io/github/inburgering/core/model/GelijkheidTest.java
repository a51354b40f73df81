package io.github.inburgering.core.model;

import com.google.common.testing.EqualsTester;
import io.github.inburgering.core.Periode;
import io.github.inburgering.core.id.Bsn;
import io.github.inburgering.core.id.Gemeentecode;
import io.github.inburgering.core.id.KvkNummer;
import io.github.inburgering.core.id.Oin;
import io.github.inburgering.core.id.VNummer;
import io.github.inburgering.core.regels.Pointer;
import io.github.inburgering.core.testing.Voorbeelden;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** equals and hashCode by value, checked with guava-testlib's EqualsTester. */
class GelijkheidTest {

  @Test
  void identifiers() {
    new EqualsTester()
        .addEqualityGroup(Bsn.parse("111222333"), Bsn.parse("111222333"))
        .addEqualityGroup(Bsn.parse("123456782"))
        .addEqualityGroup(VNummer.parse("1234567890"), VNummer.parse("1234567890"))
        .addEqualityGroup(Oin.parse("00000001001589623000"), Oin.parse("00000001001589623000"))
        .addEqualityGroup(KvkNummer.parse("12345678"), KvkNummer.parse("12345678"))
        .addEqualityGroup(Gemeentecode.parse("0363"), Gemeentecode.parse("0363"))
        .addEqualityGroup(Gemeentecode.parse("0599"))
        .testEquals();
  }

  @Test
  void valuesAndAggregates() {
    LocalDate a = LocalDate.of(2022, 1, 1);
    new EqualsTester()
        .addEqualityGroup(Periode.of(a, a.plusDays(1)), Periode.of(a, a.plusDays(1)))
        .addEqualityGroup(Periode.vanaf(a), Periode.vanaf(a))
        .addEqualityGroup(new Naam("A", "B"), new Naam("A", "B"))
        .addEqualityGroup(MapAfspraak.uren(40), MapAfspraak.uren(40))
        .addEqualityGroup(MapAfspraak.nietVanToepassing(), MapAfspraak.nietVanToepassing())
        .addEqualityGroup(Afronding.op(a), new Afronding(a, Optional.empty()))
        .addEqualityGroup(Pointer.of("pip", "versies", 0), Pointer.parse("/pip/versies/0"))
        .addEqualityGroup(Voorbeelden.basis(), Voorbeelden.basis())
        .addEqualityGroup(Voorbeelden.basis(2), Voorbeelden.basis(2))
        .addEqualityGroup(Voorbeelden.versie(0).build(), Voorbeelden.versie(0).build())
        .addEqualityGroup(Voorbeelden.versie(0).pvtUren(20).build())
        .testEquals();
  }

  @Test
  void buildersRoundTrip() {
    org.assertj.core.api.Assertions.assertThat(Voorbeelden.basis().toBuilder().build()).isEqualTo(Voorbeelden.basis());
    PipVersie v = Voorbeelden.versie(0).build();
    org.assertj.core.api.Assertions.assertThat(v.toBuilder().build()).isEqualTo(v);
    Inburgeraar i = Voorbeelden.basis().inburgeraar();
    org.assertj.core.api.Assertions.assertThat(i.toBuilder().build()).isEqualTo(i);
  }

  @Test
  void aBijzonderGevalNeedsReasons() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Voorbeelden.versie(0).bijzonderGeval("  ").build())
        .isInstanceOfSatisfying(io.github.inburgering.core.InburgeringException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.reason())
                .isEqualTo(io.github.inburgering.core.InburgeringException.Reason.FORMAT));
    BredeIntake b = Voorbeelden.intake(0).build();
    org.assertj.core.api.Assertions.assertThat(b.toBuilder().build()).isEqualTo(b);
  }
}
