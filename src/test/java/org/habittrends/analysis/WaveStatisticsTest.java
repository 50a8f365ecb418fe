package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WaveStatisticsTest {

  // Student t critical value, 2 degrees of freedom, 97.5 % (from printed t tables).
  private static final double T_2 = 4.302652729911275;

  @Test
  void meanSdAndConfidenceIntervalMatchAHandCalculation() {
    WaveStatistics s = WaveStatistics.of(new int[] {1, 2, 3});

    assertThat(s.n()).isEqualTo(3);
    assertThat(s.mean()).isEqualTo(2.0);
    assertThat(s.sd()).isCloseTo(1.0, within(1e-12));
    double half = T_2 * 1.0 / Math.sqrt(3);
    assertThat(s.ciLow()).isCloseTo(2.0 - half, within(1e-9));
    assertThat(s.ciHigh()).isCloseTo(2.0 + half, within(1e-9));
  }

  @Test
  void countsImprovedUnchangedAndWorse() {
    WaveStatistics s = WaveStatistics.of(new int[] {-2, 0, 0, 1, 3});

    assertThat(s.improved()).isEqualTo(2);
    assertThat(s.unchanged()).isEqualTo(2);
    assertThat(s.worse()).isEqualTo(1);
  }

  @Test
  void noRatingsHasNoMeanAndOneRatingHasNoInterval() {
    WaveStatistics none = WaveStatistics.of(new int[0]);
    WaveStatistics one = WaveStatistics.of(new int[] {2});

    assertThat(none.n()).isZero();
    assertThat(none.mean()).isNaN();
    assertThat(one.mean()).isEqualTo(2.0);
    assertThat(one.sd()).isNaN();
    assertThat(one.ciLow()).isNaN();
  }

  @Test
  void equalRatingsHaveZeroSpreadAndAZeroWidthInterval() {
    WaveStatistics s = WaveStatistics.of(new int[] {1, 1, 1, 1});

    assertThat(s.sd()).isZero();
    assertThat(s.ciLow()).isEqualTo(1.0);
    assertThat(s.ciHigh()).isEqualTo(1.0);
  }

  @Test
  void matchesScipyForAFinalWave() {
    // Reference: SciPy 1.17.1, numpy std(ddof=1) and mean ± stats.t.ppf(0.975, n − 1)·sd/√n
    WaveStatistics s = WaveStatistics.of(new int[] {1, 2, 2, 3, 1, 0, 2});

    assertThat(s.mean()).isCloseTo(1.5714285714285714, within(1e-12));
    assertThat(s.sd()).isCloseTo(0.9759000729485332, within(1e-12));
    assertThat(s.ciLow()).isCloseTo(0.668871538178851, within(1e-9));
    assertThat(s.ciHigh()).isCloseTo(2.4739856046782918, within(1e-9));
    assertThat(s.targetMet()).isTrue();
  }

  /** Two-sided 95 % critical values of Student's t from printed tables (df → t). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "1, 12.7062",
    "2, 4.3027",
    "3, 3.1824",
    "4, 2.7764",
    "5, 2.5706",
    "6, 2.4469",
    "9, 2.2622",
    "10, 2.2281",
    "15, 2.1314",
    "20, 2.0860",
    "30, 2.0423"
  })
  void criticalValuesMatchPrintedTables(int df, double printed) {
    assertThat(WaveStatistics.tCritical(df)).isCloseTo(printed, within(5e-5));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void matchesTextbookFormulasOnSeededRandomRatings(int seed) {
    java.util.Random random = new java.util.Random(seed);
    int[] ratings = random.ints(2 + random.nextInt(30), -3, 4).toArray();

    WaveStatistics s = WaveStatistics.of(ratings);

    int n = ratings.length;
    double mean = java.util.Arrays.stream(ratings).sum() / (double) n;
    double ss = java.util.Arrays.stream(ratings).mapToDouble(r -> (r - mean) * (r - mean)).sum();
    double sd = Math.sqrt(ss / (n - 1));
    assertThat(s.n()).isEqualTo(n);
    assertThat(s.mean()).isCloseTo(mean, within(1e-12));
    assertThat(s.sd()).isCloseTo(sd, within(1e-12));
    double half = WaveStatistics.tCritical(n - 1) * sd / Math.sqrt(n);
    assertThat(s.ciLow()).isCloseTo(mean - half, within(1e-12));
    for (int value = -3; value <= 3; value++) {
      int v = value;
      assertThat(s.distribution()[value + 3])
          .isEqualTo((int) java.util.Arrays.stream(ratings).filter(r -> r == v).count());
    }
    assertThat(s.improved() + s.unchanged() + s.worse()).isEqualTo(n);
    assertThat(s.improvedShare() + s.unchangedShare() + s.worseShare()).isCloseTo(1, within(1e-12));
    assertThat(s.targetMet()).isEqualTo(mean > 1);
  }

  @Test
  void aMeanOfExactlyOneDoesNotMeetTheTarget() {
    assertThat(WaveStatistics.of(new int[] {1, 1, 1}).targetMet()).isFalse();
    assertThat(WaveStatistics.of(new int[] {1, 1, 2}).targetMet()).isTrue();
    assertThat(WaveStatistics.of(new int[0]).targetMet()).isFalse();
  }

  @Test
  void distributionCountsEveryValueOfTheScale() {
    WaveStatistics s = WaveStatistics.of(new int[] {-3, -3, -2, -1, 0, 1, 2, 3, 3, 3});

    assertThat(s.distribution()).containsExactly(2, 1, 1, 1, 1, 1, 3);
  }
}
