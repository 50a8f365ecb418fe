package org.habittrends.report.workbook;

/** The words a workbook shows instead of a suppressed figure. */
final class Withheld {

  private Withheld() {}

  static String fewerThan(int k) {
    return "fewer than " + k + " responses";
  }

  /** For a figure computed over several waves, one of which is withheld. */
  static String givesAwayAWave(String fewer) {
    return "withheld so that a wave with " + fewer + " cannot be worked out";
  }

  /** For a group_result row: BELOW_K reads "fewer than k responses". */
  static String reason(String suppression, String fewer) {
    return "COMPLEMENTARY".equals(suppression)
        ? "withheld so that a smaller group cannot be worked out"
        : fewer;
  }
}
