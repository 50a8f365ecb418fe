package org.habittrends.report;

import org.habittrends.domain.Anonymity;

/**
 * The one small-numbers rule of every output (leader and cohort PDFs, progress reports, the trends
 * workbook): a figure based on 1 to k − 1 ratings (k = the programme's anonymity threshold) is
 * withheld, and the output says "fewer than k responses" in its place. That covers a wave's mean,
 * interval, distribution, shares and counts of improved, and sentences built from them. Nothing to
 * hide below 1: "no ratings" says so. Breakdowns of a published total (follow-up levels) also hide
 * complementary cells ({@link #shown(int[])}). Plain Java, no I/O.
 *
 * @param k the programme's anonymity threshold
 */
public record Suppression(int k) {

  public Suppression {
    if (k < 1) {
      throw new IllegalArgumentException("anonymity threshold must be at least 1");
    }
  }

  public static Suppression of(Anonymity anonymity) {
    return new Suppression(anonymity.k());
  }

  /** True when figures from {@code n} ratings must not be shown: 0 &lt; n &lt; k. */
  public boolean withholds(int n) {
    return n > 0 && n < k;
  }

  /**
   * Which cells of a breakdown may show figures, when the breakdown's total is published too: see
   * {@link #shown(int[], int)}.
   */
  public boolean[] shown(int[] counts) {
    return shown(counts, k);
  }

  /**
   * Which cells may show figures: those with at least k ratings. The hidden cells together (the
   * residual: total − shown) must then hold 0 or at least k ratings, so subtraction never reveals
   * fewer than k people; while they do not, the smallest shown cell is hidden too.
   */
  static boolean[] shown(int[] counts, int k) {
    boolean[] shown = new boolean[counts.length];
    int residual = 0;
    for (int i = 0; i < counts.length; i++) {
      shown[i] = counts[i] >= k;
      residual += shown[i] ? 0 : counts[i];
    }
    while (residual > 0 && residual < k) {
      int smallest = -1;
      for (int i = 0; i < counts.length; i++) {
        if (shown[i] && (smallest < 0 || counts[i] < counts[smallest])) {
          smallest = i;
        }
      }
      if (smallest < 0) {
        break; // everything is hidden; the total itself is below k
      }
      shown[smallest] = false;
      residual += counts[smallest];
    }
    return shown;
  }
}
