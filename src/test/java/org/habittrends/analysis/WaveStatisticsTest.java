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
}
