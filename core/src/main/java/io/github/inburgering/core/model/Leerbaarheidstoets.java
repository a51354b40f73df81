package io.github.inburgering.core.model;

import io.github.inburgering.core.InburgeringException;
import io.github.inburgering.core.InburgeringException.Reason;
import io.github.inburgering.core.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The leerbaarheidstoets part of the brede intake (art. 14(3)(a) Wi): either taken, with its result,
 * or not taken because the college granted an ontheffing (art. 14(6) Wi).
 */
public sealed interface Leerbaarheidstoets
    permits Leerbaarheidstoets.Afgenomen, Leerbaarheidstoets.Ontheffing {

  /**
   * The test was taken (DUO Leerbaarheidstoets API, schema {@code Resultaat}).
   *
   * @param uitkomst the outcome
   * @param behaaldeScore the score obtained, 0.00–999.99
   * @param benodigdeScore the threshold above which the B1-route should be attainable
   * @param datumAfname the date the result was registered
   */
  record Afgenomen(
      LeerbaarheidstoetsUitkomst uitkomst,
      BigDecimal behaaldeScore,
      BigDecimal benodigdeScore,
      LocalDate datumAfname)
      implements Leerbaarheidstoets {
    private static final BigDecimal MAX = new BigDecimal("999.99");

    /**
     * Checks scores against DUO's pattern {@code \d{1,3},\d{2}} and stores them with exactly two
     * decimals, so that {@code 71.5} and {@code 71.50} are the same score.
     */
    public Afgenomen {
      Checks.required(uitkomst, "Leerbaarheidstoets.uitkomst");
      score(behaaldeScore, "Leerbaarheidstoets.behaaldeScore");
      score(benodigdeScore, "Leerbaarheidstoets.benodigdeScore");
      behaaldeScore = behaaldeScore.setScale(2);
      benodigdeScore = benodigdeScore.setScale(2);
      Checks.required(datumAfname, "Leerbaarheidstoets.datumAfname");
    }

    private static void score(BigDecimal s, String field) {
      Checks.required(s, field);
      if (s.signum() < 0 || s.compareTo(MAX) > 0 || s.scale() > 2) {
        throw new InburgeringException(
            Reason.OUT_OF_RANGE, field, "a score lies between 0.00 and 999.99, two decimals at most");
      }
    }
  }

  /**
   * The college exempted the person from the test (art. 14(6) Wi).
   *
   * @param grond visual or auditory impairment
   * @param datum the date of the college's decision
   */
  record Ontheffing(LeerbaarheidstoetsOntheffingsgrond grond, LocalDate datum)
      implements Leerbaarheidstoets {
    /** Rejects missing components. */
    public Ontheffing {
      Checks.required(grond, "Leerbaarheidstoets.grond");
      Checks.required(datum, "Leerbaarheidstoets.datum");
    }
  }
}
