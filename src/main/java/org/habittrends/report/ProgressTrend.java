package org.habittrends.report;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport.Trend;

/**
 * A goal's trend as of an earlier wave, for progress reports: the analyse step stores only the
 * programme-wide trend, so this recomputes it from the ratings up to that wave with the same rule
 * as the analyse step (README, "Statistics"). Plain Java, no I/O.
 */
final class ProgressTrend {

  private static final double SIGNIFICANCE = 0.05;

  /** A rating given in a wave. */
  record Observation(int wave, int rating) {}

  private ProgressTrend() {}

  static Trend of(List<Observation> observations) {
    int[] waves = observations.stream().mapToInt(Observation::wave).distinct().sorted().toArray();
    if (waves.length == 0) {
      return Trend.insufficient();
    }
    int lastWave = waves[waves.length - 1];
    double[] last =
        observations.stream()
            .filter(o -> o.wave() == lastWave)
            .mapToDouble(Observation::rating)
            .toArray();
    Double slope = null;
    Double slopeP = null;
    if (waves.length >= 2 && observations.size() >= 3) {
      SimpleRegression regression = new SimpleRegression();
      observations.forEach(o -> regression.addData(o.wave(), o.rating()));
      slope = regression.getSlope();
      slopeP = Double.isNaN(regression.getSignificance()) ? null : regression.getSignificance();
    }
    double mean = StatUtils.mean(last);
    Double finalP = null;
    if (last.length >= 2) {
      // all ratings equal: the t-test is undefined and the sign alone decides
      finalP = StatUtils.variance(last) > 0 ? new TTest().tTest(0.0, last) : mean == 0 ? 1.0 : 0.0;
    }
    Verdict verdict = verdict(last.length, mean, finalP, slope, slopeP);
    return new Trend(verdict, slope, slopeP, finalP, waves.length, observations.size());
  }

  static Verdict verdict(int finalN, double finalMean, Double finalP, Double slope, Double slopeP) {
    if (finalN < 2) {
      return Verdict.INSUFFICIENT_DATA;
    }
    boolean slopeFalls = slope != null && slopeP != null && slope < 0 && slopeP < SIGNIFICANCE;
    if ((finalMean < 0 && finalP < SIGNIFICANCE) || slopeFalls) {
      return Verdict.DECLINING;
    }
    if (finalMean > 0 && finalP < SIGNIFICANCE) {
      return Verdict.IMPROVING_SIGNIFICANT;
    }
    if (finalMean > 0 && (slope == null || slope > 0)) {
      return Verdict.IMPROVING;
    }
    return Verdict.NO_CLEAR_CHANGE;
  }
}
