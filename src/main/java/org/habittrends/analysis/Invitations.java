package org.habittrends.analysis;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.habittrends.domain.RelationshipGroup;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster as the analysis needs it: each stakeholder's group, who was invited, each leader's
 * goals, and who answered per leader and wave. Small next to the ratings (one row per stakeholder).
 */
final class Invitations {

  private final Map<String, RelationshipGroup> groupOf = new HashMap<>();
  private final Map<String, Map<RelationshipGroup, Integer>> invitedByGroup = new HashMap<>();
  private final Map<String, Goal> goals = new LinkedHashMap<>();
  private final Map<String, Integer> responded = new HashMap<>();
  private final Map<String, Integer> finalWave = new HashMap<>();
  private final Map<Integer, Integer> respondedInWave = new HashMap<>();
  private int invited;

  Invitations(JdbcTemplate jdbc, String programmeId) {
    jdbc.query(
        "select leader_id, stakeholder_key, relationship from stakeholder where programme_id = ?",
        rs -> {
          String leaderId = rs.getString(1);
          RelationshipGroup group = group(rs.getString(3));
          groupOf.put(key(leaderId, rs.getString(2)), group);
          invitedByGroup
              .computeIfAbsent(leaderId, l -> new EnumMap<>(RelationshipGroup.class))
              .merge(group, 1, Integer::sum);
          invited++;
        },
        programmeId);
    jdbc.query(
        "select leader_id, goal_no, habit_code from goal where programme_id = ?"
            + " order by leader_id, goal_no",
        rs -> {
          Goal goal = new Goal(rs.getString(1), rs.getInt(2), rs.getString(3));
          goals.put(key(goal.leaderId(), goal.goalNo()), goal);
        },
        programmeId);
    jdbc.query(
        "select leader_id, wave_no, count(*) from survey_response where programme_id = ?"
            + " group by leader_id, wave_no",
        rs -> {
          String leaderId = rs.getString(1);
          int waveNo = rs.getInt(2);
          responded.put(key(leaderId, waveNo), rs.getInt(3));
          respondedInWave.merge(waveNo, rs.getInt(3), Integer::sum);
          finalWave.merge(leaderId, waveNo, Math::max);
        },
        programmeId);
  }

  /** Roster codes are validated on import; anything unknown counts as OTHER. */
  static RelationshipGroup group(String relationship) {
    return RelationshipGroup.parse(relationship).orElse(RelationshipGroup.OTHER);
  }

  RelationshipGroup groupOf(String leaderId, String stakeholderKey) {
    return groupOf.getOrDefault(key(leaderId, stakeholderKey), RelationshipGroup.OTHER);
  }

  /** Stakeholders on the roster of the whole programme. */
  int invited() {
    return invited;
  }

  int invited(String leaderId) {
    return invitedByGroup(leaderId).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The leader's groups that have at least one stakeholder, in {@link RelationshipGroup} order. */
  Map<RelationshipGroup, Integer> invitedByGroup(String leaderId) {
    return invitedByGroup.getOrDefault(leaderId, Map.of());
  }

  /** Stakeholders who submitted a response in the wave, whatever they answered. */
  int responded(String leaderId, int waveNo) {
    return responded.getOrDefault(key(leaderId, waveNo), 0);
  }

  /** Responses of the whole programme in the wave. */
  int respondedInWave(int waveNo) {
    return respondedInWave.getOrDefault(waveNo, 0);
  }

  /** The last wave in which the leader received any response, or -1. */
  int finalWave(String leaderId) {
    return finalWave.getOrDefault(leaderId, -1);
  }

  /** A goal on the roster. */
  record Goal(String leaderId, int goalNo, String habitCode) {}

  /** Every goal on the roster, by {@link #key}(leader, goal number). */
  Map<String, Goal> goals() {
    return goals;
  }

  static String key(String leaderId, Object second) {
    return leaderId + "\u0000" + second;
  }
}
