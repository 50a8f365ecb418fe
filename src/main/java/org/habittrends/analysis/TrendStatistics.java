package org.habittrends.analysis;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.habittrends.domain.Verdict;

/**
 * A leader's goal over the programme: least-squares slope of the individual ratings on wave number
 * with its standard error, 95 % CI and two-sided p-value; the final wave with data tested against 0
 * (one-sample t); and the verdict. Undefined statistics are NaN.
 */
record TrendStatistics(
    int waves,
    int n,
    double slope,
    double slopeSe,
    double slopeCiLow,
    double slopeCiHigh,
    double slopeP,
    int finalWave,
    int finalN,
    double finalMean,
    double finalT,
    double finalP,
    Verdict verdict) {

  static final double SIGNIFICANCE = 0.05;

  private static final double ROUNDING = 1e-12;
  private static final double NaN = Double.NaN;

  /** One observation: a rating given in a wave. */
  record Observation(int wave, int rating) {}

  static TrendStatistics of(List<Observation> observations) {
    SortedMap<Integer, RatingTally> byWave = new TreeMap<>();
    observations.forEach(
        o -> byWave.computeIfAbsent(o.wave(), w -> new RatingTally()).add(o.rating(), 1));
    return of(byWave);
  }

  /** From each wave's ratings; waves without ratings are ignored. */
  static TrendStatistics of(SortedMap<Integer, RatingTally> byWave) {
    SimpleRegression regression = new SimpleRegression();
    int waves = 0;
    int finalWave = -1;
    double[] last = new double[0];
    for (Map.Entry<Integer, RatingTally> wave : byWave.entrySet()) {
      double[] ratings = wave.getValue().values();
      if (ratings.length == 0) {
        continue;
      }
      waves++;
      finalWave = wave.getKey();
      last = ratings;
      for (double rating : ratings) {
        regression.addData(finalWave, rating);
      }
    }
    int n = (int) regression.getN();
    if (n == 0) {
      return new TrendStatistics(
          0, 0, NaN, NaN, NaN, NaN, NaN, -1, 0, NaN, NaN, NaN, Verdict.INSUFFICIENT_DATA);
    }
    double slope = NaN;
    double slopeSe = NaN;
    double ciHalf = NaN;
    double slopeP = NaN;
    if (waves >= 2 && n >= 3) {
      // equal wave means give a slope of ±1e-17 from rounding; it is 0
      slope = Math.abs(regression.getSlope()) < ROUNDING ? 0.0 : regression.getSlope();
      slopeSe = regression.getSlopeStdErr();
      ciHalf = WaveStatistics.tCritical(n - 2) * slopeSe;
      // residuals all zero: the t statistic is undefined, the sign alone decides
      slopeP = slopeSe > 0 ? regression.getSignificance() : slope == 0 ? 1.0 : 0.0;
    }
    double finalMean = new Mean().evaluate(last);
    double finalT = NaN;
    double finalP = NaN;
    if (last.length >= 2) {
      if (new Variance().evaluate(last) > 0) {
        finalT = new TTest().t(0.0, last);
        finalP = new TTest().tTest(0.0, last);
      } else {
        // all ratings equal: no variance, so the t-test is undefined; the sign alone decides
        finalP = finalMean == 0 ? 1.0 : 0.0;
      }
    }
    Verdict verdict = verdict(last.length, finalMean, finalP, slope, slopeP);
    return new TrendStatistics(
        waves,
        n,
        slope,
        slopeSe,
        slope - ciHalf,
        slope + ciHalf,
        slopeP,
        finalWave,
        last.length,
        finalMean,
        finalT,
        finalP,
        verdict);
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
    if (finalMean > 0 && (Double.isNaN(slope) || slope >= 0)) {
      return Verdict.IMPROVING;
    }
    return Verdict.NO_CLEAR_CHANGE;
  }
}
