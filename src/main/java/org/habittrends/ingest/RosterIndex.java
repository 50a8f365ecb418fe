package org.habittrends.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the roster step stored, shaped for row validation: leader ids and stakeholder keys match
 * regardless of case, a stakeholder may also be named by e-mail.
 */
final class RosterIndex {

  private final Map<String, String> leaderIds = new HashMap<>();
  private final Map<String, Set<Integer>> goals = new HashMap<>();
  private final Map<String, Map<String, String>> stakeholders = new HashMap<>();
  private final Set<Integer> waves = new HashSet<>();

  void addLeader(String leaderId) {
    leaderIds.put(fold(leaderId), leaderId);
  }

  void addGoal(String leaderId, int goalNumber) {
    goals.computeIfAbsent(leaderId, k -> new HashSet<>()).add(goalNumber);
  }

  void addStakeholder(String leaderId, String key, String email) {
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
