package org.habittrends.domain;

/**
 * A programme's anonymity rules: a group's figures appear only with at least {@code k} respondents,
 * feedforward comments only with at least {@code commentK}; the manager line may be exempt from
 * {@code k} (a leader usually has one manager, who knows they are identifiable).
 */
public record Anonymity(int k, int commentK, boolean managerExempt) {

  public static final Anonymity DEFAULT = new Anonymity(3, 3, false);

  public Anonymity {
    if (k < 1 || commentK < 1) {
      throw new IllegalArgumentException("anonymity thresholds must be at least 1");
    }
  }
}
