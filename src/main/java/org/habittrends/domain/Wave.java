package org.habittrends.domain;

import java.time.LocalDate;

/** One survey round of a programme; wave 0 is an optional baseline. */
public record Wave(int number, String label, LocalDate opens, LocalDate closes) {
  public Wave {
    if (number < 0) {
      throw new IllegalArgumentException("wave number must be 0 or more: " + number);
    }
    if (opens != null && closes != null && closes.isBefore(opens)) {
      throw new IllegalArgumentException("wave " + number + " closes before it opens");
    }
  }

  public boolean contains(LocalDate day) {
    return (opens == null || !day.isBefore(opens)) && (closes == null || !day.isAfter(closes));
  }
}
