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
    Anonymity anonymity,
    Locale language) {

  public Programme {
    waves = List.copyOf(waves);
  }

  /** k: the fewest respondents a group may have for its figures to appear. */
  public int anonymityThreshold() {
    return anonymity.k();
  }

  public Optional<Wave> wave(int number) {
    return waves.stream().filter(w -> w.number() == number).findFirst();
  }
}
