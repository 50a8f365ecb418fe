package org.habittrends.domain;

import java.util.List;

/** A coachee in a programme, with the 1–3 goals they chose. */
public record Leader(String id, String name, String email, String coach, List<Goal> goals) {
  public Leader {
    goals = List.copyOf(goals);
  }
}
