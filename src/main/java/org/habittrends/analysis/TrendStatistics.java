package org.habittrends.analysis;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.habittrends.domain.Verdict;

/**
 * A leader's goal over the programme: least-squares slope of the individual ratings on wave number,
 * its standard error and two-sided p-value, the final wave's one-sample t-test against 0, and the
 * verdict.
 */
record TrendStatistics(
    int waves, int n, double slope, double slopeSe, double slopeP, double finalP, Verdict verdict) {

  static final double SIGNIFICANCE = 0.05;

  /** One observation: a rating given in a wave. */
  record Observation(int wave, int rating) {}

  static TrendStatistics of(List<Observation> observations) {
    int[] waves = observations.stream().mapToInt(Observation::wave).distinct().sorted().toArray();
    if (waves.length == 0) {
      return new TrendStatistics(
          0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Verdict.INSUFFICIENT_DATA);
    }
    int lastWave = waves[waves.length - 1];
    double[] last =
        observations.stream()
            .filter(o -> o.wave() == lastWave)
            .mapToDouble(Observation::rating)
            .toArray();
    double slope = Double.NaN;
    double slopeSe = Double.NaN;
    double slopeP = Double.NaN;
    if (waves.length >= 2 && observations.size() >= 3) {
      SimpleRegression regression = new SimpleRegression();
      observations.forEach(o -> regression.addData(o.wave(), o.rating()));
      slope = regression.getSlope();
      slopeSe = regression.getSlopeStdErr();
      slopeP = regression.getSignificance();
    }
    double finalMean = last.length == 0 ? Double.NaN : StatUtils.mean(last);
    double finalP =
        last.length >= 2 && StatUtils.variance(last) > 0
            ? new TTest().tTest(0.0, last)
            : Double.NaN;
    if (last.length >= 2 && Double.isNaN(finalP)) {
      // all ratings equal: no variance, so the t-test is undefined; the sign alone decides
      finalP = finalMean == 0 ? 1.0 : 0.0;
    }
    Verdict verdict = verdict(last.length, finalMean, finalP, slope, slopeP);
    return new TrendStatistics(
        waves.length, observations.size(), slope, slopeSe, slopeP, finalP, verdict);
  }

  /**
   * Ratings already measure perceived change since the programme began, so the final wave decides:
   * its mean significantly above 0 is a significant improvement, above 0 with a rising slope an
   * improvement, significantly below 0 (or a significantly falling slope) a decline.
   */
  static Verdict verdict(int finalN, double finalMean, double finalP, double slope, double slopeP) {
    if (finalN < 2) {
      return Verdict.INSUFFICIENT_DATA;
    }
    boolean slopeFalls = slope < 0 && slopeP < SIGNIFICANCE;
    if ((finalMean < 0 && finalP < SIGNIFICANCE) || slopeFalls) {
      return Verdict.DECLINING;
    }
    if (finalMean > 0 && finalP < SIGNIFICANCE) {
      return Verdict.IMPROVING_SIGNIFICANT;
    }
    if (finalMean > 0 && (Double.isNaN(slope) || slope > 0)) {
      return Verdict.IMPROVING;
    }
    return Verdict.NO_CLEAR_CHANGE;
  }
}
