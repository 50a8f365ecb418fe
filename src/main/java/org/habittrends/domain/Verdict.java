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
}
