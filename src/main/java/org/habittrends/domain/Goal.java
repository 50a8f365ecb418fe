package org.habittrends.domain;

/**
 * A habit a leader chose to change. {@code habitCode} is one of {@link Habit} or a programme's
 * custom code; {@code wording} is the leader's own phrasing, if given.
 */
public record Goal(int number, String habitCode, String wording) {

  /** What a reader sees: the leader's own words if given, else the habit's title. */
  public String title() {
    if (wording != null && !wording.isBlank()) {
      return wording;
    }
    return Habit.fromCode(habitCode).map(Habit::title).orElse(habitCode);
  }
}
