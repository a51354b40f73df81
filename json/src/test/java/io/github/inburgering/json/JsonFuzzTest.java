package io.github.inburgering.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inburgering.core.model.Dossier;
import io.github.inburgering.core.testing.Generatoren;
import io.github.inburgering.core.testing.Voorbeelden;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bounded, deterministic fuzzing of the reader: mutated bytes of valid documents (fixed seed, fixed
 * count). The reader must never throw, and every result is either a document or a report with an
 * error, never neither.
 */
class JsonFuzzTest {
  private static final long SEED = Long.getLong("inburgering.fuzz.seed", 424_242L);
  private static final int AANTAL = Integer.getInteger("inburgering.fuzz.count", 3_000);
  private static final JsonLezer LEZER = JsonLezer.builder().maxBytes(64 * 1024).build();

  private static final String[] INVOEGSELS = {
    "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999", "\\u0000", "\"\\ud800\"",
    "0.000000000000000000000000000001", "\"2024-02-30\"", "\"X\"", "[[[[[[[[[[", "{\"a\":{\"a\":{}}}"
  };

  private static byte[] muteer(byte[] in, SplittableRandom r) {
    List<Byte> l = new ArrayList<>();
    for (byte b : in) {
      l.add(b);
    }
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n && !l.isEmpty(); i++) {
      int pos = r.nextInt(l.size());
      switch (r.nextInt(4)) {
        case 0 -> l.remove(pos);
        case 1 -> l.set(pos, (byte) r.nextInt(256));
        case 2 -> {
          byte[] s = INVOEGSELS[r.nextInt(INVOEGSELS.length)].getBytes(StandardCharsets.UTF_8);
          for (int j = s.length - 1; j >= 0; j--) {
            l.add(pos, s[j]);
          }
        }
        default -> {
          int eind = Math.min(l.size(), pos + 1 + r.nextInt(40));
          l.subList(pos, eind).clear();
        }
      }
    }
    byte[] uit = new byte[l.size()];
    for (int i = 0; i < uit.length; i++) {
      uit[i] = l.get(i);
    }
    return uit;
  }

  @Test
  void mutatedDocumentsNeverThrowAndAlwaysAnswer() {
    SplittableRandom r = new SplittableRandom(SEED);
    List<byte[]> zaden = new ArrayList<>();
    zaden.add(InburgeringJson.schrijf(Voorbeelden.basis()));
    io.github.inburgering.core.testing.Eigenschappen.qt(20).forAll(Generatoren.geldigeDossiers())
        .checkAssert(g -> zaden.add(InburgeringJson.schrijf(g.dossier())));
    int metDocument = 0;
    int metFout = 0;
    for (int i = 0; i < AANTAL; i++) {
      byte[] doc = muteer(zaden.get(r.nextInt(zaden.size())), r);
      Leesresultaat<Dossier> res = LEZER.leesDossier(doc, Voorbeelden.PEILDATUM);
      assertThat(res.document().isPresent() || !res.report().isValid()).isTrue();
      if (res.document().isPresent()) {
        metDocument++;
      }
      if (!res.report().isValid()) {
        metFout++;
      }
    }
    System.out.printf("JsonFuzzTest: %d mutated documents (seed %d): %d built, %d with errors%n",
        AANTAL, SEED, metDocument, metFout);
    assertThat(metFout).isGreaterThan(AANTAL / 2);
  }
}
