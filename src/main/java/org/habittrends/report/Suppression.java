package org.habittrends.report;

/** The anonymity rule for breakdowns the report computes itself. Plain Java, no I/O. */
final class Suppression {

  private Suppression() {}

  /**
   * Which cells may show figures: those with at least k ratings (empty cells show nothing anyway).
   * If exactly one non-empty cell is hidden, the smallest shown cell is hidden too, so the hidden
   * one cannot be derived from the total and the others.
   */
  static boolean[] shown(int[] counts, int k) {
    boolean[] shown = new boolean[counts.length];
    int hidden = 0;
    for (int i = 0; i < counts.length; i++) {
      shown[i] = counts[i] >= k;
      hidden += counts[i] > 0 && !shown[i] ? 1 : 0;
    }
    if (hidden == 1) {
      int smallest = -1;
      for (int i = 0; i < counts.length; i++) {
        if (shown[i] && (smallest < 0 || counts[i] < counts[smallest])) {
          smallest = i;
        }
      }
      if (smallest >= 0) {
        shown[smallest] = false;
      }
    }
    return shown;
  }
}
