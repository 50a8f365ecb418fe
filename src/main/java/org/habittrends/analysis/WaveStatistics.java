package org.habittrends.analysis;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Summary of one set of ratings (a leader × goal × wave, a relationship group, a habit across
 * leaders): n (N/A excluded), mean, sample SD, the 95 % Student-t confidence interval of the mean,
 * the distribution over −3..+3, and counts above, at and below zero. Mean is NaN when n = 0; SD and
 * CI are NaN when n < 2.
 */
record WaveStatistics(
    int n,
    double mean,
    double sd,
    double ciLow,
    double ciHigh,
    int[] distribution,
    int improved,
    int unchanged,
    int worse) {

  static final double CONFIDENCE = 0.95;

  /** Coaches count a goal as achieved when the mean perceived change exceeds this. */
  static final double TARGET = 1.0;

  private static final double[] SCALE = {-3, -2, -1, 0, 1, 2, 3};

  static WaveStatistics of(int[] ratings) {
    return of(RatingTally.of(ratings));
  }

  static WaveStatistics of(RatingTally tally) {
    int n = tally.n();
    int[] distribution = new int[SCALE.length];
    double[] weights = new double[SCALE.length];
    for (int i = 0; i < SCALE.length; i++) {
      distribution[i] = (int) tally.count((int) SCALE[i]);
      weights[i] = distribution[i];
    }
    int worse = distribution[0] + distribution[1] + distribution[2];
    int improved = distribution[4] + distribution[5] + distribution[6];
    double mean = n == 0 ? Double.NaN : weightedSum(weights, 0, 1) / n;
    // frequency weights: the sample variance divides by (sum of weights − 1)
    double sd = n < 2 ? Double.NaN : Math.sqrt(weightedSum(weights, mean, 2) / (n - 1));
    double halfWidth = n < 2 ? Double.NaN : tCritical(n - 1) * sd / Math.sqrt(n);
    return new WaveStatistics(
        n,
        mean,
        sd,
        mean - halfWidth,
        mean + halfWidth,
        distribution,
        improved,
        distribution[3],
        worse);
  }

  /** Mean above +1; false without ratings. */
  boolean targetMet() {
    return n > 0 && mean > TARGET;
  }

  /** Share of ratings above 0 (NaN without ratings). */
  double improvedShare() {
    return n == 0 ? Double.NaN : (double) improved / n;
  }

  double unchangedShare() {
    return n == 0 ? Double.NaN : (double) unchanged / n;
  }

  double worseShare() {
    return n == 0 ? Double.NaN : (double) worse / n;
  }

  /** Two-sided critical value of Student's t for {@link #CONFIDENCE}. */
  static double tCritical(int degreesOfFreedom) {
    // agrees with R's qt(0.975, df) to 1e-14 (TDistributionReferenceTest checks 1e-12)
    return TDistribution.of(degreesOfFreedom).inverseSurvivalProbability((1 - CONFIDENCE) / 2);
  }

  /** Σ weight · (value − centre)^power over the scale. */
  private static double weightedSum(double[] weights, double centre, int power) {
    double sum = 0;
    for (int i = 0; i < SCALE.length; i++) {
      sum += weights[i] * Math.pow(SCALE[i] - centre, power);
    }
    return sum;
  }
}
