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
}
