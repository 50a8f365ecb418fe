package org.habittrends.domain;

/**
 * A stakeholder's perceived change on one goal: −3..+3, or {@code null} for N/A (not observed,
 * don't know), which is a missing rating, not a zero.
 */
public record Rating(int goalNumber, Integer value) {
  public static final int MIN = -3;
  public static final int MAX = 3;

  public Rating {
    if (value != null && (value < MIN || value > MAX)) {
      throw new IllegalArgumentException("rating out of range −3..+3: " + value);
    }
  }

  public boolean isApplicable() {
    return value != null;
  }
}
