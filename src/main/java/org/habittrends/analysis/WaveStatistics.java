package org.habittrends.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Summary of one leader × goal × wave: n (N/A excluded), mean, sample SD, the 95 % Student-t
 * confidence interval of the mean, and counts of ratings above, at and below zero. Mean is NaN when
 * n = 0; SD and CI are NaN when n < 2.
 */
record WaveStatistics(
    int n,
    double mean,
    double sd,
    double ciLow,
    double ciHigh,
    int improved,
    int unchanged,
    int worse) {

  static final double CONFIDENCE = 0.95;

  static WaveStatistics of(int[] ratings) {
    SummaryStatistics summary = new SummaryStatistics();
    int improved = 0;
    int unchanged = 0;
    int worse = 0;
    for (int rating : ratings) {
      summary.addValue(rating);
      if (rating > 0) {
        improved++;
      } else if (rating == 0) {
        unchanged++;
      } else {
        worse++;
      }
    }
    int n = ratings.length;
    double mean = summary.getMean();
    double sd = n < 2 ? Double.NaN : summary.getStandardDeviation();
    double halfWidth = n < 2 ? Double.NaN : tCritical(n - 1) * sd / Math.sqrt(n);
    return new WaveStatistics(
        n, mean, sd, mean - halfWidth, mean + halfWidth, improved, unchanged, worse);
  }

  /** Two-sided critical value of Student's t for {@link #CONFIDENCE}. */
  static double tCritical(int degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom)
        .inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
  }
}
