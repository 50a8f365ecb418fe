package org.habittrends.domain;

/**
 * The plain-language verdict on a leader's goal over the programme. The rule that assigns it lives
 * in {@code analysis}; the words are fixed because reports explain them.
 */
public enum Verdict {
  IMPROVING_SIGNIFICANT("Improving (significant)"),
  IMPROVING("Improving"),
  NO_CLEAR_CHANGE("No clear change"),
  DECLINING("Declining"),
  INSUFFICIENT_DATA("Not enough data");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Ratings the final wave needs before any verdict but {@link #INSUFFICIENT_DATA}: two for a test,
   * and at least the anonymity threshold k, because a verdict is a figure from those ratings and
   * figures from 1 to k − 1 ratings are withheld everywhere.
   */
  public static int ratingsNeeded(int k) {
    return Math.max(2, k);
  }
}
