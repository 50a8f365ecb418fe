package org.habittrends.ingest.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.habittrends.domain.SurveyResponse;

/**
 * The leaders' waves a file names and those it gave answers for. A wave a file names for a leader
 * but imports nothing for is data lost even when the file's reject share is small: one leader's
 * goals unmapped in a cohort file costs a few rows of many, and that leader's wave silently has no
 * answers. A wave another file answers is not lost, so the caller says which waves have answers
 * elsewhere. Called from the reading thread and read after it, hence synchronized.
 */
public final class LeaderWaves {

  private final RosterIndex roster;
  private final Set<String> named = new TreeSet<>();
  private final Set<String> answered = new TreeSet<>();

  public LeaderWaves(RosterIndex roster) {
    this.roster = roster;
  }

  /** A row, valid or not, that names a roster leader and a programme wave. */
  public synchronized void named(TemplateRow row) {
    String leader = roster.leader(row.leaderId()).orElse(null);
    Integer wave = RowValidator.waveNumber(row.wave());
    if (leader != null && wave != null && roster.hasWave(wave)) {
      named.add(key(leader, wave));
    }
  }

  public synchronized void answered(SurveyResponse response) {
    answered.add(key(response.leaderId(), response.wave()));
  }

  public synchronized boolean answered(String leader, int wave) {
    return answered.contains(key(leader, wave));
  }

  /**
   * "L03 wave 1, 2" for each leader with named waves that got no answer here nor, by {@code
   * answeredElsewhere}, anywhere else; in leader order.
   */
  public synchronized List<String> unanswered(BiPredicate<String, Integer> answeredElsewhere) {
    TreeMap<String, List<String>> byLeader = new TreeMap<>();
    for (String key : named) {
      String[] parts = key.split("\u0000");
      if (!answered.contains(key) && !answeredElsewhere.test(parts[0], Integer.valueOf(parts[1]))) {
        byLeader.computeIfAbsent(parts[0], l -> new ArrayList<>()).add(parts[1]);
      }
    }
    List<String> lost = new ArrayList<>();
    byLeader.forEach((leader, waves) -> lost.add(leader + " wave " + String.join(", ", waves)));
    return lost;
  }

  private static String key(String leader, int wave) {
    return leader + "\u0000" + wave;
  }
}
