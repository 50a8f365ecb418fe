package org.habittrends.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.habittrends.domain.Goal;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.Wave;

/**
 * What the roster step stored, shaped for row validation: leader ids and stakeholder keys match
 * regardless of case, a leader may also be named by name or e-mail, a stakeholder by e-mail.
 */
final class RosterIndex {

  private final Map<String, String> leaderIds = new HashMap<>();
  private final Map<String, Set<Integer>> goals = new HashMap<>();
  private final Map<String, Map<String, String>> stakeholders = new HashMap<>();
  private final Map<String, Map<String, RelationshipGroup>> groups = new HashMap<>();
  private final Set<Integer> waves = new HashSet<>();
  private final Map<String, Map<Integer, Goal>> goalDetails = new HashMap<>();
  private final List<Wave> waveDates = new ArrayList<>();

  void addLeader(String leaderId) {
    leaderIds.put(fold(leaderId), leaderId);
  }

  void addGoal(String leaderId, int goalNumber) {
    goals.computeIfAbsent(leaderId, k -> new HashSet<>()).add(goalNumber);
  }

  /** A leader's goal with the habit and wording that questions may name. */
  void addGoal(String leaderId, Goal goal) {
    addGoal(leaderId, goal.number());
    goalDetails.computeIfAbsent(leaderId, k -> new TreeMap<>()).put(goal.number(), goal);
  }

  /** A leader may also be named in a file by full name or e-mail. */
  void addLeaderAlias(String leaderId, String nameOrEmail) {
    if (nameOrEmail != null && !nameOrEmail.isBlank()) {
      leaderIds.putIfAbsent(fold(nameOrEmail), leaderId);
    }
  }

  void addWave(Wave wave) {
    addWave(wave.number());
    waveDates.add(wave);
  }

  /** The waves whose date window holds {@code day}. */
  List<Integer> wavesOn(LocalDate day) {
    return waveDates.stream()
        .filter(w -> (w.opens() != null || w.closes() != null) && w.contains(day))
        .map(Wave::number)
        .toList();
  }

  boolean hasWaveDates() {
    return waveDates.stream().anyMatch(w -> w.opens() != null || w.closes() != null);
  }

  Collection<Goal> goalDetails(String leaderId) {
    return goalDetails.getOrDefault(leaderId, Map.of()).values();
  }

  void addStakeholder(String leaderId, String key, String email) {
    addStakeholder(leaderId, key, email, null);
  }

  /** A stakeholder; {@code group} the roster's relationship group, if known. */
  void addStakeholder(String leaderId, String key, String email, RelationshipGroup group) {
    if (group != null) {
      groups.computeIfAbsent(leaderId, k -> new HashMap<>()).put(key, group);
    }
    Map<String, String> byName = stakeholders.computeIfAbsent(leaderId, k -> new HashMap<>());
    byName.put(fold(key), key);
    if (email != null && !email.isBlank()) {
      byName.putIfAbsent(fold(email), key);
    }
  }

  void addWave(int number) {
    waves.add(number);
  }

  /** The roster's spelling of a leader id. */
  Optional<String> leader(String text) {
    return Optional.ofNullable(leaderIds.get(fold(text)));
  }

  /** The stakeholder key for a key or e-mail given in a file, if it belongs to this leader. */
  Optional<String> stakeholder(String leaderId, String keyOrEmail) {
    return Optional.ofNullable(stakeholders.getOrDefault(leaderId, Map.of()).get(fold(keyOrEmail)));
  }

  /**
   * The roster's relationship group of a stakeholder (by key, as {@link #stakeholder} gives it).
   */
  Optional<RelationshipGroup> group(String leaderId, String key) {
    return Optional.ofNullable(groups.getOrDefault(leaderId, Map.of()).get(key));
  }

  Set<Integer> goals(String leaderId) {
    return goals.getOrDefault(leaderId, Set.of());
  }

  boolean hasWave(int number) {
    return waves.contains(number);
  }

  Set<Integer> waves() {
    return Set.copyOf(waves);
  }

  private static String fold(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
