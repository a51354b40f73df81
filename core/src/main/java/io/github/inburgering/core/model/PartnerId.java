package io.github.inburgering.core.model;

import io.github.inburgering.core.id.KvkNummer;
import io.github.inburgering.core.id.Oin;
import io.github.inburgering.core.internal.Checks;

/** How a partner organisation is identified: by OIN or by KvK number. */
public sealed interface PartnerId permits PartnerId.ViaOin, PartnerId.ViaKvk {

  /** Identification by OIN (public bodies, and private bodies that have one). */
  record ViaOin(Oin oin) implements PartnerId {
    /** Rejects a missing OIN. */
    public ViaOin {
      Checks.required(oin, "PartnerId.oin");
    }
  }

  /** Identification by KvK number (private organisations). */
  record ViaKvk(KvkNummer kvk) implements PartnerId {
    /** Rejects a missing KvK number. */
    public ViaKvk {
      Checks.required(kvk, "PartnerId.kvk");
    }
  }

  /** Returns the OIN form. */
  static PartnerId of(Oin oin) {
    return new ViaOin(oin);
  }

  /** Returns the KvK form. */
  static PartnerId of(KvkNummer kvk) {
    return new ViaKvk(kvk);
  }
}
