package io.github.inburgering.core.regels;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Leerroute;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules checked while reading raw input: one valid and one invalid value each. */
class InvoerTest {
  private static final Pointer P = Pointer.of("inburgeraar", "bsn");

  private static void eenBevinding(Invoer in, String code, String pointer) {
    Report r = in.report();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.pointer()).hasToString(pointer);
    });
  }

  @Test
  void id001Bsn() {
    Invoer in = new Invoer();
    assertThat(in.bsn(P, "111222333")).isPresent();
    assertThat(in.isLeeg()).isTrue();
    assertThat(in.bsn(P, "123456789")).isEmpty();
    eenBevinding(in, "ID-001", "/inburgeraar/bsn");
    assertThat(in.report().findings().get(0).message()).contains("CHECKSUM").doesNotContain("123456789");
  }

  @Test
  void id002VNummer() {
    Invoer in = new Invoer();
    assertThat(in.vNummer(Pointer.of("inburgeraar", "vNummer"), "1234567890")).isPresent();
    assertThat(in.vNummer(Pointer.of("inburgeraar", "vNummer"), "12345")).isEmpty();
    eenBevinding(in, "ID-002", "/inburgeraar/vNummer");
  }

  @Test
  void id003Oin() {
    Invoer in = new Invoer();
    assertThat(in.oin(Pointer.of("afzender"), "00000001001589623000")).isPresent();
    assertThat(in.oin(Pointer.of("afzender"), "0000000100158962300")).isEmpty();
    eenBevinding(in, "ID-003", "/afzender");
  }

  @Test
  void id004Kvk() {
    Invoer in = new Invoer();
    assertThat(in.kvkNummer(Pointer.of("partner", "kvk"), "12345678")).isPresent();
    assertThat(in.kvkNummer(Pointer.of("partner", "kvk"), "1234-5678")).isEmpty();
    eenBevinding(in, "ID-004", "/partner/kvk");
  }

  @Test
  void id005Gemeentecode() {
    Invoer in = new Invoer();
    assertThat(in.gemeentecode(Pointer.of("gemeente"), "0363")).isPresent();
    assertThat(in.gemeentecode(Pointer.of("gemeente"), "363")).isEmpty();
    eenBevinding(in, "ID-005", "/gemeente");
  }

  @Test
  void cd001UnknownCodeNamesTheAllowedCodes() {
    Invoer in = new Invoer(Locale.ENGLISH);
    assertThat(in.code(Pointer.of("leerroute"), Leerroute.class, "Z")).contains(Leerroute.Z_ROUTE);
    assertThat(in.code(Pointer.of("leerroute"), Leerroute.class, "X")).isEmpty();
    eenBevinding(in, "CD-001", "/leerroute");
    assertThat(in.report().findings().get(0).message()).contains("B, O, Z");
  }

  @Test
  void cd002MissingValue() {
    Invoer in = new Invoer();
    assertThat(in.verplicht(Pointer.of("dagtekening"), "2024-01-01")).isPresent();
    assertThat(in.verplicht(Pointer.of("dagtekening"), null)).isEmpty();
    eenBevinding(in, "CD-002", "/dagtekening");
    Invoer in2 = new Invoer();
    assertThat(in2.bsn(P, null)).isEmpty();
    eenBevinding(in2, "CD-002", "/inburgeraar/bsn");
  }

  @Test
  void everyFindingOfOneDocumentIsCollected() {
    Invoer in = new Invoer();
    in.bsn(P, "1");
    in.gemeentecode(Pointer.of("gemeente"), "x");
    in.code(Pointer.of("leerroute"), Leerroute.class, "b");
    assertThat(in.report().codes()).containsExactly("CD-001", "ID-001", "ID-005");
    assertThat(in.report().isValid()).isFalse();
  }

  @Test
  void pointerEscapesPerRfc6901() {
    Pointer p = Pointer.of("a/b", "c~d", 0);
    assertThat(p).hasToString("/a~1b/c~0d/0");
    assertThat(Pointer.parse(p.toString())).isEqualTo(p);
    assertThat(Pointer.root()).hasToString("");
  }
}
