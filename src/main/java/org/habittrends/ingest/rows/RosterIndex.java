package org.habittrends.ingest.rows;

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
public final class RosterIndex {

  private final Map<String, String> leaderIds = new HashMap<>();
  private final Map<String, Set<Integer>> goals = new HashMap<>();
  private final Map<String, Map<String, String>> stakeholders = new HashMap<>();
  private final Map<String, Map<String, RelationshipGroup>> groups = new HashMap<>();
  private final Set<Integer> waves = new HashSet<>();
  private final Map<String, Map<Integer, Goal>> goalDetails = new HashMap<>();
  private final List<Wave> waveDates = new ArrayList<>();
  private final Map<String, Set<String>> nameWords = new TreeMap<>();
  private final Map<String, String> names = new HashMap<>();

  public void addLeader(String leaderId) {
    leaderIds.put(fold(leaderId), leaderId);
  }

  public void addGoal(String leaderId, int goalNumber) {
    goals.computeIfAbsent(leaderId, k -> new HashSet<>()).add(goalNumber);
  }

  /** A leader's goal with the habit and wording that questions may name. */
  public void addGoal(String leaderId, Goal goal) {
    addGoal(leaderId, goal.number());
    goalDetails.computeIfAbsent(leaderId, k -> new TreeMap<>()).put(goal.number(), goal);
  }

  /** A leader may also be named in a file by full name or e-mail. */
  public void addLeaderAlias(String leaderId, String nameOrEmail) {
    if (nameOrEmail != null && !nameOrEmail.isBlank()) {
      leaderIds.putIfAbsent(fold(nameOrEmail), leaderId);
      if (!nameOrEmail.contains("@")) {
        nameWords.put(leaderId, Set.copyOf(words(nameOrEmail)));
        names.put(leaderId, nameOrEmail.strip());
      }
    }
  }

  /**
   * The leaders whose every name word appears in {@code text} (a file name, a form title): "Ana
   * Pérez", "Perez, Ana" and "Feedback for Ana Perez (wave 2)" all name Ana Pérez. Of leaders whose
   * names are contained in each other's, the longer name wins; more than one id means the text fits
   * several leaders.
   */
  List<String> leadersNamedIn(String text) {
    Set<String> present = new HashSet<>(words(text));
    List<String> found = new ArrayList<>();
    int most = 0;
    for (Map.Entry<String, Set<String>> leader : nameWords.entrySet()) {
      Set<String> name = leader.getValue();
      if (name.isEmpty() || !present.containsAll(name) || name.size() < most) {
        continue;
      }
      if (name.size() > most) {
        found.clear();
        most = name.size();
      }
      found.add(leader.getKey());
    }
    return found;
  }

  /** A leader's name as the roster writes it, or the id. */
  String name(String leaderId) {
    return names.getOrDefault(leaderId, leaderId);
  }

  /** Lower-case words without accents: "Pérez" and "Perez", "Łukasz" and "Lukasz" are one. */
  static List<String> words(String text) {
    String plain =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace('ł', 'l')
            .replace('ø', 'o')
            .replace('đ', 'd')
            .replace("ß", "ss")
            .replace("æ", "ae")
            .replace("œ", "oe");
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  public void addWave(Wave wave) {
    addWave(wave.number());
    waveDates.add(wave);
  }

  /** The waves whose date window holds {@code day}. */
  public List<Integer> wavesOn(LocalDate day) {
    return waveDates.stream()
        .filter(w -> (w.opens() != null || w.closes() != null) && w.contains(day))
        .map(Wave::number)
        .toList();
  }

  boolean hasWaveDates() {
    return waveDates.stream().anyMatch(w -> w.opens() != null || w.closes() != null);
  }

  public Collection<Goal> goalDetails(String leaderId) {
    return goalDetails.getOrDefault(leaderId, Map.of()).values();
  }

  public void addStakeholder(String leaderId, String key, String email) {
    addStakeholder(leaderId, key, email, null);
  }

  /** A stakeholder; {@code group} the roster's relationship group, if known. */
  public void addStakeholder(String leaderId, String key, String email, RelationshipGroup group) {
    if (group != null) {
      groups.computeIfAbsent(leaderId, k -> new HashMap<>()).put(key, group);
    }
    Map<String, String> byName = stakeholders.computeIfAbsent(leaderId, k -> new HashMap<>());
    byName.put(fold(key), key);
    if (email != null && !email.isBlank()) {
      byName.putIfAbsent(fold(email), key);
    }
  }

  public void addWave(int number) {
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
