package org.habittrends.analysis;

import java.util.Arrays;

/**
 * How many ratings of each value −3..+3 a set of stakeholders gave. The counts are sufficient for
 * every statistic we report (the ratings are integers), so SQL can aggregate and Java need not hold
 * individual ratings.
 */
final class RatingTally {

  static final int MIN = -3;
  static final int MAX = 3;

  private final long[] counts = new long[MAX - MIN + 1];

  static RatingTally of(int... ratings) {
    RatingTally tally = new RatingTally();
    for (int rating : ratings) {
      tally.add(rating, 1);
    }
    return tally;
  }

  void add(int rating, long count) {
    if (rating < MIN || rating > MAX) {
      throw new IllegalArgumentException("rating outside −3..+3: " + rating);
    }
    counts[rating - MIN] += count;
  }

  void addAll(RatingTally other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  long count(int rating) {
    return counts[rating - MIN];
  }

  int n() {
    return (int) Arrays.stream(counts).sum();
  }

  /** Ratings in ascending order; at most a few dozen for one leader's goal. */
  double[] values() {
    double[] values = new double[n()];
    int i = 0;
    for (int rating = MIN; rating <= MAX; rating++) {
      for (long c = 0; c < count(rating); c++) {
        values[i++] = rating;
      }
    }
    return values;
  }
}
