package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.habittrends.analysis.TrendStatistics.Observation;
import org.habittrends.domain.Verdict;
import org.junit.jupiter.api.Test;

class TrendStatisticsTest {

  @Test
  void slopeStandardErrorAndPValueMatchAHandCalculation() {
    // x = 1,1,2,2,3,3; y = 0,1,1,2,2,3: Sxx = 4, Sxy = 4, slope 1, SSE 1.5, s² = 1.5/4,
    // SE = sqrt(s²/Sxx); t = 3.266 on 4 df; p from the closed-form t CDF for 4 df.
    TrendStatistics t =
        TrendStatistics.of(
            List.of(
                new Observation(1, 0),
                new Observation(1, 1),
                new Observation(2, 1),
                new Observation(2, 2),
                new Observation(3, 2),
                new Observation(3, 3)));

    assertThat(t.waves()).isEqualTo(3);
    assertThat(t.n()).isEqualTo(6);
    assertThat(t.slope()).isCloseTo(1.0, within(1e-12));
    assertThat(t.slopeSe()).isCloseTo(Math.sqrt(0.375 / 4), within(1e-12));
    double tValue = 1 / Math.sqrt(0.375 / 4);
    double x = tValue / Math.sqrt(4 + tValue * tValue);
    double p = 2 * (1 - (0.5 + 0.75 * x * (1 - x * x / 3)));
    assertThat(t.slopeP()).isCloseTo(p, within(1e-9));
    // Final wave {2, 3}: t = 5 on 1 df (Cauchy), p = 1 - 2·atan(5)/π.
    assertThat(t.finalP()).isCloseTo(1 - 2 * Math.atan(5) / Math.PI, within(1e-9));
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING);
  }

  @Test
  void oneWaveHasNoSlope() {
    TrendStatistics t =
        TrendStatistics.of(
            List.of(new Observation(1, 2), new Observation(1, 3), new Observation(1, 2)));

    assertThat(t.slope()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
  }

  @Test
  void noRatingsIsNotEnoughData() {
    assertThat(TrendStatistics.of(List.of()).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void verdictRule() {
    assertThat(TrendStatistics.verdict(1, 2.0, Double.NaN, 0.5, 0.01))
        .isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(TrendStatistics.verdict(8, 1.5, 0.001, 0.2, 0.3))
        .isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
    assertThat(TrendStatistics.verdict(8, 0.4, 0.2, 0.1, 0.3)).isEqualTo(Verdict.IMPROVING);
    assertThat(TrendStatistics.verdict(8, 0.4, 0.2, -0.1, 0.3)).isEqualTo(Verdict.NO_CLEAR_CHANGE);
    assertThat(TrendStatistics.verdict(8, -0.9, 0.01, -0.1, 0.3)).isEqualTo(Verdict.DECLINING);
    assertThat(TrendStatistics.verdict(8, 0.2, 0.5, -0.6, 0.01)).isEqualTo(Verdict.DECLINING);
    assertThat(TrendStatistics.verdict(8, 0.0, 1.0, 0.0, 1.0)).isEqualTo(Verdict.NO_CLEAR_CHANGE);
    assertThat(TrendStatistics.verdict(8, 0.5, 0.2, 0.0, 1.0)).isEqualTo(Verdict.IMPROVING);
  }

  @Test
  void allEqualFinalRatingsDecideBySign() {
    TrendStatistics t =
        TrendStatistics.of(
            List.of(
                new Observation(1, 0),
                new Observation(1, 1),
                new Observation(2, 1),
                new Observation(2, 1)));

    assertThat(t.finalP()).isZero();
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
  }

  private static List<Observation> ratings(int wave, int... values) {
    List<Observation> list = new java.util.ArrayList<>();
    for (int v : values) {
      list.add(new Observation(wave, v));
    }
    return list;
  }

  @Test
  void matchesScipyWithAMissingWave() {
    // Reference: SciPy 1.17.1, stats.linregress(x, y) and stats.ttest_1samp(final, 0);
    // CI = slope ± stats.t.ppf(0.975, n − 2)·stderr. Wave 3 has no ratings.
    List<Observation> all = new java.util.ArrayList<>(ratings(1, -1, 0, 0, 1, -2));
    all.addAll(ratings(2, 0, 1, 1, 0, 2, 1));
    all.addAll(ratings(4, 1, 2, 2, 3, 1, 0, 2));

    TrendStatistics t = TrendStatistics.of(all);

    assertThat(t.waves()).isEqualTo(3);
    assertThat(t.n()).isEqualTo(18);
    assertThat(t.slope()).isCloseTo(0.5964912280701756, within(1e-12));
    assertThat(t.slopeSe()).isCloseTo(0.18119220333134112, within(1e-12));
    assertThat(t.slopeP()).isCloseTo(0.004595758416323749, within(1e-10));
    assertThat(t.slopeCiLow()).isCloseTo(0.21238091605049053, within(1e-9));
    assertThat(t.slopeCiHigh()).isCloseTo(0.9806015400898607, within(1e-9));
    assertThat(t.finalWave()).isEqualTo(4);
    assertThat(t.finalN()).isEqualTo(7);
    assertThat(t.finalMean()).isCloseTo(1.5714285714285714, within(1e-12));
    assertThat(t.finalT()).isCloseTo(4.260281680828158, within(1e-10));
    assertThat(t.finalP()).isCloseTo(0.005319596035924484, within(1e-10));
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
  }

  @Test
  void slopeMatchesTheTextbookFormulaOnSeededRandomGoals() {
    java.util.Random random = new java.util.Random(42);
    for (int run = 0; run < 200; run++) {
      List<Observation> all = new java.util.ArrayList<>();
      int waves = 2 + random.nextInt(5);
      for (int w = 1; w <= waves; w++) {
        for (int i = random.nextInt(9); i > 0; i--) {
          all.add(new Observation(w, random.nextInt(7) - 3));
        }
      }
      TrendStatistics t = TrendStatistics.of(all);
      long distinctWaves = all.stream().mapToInt(Observation::wave).distinct().count();
      if (distinctWaves < 2 || all.size() < 3) {
        assertThat(t.slope()).isNaN();
        continue;
      }
      // b = Sxy / Sxx; SE = sqrt(SSE / (n − 2) / Sxx)
      double n = all.size();
      double mx = all.stream().mapToDouble(Observation::wave).sum() / n;
      double my = all.stream().mapToDouble(Observation::rating).sum() / n;
      double sxx = all.stream().mapToDouble(o -> (o.wave() - mx) * (o.wave() - mx)).sum();
      double sxy = all.stream().mapToDouble(o -> (o.wave() - mx) * (o.rating() - my)).sum();
      double b = sxy / sxx;
      double sse =
          all.stream().mapToDouble(o -> Math.pow(o.rating() - (my + b * (o.wave() - mx)), 2)).sum();
      assertThat(t.slope()).isCloseTo(b, within(1e-9));
      assertThat(t.slopeSe()).isCloseTo(Math.sqrt(sse / (n - 2) / sxx), within(1e-9));
      assertThat(t.slopeCiHigh() - t.slope()).isCloseTo(t.slope() - t.slopeCiLow(), within(1e-9));
    }
  }

  @Test
  void twoWavesWithIdenticalMeansHaveAFlatSlope() {
    // SciPy: slope 0, stderr 0.5773502691896257, p 1.0
    List<Observation> all = new java.util.ArrayList<>(ratings(1, 0, 1, 2, 1));
    all.addAll(ratings(2, 1, 1, 0, 2));

    TrendStatistics t = TrendStatistics.of(all);

    assertThat(t.slope()).isCloseTo(0.0, within(1e-12));
    assertThat(t.slopeSe()).isCloseTo(0.5773502691896257, within(1e-12));
    assertThat(t.slopeP()).isCloseTo(1.0, within(1e-9));
    // final mean +1 is not significant (t = 2.45, 3 df), but a flat slope is "not falling"
    assertThat(t.finalP()).isGreaterThan(0.05);
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING);
  }

  @Test
  void identicalRatingsEverywhereHaveAZeroSlopeWithPOne() {
    List<Observation> all = new java.util.ArrayList<>(ratings(1, 0, 0));
    all.addAll(ratings(2, 0, 0));

    TrendStatistics t = TrendStatistics.of(all);

    assertThat(t.slope()).isZero();
    assertThat(t.slopeSe()).isZero();
    assertThat(t.slopeP()).isEqualTo(1.0);
    assertThat(t.finalP()).isEqualTo(1.0);
    assertThat(t.finalT()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
  }

  @Test
  void oneRatingHasNoTestAndNotEnoughData() {
    TrendStatistics t = TrendStatistics.of(List.of(new Observation(2, 3)));

    assertThat(t.finalWave()).isEqualTo(2);
    assertThat(t.finalN()).isEqualTo(1);
    assertThat(t.finalMean()).isEqualTo(3.0);
    assertThat(t.finalP()).isNaN();
    assertThat(t.slopeCiLow()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void wavesWithoutRatingsAreIgnoredAndTheFinalWaveIsTheLastWithData() {
    java.util.SortedMap<Integer, RatingTally> byWave = new java.util.TreeMap<>();
    byWave.put(1, RatingTally.of(0, 1, -1));
    byWave.put(2, RatingTally.of(1, 2, 2));
    byWave.put(3, RatingTally.of());

    TrendStatistics t = TrendStatistics.of(byWave);

    assertThat(t.waves()).isEqualTo(2);
    assertThat(t.finalWave()).isEqualTo(2);
    assertThat(t.finalMean()).isCloseTo(5.0 / 3, within(1e-12));
  }

  @Test
  void allNotApplicableIsNotEnoughData() {
    java.util.SortedMap<Integer, RatingTally> byWave = new java.util.TreeMap<>();
    byWave.put(1, RatingTally.of());
    byWave.put(2, RatingTally.of());

    TrendStatistics t = TrendStatistics.of(byWave);

    assertThat(t.n()).isZero();
    assertThat(t.waves()).isZero();
    assertThat(t.finalMean()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }
}
