package org.habittrends.report;

/**
 * The anonymity rule for breakdowns the report computes itself (ratings by follow-up level), with
 * the same guarantee as the analyse step's relationship groups. Plain Java, no I/O.
 */
final class Suppression {

  private Suppression() {}

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
