package org.habittrends.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One coaching cohort and its settings. */
public record Programme(
    String id,
    String name,
    String sponsor,
    LocalDate start,
    LocalDate end,
    List<Wave> waves,
    int anonymityThreshold,
    Locale language) {

  public static final int DEFAULT_ANONYMITY_THRESHOLD = 3;

  public Programme {
    waves = List.copyOf(waves);
    if (anonymityThreshold < 1) {
      throw new IllegalArgumentException("anonymity threshold must be at least 1");
    }
  }

  public Optional<Wave> wave(int number) {
    return waves.stream().filter(w -> w.number() == number).findFirst();
  }
}
