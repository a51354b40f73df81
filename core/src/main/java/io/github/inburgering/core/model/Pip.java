package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The persoonlijk plan inburgering en participatie as the history of its adopted versions, oldest
 * first. The first version fixes the start of the inburgeringstermijn (art. 11(2) Wi); later versions
 * never move it (art. 11(3) Wi).
 *
 * @param versies the versions, oldest first, at least one
 */
public record Pip(List<PipVersie> versies) {
  /** Requires at least one version. */
  public Pip {
    versies = Checks.list(versies, "Pip.versies");
    if (versies.isEmpty()) {
      throw new InburgeringException(Reason.MISSING, "Pip.versies", "a PIP has at least one version");
    }
  }

  /** Returns a PIP with one version. */
  public static Pip of(PipVersie eerste) {
    return new Pip(List.of(eerste));
  }

  /** Returns the first version (the initiële PIP). */
  public PipVersie initieel() {
    return versies.get(0);
  }

  /** Returns the newest version (the actuele PIP). */
  public PipVersie actueel() {
    return versies.get(versies.size() - 1);
  }

  /** Returns a PIP with {@code volgende} appended as the newest version. */
  public Pip met(PipVersie volgende) {
    List<PipVersie> l = new ArrayList<>(versies);
    l.add(Checks.required(volgende, "volgende"));
    return new Pip(l);
  }
}
