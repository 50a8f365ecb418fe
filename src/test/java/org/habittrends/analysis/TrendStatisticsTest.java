package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.habittrends.analysis.TrendStatistics.Observation;
import org.habittrends.domain.Verdict;
import org.junit.jupiter.api.Test;

class TrendStatisticsTest {

  @Test
  void aStakeholdersConstantOffsetIsNotNoise() {
    // A rates 0,1,2 and B 1,2,3 over waves 1..3: slope 1, residuals −½ for A and +½ for B
    // throughout. Each stakeholder's Σ u·(x − x̄) is 0, so the clustered SE is 0 (OLS would say
    // 0.306 as if the six ratings were independent); two stakeholders give no p-value.
    // at k = 2, so that the two final ratings may carry a verdict
    List<Observation> ratings =
        List.of(
            new Observation(1, "A", 0),
            new Observation(1, "B", 1),
            new Observation(2, "A", 1),
            new Observation(2, "B", 2),
            new Observation(3, "A", 2),
            new Observation(3, "B", 3));
    TrendStatistics t = TrendStatistics.of(ratings, 2);

    assertThat(t.waves()).isEqualTo(3);
    assertThat(t.n()).isEqualTo(6);
    assertThat(t.slope()).isCloseTo(1.0, within(1e-12));
    assertThat(t.slopeSe()).isCloseTo(0.0, within(1e-12));
    assertThat(t.slopeDf()).isEqualTo(1);
    assertThat(t.slopeP()).isNaN();
    // Final wave {2, 3}: t = 5 on 1 df (Cauchy), p = 1 - 2·atan(5)/π.
    assertThat(t.finalP()).isCloseTo(1 - 2 * Math.atan(5) / Math.PI, within(1e-9));
    // both rated waves 1 and 3: each sees +2
    assertThat(t.pairedN()).isEqualTo(2);
    assertThat(t.pairedChange()).isEqualTo(2.0);
    assertThat(t.pairedCiLow()).isEqualTo(2.0);
    assertThat(t.pairedCiHigh()).isEqualTo(2.0);
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING);
    // k = 3 withholds the final wave's figures, and so the verdict built from them
    assertThat(trend(ratings).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void clusteredErrorAndPairedChangeMatchAHandCalculation() {
    // A 0→1, B 1→1, C 0→2 (waves 1, 2): x̄ = 1.5, Sxx = 1.5, Sxy = 1.5, slope 1, intercept −2/3.
    // Residuals A (−⅓, −⅓), B (⅔, −⅓), C (−⅓, ⅔); Σ u·(x − x̄) per stakeholder 0, −½, ½.
    // V = G/(G−1)·(N−1)/(N−2)·Σ score² / Sxx² = 3/2 · 5/4 · ½ / 2.25 = 5/12 on 2 df.
    TrendStatistics t =
        trend(
            List.of(
                new Observation(1, "A", 0),
                new Observation(1, "B", 1),
                new Observation(1, "C", 0),
                new Observation(2, "A", 1),
                new Observation(2, "B", 1),
                new Observation(2, "C", 2)));

    double se = Math.sqrt(5.0 / 12);
    // Student t with 2 df in closed form: quantile (2p − 1)/√(2p(1 − p)), two-sided p 1 − t/√(2 +
    // t²)
    double q = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    double tValue = 1 / se;
    assertThat(t.slope()).isCloseTo(1.0, within(1e-12));
    assertThat(t.slopeSe()).isCloseTo(se, within(1e-12));
    assertThat(t.slopeDf()).isEqualTo(2);
    assertThat(t.slopeCiLow()).isCloseTo(1 - q * se, within(1e-12));
    assertThat(t.slopeCiHigh()).isCloseTo(1 + q * se, within(1e-12));
    assertThat(t.slopeP()).isCloseTo(1 - tValue / Math.sqrt(2 + tValue * tValue), within(1e-12));
    // differences 1, 0, 2: mean 1, SD 1
    assertThat(t.pairedN()).isEqualTo(3);
    assertThat(t.pairedChange()).isCloseTo(1.0, within(1e-12));
    assertThat(t.pairedCiLow()).isCloseTo(1 - q / Math.sqrt(3), within(1e-12));
    assertThat(t.pairedCiHigh()).isCloseTo(1 + q / Math.sqrt(3), within(1e-12));
  }

  @Test
  void onlyStakeholdersWhoRatedTheFirstAndTheFinalWaveArePaired() {
    // A skips the final wave, C joined after the first; D rated only the middle wave
    TrendStatistics t =
        trend(
            List.of(
                new Observation(1, "A", 0),
                new Observation(1, "B", 0),
                new Observation(2, "D", 3),
                new Observation(2, "C", 1),
                new Observation(3, "B", 2),
                new Observation(3, "C", 3)));

    assertThat(t.pairedN()).isEqualTo(1);
    assertThat(t.pairedChange()).isEqualTo(2.0);
    assertThat(t.pairedCiLow()).isNaN();
    assertThat(t.finalN()).isEqualTo(2);
  }

  @Test
  void oneStakeholderHasASlopeButNoStandardError() {
    TrendStatistics t =
        trend(
            List.of(
                new Observation(1, "A", 0),
                new Observation(2, "A", 1),
                new Observation(3, "A", 3)));

    assertThat(t.slope()).isCloseTo(1.5, within(1e-12));
    assertThat(t.slopeSe()).isNaN();
    assertThat(t.slopeCiLow()).isNaN();
    assertThat(t.slopeP()).isNaN();
  }

  @Test
  void aSlopeWithoutPValueNeverMakesADecline() {
    // two stakeholders (k = 2 lets them carry a verdict), steeply falling, but the final wave
    // (+1, +2) is above 0
    TrendStatistics t =
        TrendStatistics.of(
            List.of(
                new Observation(1, "A", 3),
                new Observation(1, "B", 3),
                new Observation(2, "A", 1),
                new Observation(2, "B", 2)),
            2);

    assertThat(t.slope()).isNegative();
    assertThat(t.slopeP()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
  }

  @Test
  void oneWaveHasNoSlope() {
    TrendStatistics t =
        trend(
            List.of(
                new Observation(1, "A", 2),
                new Observation(1, "B", 3),
                new Observation(1, "C", 2)));

    assertThat(t.slope()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
  }

  @Test
  void noRatingsIsNotEnoughData() {
    assertThat(trend(List.of()).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void verdictRule() {
    assertThat(TrendStatistics.verdict(1, 3, 2.0, Double.NaN, 0.5, 0.01))
        .isEqualTo(Verdict.INSUFFICIENT_DATA);
    // the final wave needs max(2, k) ratings: the threshold below which figures are withheld
    assertThat(TrendStatistics.verdict(1, 1, 2.0, Double.NaN, 0.5, 0.01))
        .isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(TrendStatistics.verdict(2, 2, 1.5, 0.001, 0.2, 0.3))
        .isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
    assertThat(TrendStatistics.verdict(2, 3, 1.5, 0.001, 0.2, 0.3))
        .isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(TrendStatistics.verdict(4, 5, -0.9, 0.01, -0.1, 0.3))
        .isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(TrendStatistics.verdict(5, 5, -0.9, 0.01, -0.1, 0.3)).isEqualTo(Verdict.DECLINING);
    assertThat(TrendStatistics.verdict(8, 3, 1.5, 0.001, 0.2, 0.3))
        .isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
    assertThat(TrendStatistics.verdict(8, 3, 0.4, 0.2, 0.1, 0.3)).isEqualTo(Verdict.IMPROVING);
    assertThat(TrendStatistics.verdict(8, 3, 0.4, 0.2, -0.1, 0.3))
        .isEqualTo(Verdict.NO_CLEAR_CHANGE);
    assertThat(TrendStatistics.verdict(8, 3, -0.9, 0.01, -0.1, 0.3)).isEqualTo(Verdict.DECLINING);
    assertThat(TrendStatistics.verdict(8, 3, 0.2, 0.5, -0.6, 0.01)).isEqualTo(Verdict.DECLINING);
    assertThat(TrendStatistics.verdict(8, 3, 0.0, 1.0, 0.0, 1.0))
        .isEqualTo(Verdict.NO_CLEAR_CHANGE);
    assertThat(TrendStatistics.verdict(8, 3, 0.5, 0.2, 0.0, 1.0)).isEqualTo(Verdict.IMPROVING);
  }

  @Test
  void allEqualFinalRatingsDecideBySign() {
    // k = 2, so that the two final ratings may carry a verdict
    TrendStatistics t =
        TrendStatistics.of(
            List.of(
                new Observation(1, "A", 0),
                new Observation(1, "B", 1),
                new Observation(2, "A", 1),
                new Observation(2, "B", 1)),
            2);

    assertThat(t.finalP()).isZero();
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
  }

  /** The i-th value is stakeholder Si's rating in the wave. */
  private static List<Observation> ratings(int wave, int... values) {
    List<Observation> list = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      list.add(new Observation(wave, "S" + i, values[i]));
    }
    return list;
  }

  @Test
  void matchesRWithAMissingWave() {
    // Slope and final wave: SciPy 1.17.1 stats.linregress and stats.ttest_1samp(final, 0). The
    // clustered SE, CI and p (7 stakeholders, 6 df) and the paired change: R 4.2.2,
    // sandwich 3.0.2 vcovCL(lm(y ~ w), cluster = s, type = "HC1"), qt/pt,
    // t.test(final, first, paired = TRUE). Wave 3 has no ratings.
    List<Observation> all = new java.util.ArrayList<>(ratings(1, -1, 0, 0, 1, -2));
    all.addAll(ratings(2, 0, 1, 1, 0, 2, 1));
    all.addAll(ratings(4, 1, 2, 2, 3, 1, 0, 2));

    TrendStatistics t = trend(all);

    assertThat(t.waves()).isEqualTo(3);
    assertThat(t.n()).isEqualTo(18);
    assertThat(t.slope()).isCloseTo(0.5964912280701756, within(1e-12));
    assertThat(t.slopeSe()).isCloseTo(0.1213317811840471799, within(1e-12));
    assertThat(t.slopeDf()).isEqualTo(6);
    assertThat(t.slopeP()).isCloseTo(0.0026669841807598722, within(1e-10));
    assertThat(t.slopeCiLow()).isCloseTo(0.2996030547704019997, within(1e-9));
    assertThat(t.slopeCiHigh()).isCloseTo(0.8933794013699483116, within(1e-9));
    assertThat(t.pairedN()).isEqualTo(5);
    assertThat(t.pairedChange()).isCloseTo(2.2, within(1e-12));
    assertThat(t.pairedCiLow()).isCloseTo(1.6447109789604413, within(1e-9));
    assertThat(t.pairedCiHigh()).isCloseTo(2.7552890210395589, within(1e-9));
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
          all.add(new Observation(w, "S" + i, random.nextInt(7) - 3));
        }
      }
      TrendStatistics t = trend(all);
      long distinctWaves = all.stream().mapToInt(Observation::wave).distinct().count();
      if (distinctWaves < 2 || all.size() < 3) {
        assertThat(t.slope()).isNaN();
        continue;
      }
      // b = Sxy / Sxx; SE: the CR1 sandwich by matrices
      double n = all.size();
      double mx = all.stream().mapToDouble(Observation::wave).sum() / n;
      double my = all.stream().mapToDouble(Observation::rating).sum() / n;
      double sxx = all.stream().mapToDouble(o -> (o.wave() - mx) * (o.wave() - mx)).sum();
      double sxy = all.stream().mapToDouble(o -> (o.wave() - mx) * (o.rating() - my)).sum();
      double b = sxy / sxx;
      assertThat(t.slope()).isCloseTo(b, within(1e-9));
      assertThat(t.slopeSe()).isCloseTo(clusteredSe(all), within(1e-9));
      assertThat(t.slopeCiHigh() - t.slope()).isCloseTo(t.slope() - t.slopeCiLow(), within(1e-9));
    }
  }

  /**
   * CR1 written as the matrix sandwich, independently of the production shortcut: bread (X'X)⁻¹
   * with X = [1, wave], meat Σ_g (X_g'u_g)(X_g'u_g)', times G/(G−1)·(N−1)/(N−2).
   */
  private static double clusteredSe(List<Observation> all) {
    double n = all.size();
    double sx = 0, sxx = 0, sy = 0, sxy = 0;
    for (Observation o : all) {
      sx += o.wave();
      sxx += (double) o.wave() * o.wave();
      sy += o.rating();
      sxy += (double) o.wave() * o.rating();
    }
    double det = n * sxx - sx * sx;
    double[][] bread = {{sxx / det, -sx / det}, {-sx / det, n / det}};
    double b = (n * sxy - sx * sy) / det;
    double a = (sy - b * sx) / n;
    java.util.Map<String, double[]> scores = new java.util.TreeMap<>();
    for (Observation o : all) {
      double u = o.rating() - a - b * o.wave();
      double[] g = scores.computeIfAbsent(o.stakeholder(), k -> new double[2]);
      g[0] += u;
      g[1] += u * o.wave();
    }
    double[][] meat = new double[2][2];
    for (double[] g : scores.values()) {
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
          meat[i][j] += g[i] * g[j];
        }
      }
    }
    // row 2 of bread · meat · column 2 of bread
    double v = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        v += bread[1][i] * meat[i][j] * bread[j][1];
      }
    }
    int groups = scores.size();
    return groups < 2
        ? Double.NaN
        : Math.sqrt((double) groups / (groups - 1) * (n - 1) / (n - 2) * v);
  }

  @Test
  void twoWavesWithIdenticalMeansHaveAFlatSlope() {
    // S0..S3 rate 0,1,2,1 then 1,1,0,2: slope 0, residuals y − 1, Σ u·(x − 1.5) per stakeholder
    // ½, 0, −1, ½; V = 4/3 · 7/6 · 1.5 / Sxx² (Sxx = 2) = 7/12
    List<Observation> all = new java.util.ArrayList<>(ratings(1, 0, 1, 2, 1));
    all.addAll(ratings(2, 1, 1, 0, 2));

    TrendStatistics t = trend(all);

    assertThat(t.slope()).isCloseTo(0.0, within(1e-12));
    assertThat(t.slopeSe()).isCloseTo(Math.sqrt(7.0 / 12), within(1e-12));
    assertThat(t.slopeP()).isCloseTo(1.0, within(1e-9));
    // final mean +1 is not significant (t = 2.45, 3 df), but a flat slope is "not falling"
    assertThat(t.finalP()).isGreaterThan(0.05);
    assertThat(t.verdict()).isEqualTo(Verdict.IMPROVING);
  }

  @Test
  void identicalRatingsEverywhereHaveAZeroSlopeWithPOne() {
    List<Observation> all = new java.util.ArrayList<>(ratings(1, 0, 0, 0));
    all.addAll(ratings(2, 0, 0, 0));

    TrendStatistics t = trend(all);

    assertThat(t.slope()).isZero();
    assertThat(t.slopeSe()).isZero();
    assertThat(t.slopeP()).isEqualTo(1.0);
    assertThat(t.finalP()).isEqualTo(1.0);
    assertThat(t.finalT()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
  }

  @Test
  void oneRatingHasNoTestAndNotEnoughData() {
    TrendStatistics t = trend(List.of(new Observation(2, "A", 3)));

    assertThat(t.finalWave()).isEqualTo(2);
    assertThat(t.finalN()).isEqualTo(1);
    assertThat(t.finalMean()).isEqualTo(3.0);
    assertThat(t.finalP()).isNaN();
    assertThat(t.slopeCiLow()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void wavesWithoutRatingsAreIgnoredAndTheFinalWaveIsTheLastWithData() {
    List<Observation> all = new java.util.ArrayList<>(ratings(1, 0, 1, -1));
    all.addAll(ratings(2, 1, 2, 2));
    all.addAll(ratings(3));

    TrendStatistics t = trend(all);

    assertThat(t.waves()).isEqualTo(2);
    assertThat(t.finalWave()).isEqualTo(2);
    assertThat(t.finalMean()).isCloseTo(5.0 / 3, within(1e-12));
  }

  @Test
  void allNotApplicableIsNotEnoughData() {
    TrendStatistics t = trend(List.of());

    assertThat(t.n()).isZero();
    assertThat(t.waves()).isZero();
    assertThat(t.finalMean()).isNaN();
    assertThat(t.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  /** At the default anonymity threshold, k = 3. */
  private static TrendStatistics trend(List<Observation> observations) {
    return TrendStatistics.of(observations, 3);
  }
}
