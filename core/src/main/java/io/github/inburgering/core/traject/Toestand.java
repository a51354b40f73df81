package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Checks;
import io.github.inburgering.core.model.Ontheffingsgrond;
import io.github.inburgering.core.model.RedenVrijstelling;
import java.time.LocalDate;

/**
 * The state of an inburgeringsplicht: one record per {@link Fase}, carrying the date the state began
 * and what the state needs to know. Terminal states ({@link Voldaan}, {@link Vrijgesteld}, {@link
 * Ontheven}, {@link Beeindigd}) absorb every event.
 */
public sealed interface Toestand {

  /** Returns the phase of this state. */
  Fase fase();

  /** Returns the date the state began; {@link LocalDate#MIN} for the initial state. */
  LocalDate sinds();

  /** Returns whether this state is terminal. */
  default boolean isEindtoestand() {
    return fase().isEindtoestand();
  }

  /** No plicht (yet): the initial state of every traject. */
  record NietPlichtig() implements Toestand {
    @Override
    public Fase fase() {
      return Fase.NIET_PLICHTIG;
    }

    @Override
    public LocalDate sinds() {
      return LocalDate.MIN;
    }
  }

  /** The plicht is established and notified. @param sinds the start of the plicht */
  record Gemeld(LocalDate sinds) implements Toestand {
    /** Rejects a missing date. */
    public Gemeld {
      Checks.required(sinds, "Gemeld.sinds");
    }

    @Override
    public Fase fase() {
      return Fase.GEMELD;
    }
  }

  /**
   * Temporarily exempt.
   *
   * @param sinds the start of the vrijstelling
   * @param hervatIn the phase the plicht resumes in ({@link Fase#GEMELD}, {@link Fase#BREDE_INTAKE},
   *     {@link Fase#IN_TRAJECT} or {@link Fase#TERMIJN_VERSTREKEN})
   */
  record TijdelijkVrijgesteld(LocalDate sinds, Fase hervatIn) implements Toestand {
    /** Rejects missing components and a terminal phase to resume in. */
    public TijdelijkVrijgesteld {
      Checks.required(sinds, "TijdelijkVrijgesteld.sinds");
      Checks.required(hervatIn, "TijdelijkVrijgesteld.hervatIn");
      if (hervatIn.isEindtoestand() || hervatIn == Fase.NIET_PLICHTIG
          || hervatIn == Fase.TIJDELIJK_VRIJGESTELD) {
        throw new io.github.inburgering.core.InburgeringException(
            io.github.inburgering.core.InburgeringException.Reason.OUT_OF_RANGE,
            "TijdelijkVrijgesteld.hervatIn", "cannot resume in this phase");
      }
    }

    @Override
    public Fase fase() {
      return Fase.TIJDELIJK_VRIJGESTELD;
    }
  }

  /** The brede intake runs. @param sinds the date of the first call */
  record InBredeIntake(LocalDate sinds) implements Toestand {
    /** Rejects a missing date. */
    public InBredeIntake {
      Checks.required(sinds, "InBredeIntake.sinds");
    }

    @Override
    public Fase fase() {
      return Fase.BREDE_INTAKE;
    }
  }

  /** The PIP is adopted and a termijn runs. @param sinds the date the state began */
  record InTraject(LocalDate sinds) implements Toestand {
    /** Rejects a missing date. */
    public InTraject {
      Checks.required(sinds, "InTraject.sinds");
    }

    @Override
    public Fase fase() {
      return Fase.IN_TRAJECT;
    }
  }

  /** The termijn passed with the plicht unmet. @param sinds the first day after the termijn */
  record TermijnVerstreken(LocalDate sinds) implements Toestand {
    /** Rejects a missing date. */
    public TermijnVerstreken {
      Checks.required(sinds, "TermijnVerstreken.sinds");
    }

    @Override
    public Fase fase() {
      return Fase.TERMIJN_VERSTREKEN;
    }
  }

  /** The plicht is met. @param sinds the date of the last result that met it */
  record Voldaan(LocalDate sinds) implements Toestand {
    /** Rejects a missing date. */
    public Voldaan {
      Checks.required(sinds, "Voldaan.sinds");
    }

    @Override
    public Fase fase() {
      return Fase.VOLDAAN;
    }
  }

  /** Whole vrijstelling. @param sinds the decision date @param reden DUO's ground */
  record Vrijgesteld(LocalDate sinds, RedenVrijstelling reden) implements Toestand {
    /** Rejects missing components. */
    public Vrijgesteld {
      Checks.required(sinds, "Vrijgesteld.sinds");
      Checks.required(reden, "Vrijgesteld.reden");
    }

    @Override
    public Fase fase() {
      return Fase.VRIJGESTELD;
    }
  }

  /** Whole ontheffing. @param sinds the decision date @param grond MED or BIO */
  record Ontheven(LocalDate sinds, Ontheffingsgrond grond) implements Toestand {
    /** Rejects missing components. */
    public Ontheven {
      Checks.required(sinds, "Ontheven.sinds");
      Checks.required(grond, "Ontheven.grond");
    }

    @Override
    public Fase fase() {
      return Fase.ONTHEVEN;
    }
  }

  /** The plicht ended. @param sinds the date it ended @param grond why */
  record Beeindigd(LocalDate sinds, Beeindigingsgrond grond) implements Toestand {
    /** Rejects missing components. */
    public Beeindigd {
      Checks.required(sinds, "Beeindigd.sinds");
      Checks.required(grond, "Beeindigd.grond");
    }

    @Override
    public Fase fase() {
      return Fase.BEEINDIGD;
    }
  }
}
