package org.habittrends.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.habittrends.analysis.GroupSuppression.Disclosure;
import org.habittrends.analysis.TrendStatistics.Observation;
import org.habittrends.domain.Programme;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.Wave;

/**
 * The rating counts of one leader × goal, by wave and relationship group, and the results they
 * give: one wave row per programme wave, one group row per group the leader invited (or that
 * rated), one trend row.
 */
final class GoalResults {

  private final String leaderId;
  private final int goalNo;
  private final Map<Integer, Map<RelationshipGroup, RatingTally>> byWave = new TreeMap<>();

  /** Who gave which rating when: the trend's clustered error and paired change need it. */
  private final List<Observation> observations = new ArrayList<>();

  GoalResults(String leaderId, int goalNo) {
    this.leaderId = leaderId;
    this.goalNo = goalNo;
  }

  boolean is(String leader, int goal) {
    return leaderId.equals(leader) && goalNo == goal;
  }

  void add(int waveNo, RelationshipGroup group, String stakeholder, int rating) {
    observations.add(new Observation(waveNo, stakeholder, rating));
    byWave
        .computeIfAbsent(waveNo, w -> new EnumMap<>(RelationshipGroup.class))
        .computeIfAbsent(group, g -> new RatingTally())
        .add(rating, 1);
  }

  String leaderId() {
    return leaderId;
  }

  int goalNo() {
    return goalNo;
  }

  /**
   * Writes the results; {@code habitCode} (null for a goal not on the roster) feeds the cohort.
   * Without {@code emit} (the leader's stored results are current) only the cohort is fed.
   */
  void write(
      Programme programme,
      Invitations invitations,
      ResultWriter writer,
      CohortAnalysis cohort,
      String habitCode,
      boolean emit) {
    for (Wave wave : programme.waves()) {
      Map<RelationshipGroup, RatingTally> groups = byWave.getOrDefault(wave.number(), Map.of());
      RatingTally total = new RatingTally();
      groups.values().forEach(total::addAll);
      if (habitCode != null) {
        cohort.add(habitCode, leaderId, wave.number(), total);
      }
      if (!emit) {
        continue;
      }
      writer.wave(
          leaderId,
          goalNo,
          wave.number(),
          invitations.invited(leaderId),
          invitations.responded(leaderId, wave.number()),
          WaveStatistics.of(total));
      writeGroups(programme, invitations, writer, wave.number(), groups);
    }
    if (!emit) {
      return;
    }
    Set<Integer> waves = programme.waves().stream().map(Wave::number).collect(Collectors.toSet());
    writer.trend(
        leaderId,
        goalNo,
        TrendStatistics.of(
            observations.stream().filter(o -> waves.contains(o.wave())).toList(),
            programme.anonymity().k()));
  }

  private void writeGroups(
      Programme programme,
      Invitations invitations,
      ResultWriter writer,
      int waveNo,
      Map<RelationshipGroup, RatingTally> groups) {
    Map<RelationshipGroup, Integer> ratings = new EnumMap<>(RelationshipGroup.class);
    invitations.invitedByGroup(leaderId).keySet().forEach(g -> ratings.put(g, 0));
    groups.forEach((g, tally) -> ratings.put(g, tally.n()));
    Map<RelationshipGroup, Disclosure> decision =
        GroupSuppression.decide(programme.anonymity(), ratings);
    decision.forEach(
        (group, disclosure) ->
            writer.group(
                leaderId,
                goalNo,
                waveNo,
                group,
                disclosure,
                WaveStatistics.of(groups.getOrDefault(group, new RatingTally()))));
  }
}
