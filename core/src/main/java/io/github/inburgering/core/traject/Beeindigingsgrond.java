package io.github.inburgering.core.traject;

import io.github.inburgering.core.internal.Codes;
import io.github.inburgering.core.model.Code;

import io.github.inburgering.core.model.DuoGebeurtenis;
import io.github.inburgering.core.model.RedenEindePlicht;

/**
 * Why an inburgeringsplicht ended other than by meeting it, vrijstelling or ontheffing (art. 3(1)
 * Wi; art. 2.1(2) BI; DUO events SS110 and SS111).
 */
public enum Beeindigingsgrond implements Code {
  /** The person reached the AOW age (art. 3(1)(b) Wi). */
  AOW_LEEFTIJD("AOW-leeftijd bereikt", RedenEindePlicht.OVERIG, DuoGebeurtenis.SS110),
  /** The person left the Netherlands for more than a year (art. 2.1(2) BI). */
  VERTREK("vertrek uit Nederland langer dan een jaar", RedenEindePlicht.VERTREK, DuoGebeurtenis.SS110),
  /** The person was naturalised (art. 3(1)(a) Wi: no longer a vreemdeling). */
  NATURALISATIE("genaturaliseerd", RedenEindePlicht.OVERIG, DuoGebeurtenis.SS110),
  /** The person died. */
  OVERLIJDEN("overleden", RedenEindePlicht.OVERLIJDEN, DuoGebeurtenis.SS111),
  /** The residence purpose changed to a temporary one, or the permit was withdrawn (art. 3 Wi). */
  VERBLIJFSDOEL_GEWIJZIGD("verblijfsdoel gewijzigd", RedenEindePlicht.VERBLIJFSDOEL_GEWIJZIGD,
      DuoGebeurtenis.SS110);

  private final String omschrijving;
  private final RedenEindePlicht duoReden;
  private final DuoGebeurtenis duoGebeurtenis;

  Beeindigingsgrond(String omschrijving, RedenEindePlicht duoReden, DuoGebeurtenis duoGebeurtenis) {
    this.omschrijving = omschrijving;
    this.duoReden = duoReden;
    this.duoGebeurtenis = duoGebeurtenis;
  }

  /** Returns the Dutch description. */
  @Override
  public String omschrijving() {
    return omschrijving;
  }

  /** Returns DUO's {@code RedenGeenInburgeringsplicht} for this ground. */
  public RedenEindePlicht duoReden() {
    return duoReden;
  }

  /** Returns the event by which DUO signals this ground. */
  public DuoGebeurtenis duoGebeurtenis() {
    return duoGebeurtenis;
  }

  /** Returns the code as exchanged: the constant's name. */
  @Override
  public String code() {
    return name();
  }

  /**
   * Returns the ground with {@code code}; never {@code null}.
   *
   * @throws io.github.inburgering.core.InburgeringException with reason {@code UNKNOWN_CODE}
   */
  public static Beeindigingsgrond fromCode(String code) {
    return Codes.fromCode(Beeindigingsgrond.class, code);
  }
}
