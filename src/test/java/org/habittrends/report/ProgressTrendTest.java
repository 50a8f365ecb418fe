package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport.Trend;
import org.habittrends.report.ProgressTrend.Observation;
import org.junit.jupiter.api.Test;

class ProgressTrendTest {

  @Test
  void clearImprovementInTheLatestWaveIsSignificant() {
    Trend trend = trend(ratings(new int[] {0, 1, 0, -1, 0}, new int[] {2, 1, 2, 2, 3, 1}));
    assertThat(trend.verdict()).isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
    assertThat(trend.slope()).isPositive();
    assertThat(trend.waves()).isEqualTo(2);
    assertThat(trend.n()).isEqualTo(11);
    // S0..S4 rated both waves: 2−0, 1−1, 2−0, 2+1, 3−0 = 2, 0, 2, 3, 3
    assertThat(trend.paired().n()).isEqualTo(5);
    assertThat(trend.paired().change()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void aFallingSlopeIsADecline() {
    Trend trend = trend(ratings(new int[] {2, 2, 3, 2, 2}, new int[] {-1, 0, -1, 0, -1}));
    assertThat(trend.verdict()).isEqualTo(Verdict.DECLINING);
  }

  @Test
  void oneRatingInTheLatestWaveIsNotEnough() {
    assertThat(trend(ratings(new int[] {1, 2, 2}, new int[] {3})).verdict())
        .isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(trend(List.of()).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  void equalRatingsDecideBySign() {
    assertThat(trend(ratings(new int[] {1, 1, 1})).verdict())
        .isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
    assertThat(trend(ratings(new int[] {0, 0, 0})).verdict()).isEqualTo(Verdict.NO_CLEAR_CHANGE);
  }

  @Test
  void theLatestWaveNeedsKRatingsForAVerdict() {
    // two clearly positive ratings: a verdict at k = 2, withheld at k = 3 like the wave's figures
    List<Observation> two = ratings(new int[] {0, 1, 0}, new int[] {3, 3});
    assertThat(ProgressTrend.of(two, 2).verdict()).isEqualTo(Verdict.IMPROVING_SIGNIFICANT);
    assertThat(ProgressTrend.of(two, 3).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  /** At the default anonymity threshold, k = 3. */
  private static Trend trend(List<Observation> observations) {
    return ProgressTrend.of(observations, 3);
  }

  /** Wave w+1 gets the w-th array; the i-th rating of each wave is stakeholder Si's. */
  private static List<Observation> ratings(int[]... waves) {
    List<Observation> observations = new ArrayList<>();
    for (int w = 0; w < waves.length; w++) {
      for (int i = 0; i < waves[w].length; i++) {
        observations.add(new Observation(w + 1, "S" + i, waves[w][i]));
      }
    }
    return observations;
  }
}
