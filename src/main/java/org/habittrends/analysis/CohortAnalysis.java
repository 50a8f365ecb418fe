package org.habittrends.analysis;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Programme-level results: each habit across leaders per wave (fed goal by goal while the ratings
 * stream), perceived change by follow-up level (the contact-sport table) and response rates.
 */
final class CohortAnalysis {

  /** habit_code under which the optional overall-effectiveness question (goal 0) is reported. */
  static final String OVERALL = "OVERALL";

  private final Programme programme;
  private final Map<String, Map<Integer, RatingTally>> habits = new TreeMap<>();
  private final Map<String, Integer> leaders = new HashMap<>();
  private final Map<String, String> lastLeader = new HashMap<>();

  CohortAnalysis(Programme programme) {
    this.programme = programme;
  }

  /** A habit some leader chose: it gets rows even without ratings. */
  void habit(String habitCode) {
    habits.computeIfAbsent(habitCode, h -> new HashMap<>());
  }

  /** One leader's ratings on a goal with this habit in one wave. */
  void add(String habitCode, String leaderId, int waveNo, RatingTally ratings) {
    if (ratings.n() == 0) {
      return;
    }
    habits
        .computeIfAbsent(habitCode, h -> new HashMap<>())
        .computeIfAbsent(waveNo, w -> new RatingTally())
        .addAll(ratings);
    String key = Invitations.key(habitCode, waveNo);
    if (!leaderId.equals(lastLeader.put(key, leaderId))) {
      leaders.merge(key, 1, Integer::sum); // ratings stream leader by leader
    }
  }

  void write(JdbcTemplate jdbc, Invitations invitations, ResultWriter writer) {
    writeHabits(writer);
    writeFollowUp(jdbc, invitations, writer);
    writeResponseRates(invitations, writer);
  }

  private void writeHabits(ResultWriter writer) {
    habits.forEach(
        (habit, byWave) -> {
          for (Wave wave : programme.waves()) {
            WaveStatistics s =
                WaveStatistics.of(byWave.getOrDefault(wave.number(), new RatingTally()));
            writer.row(
                "insert into cohort_habit_result (programme_id, habit_code, wave_no, leaders, n,"
                    + " mean, sd, ci_low, ci_high) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                habit,
                wave.number(),
                leaders.getOrDefault(Invitations.key(habit, wave.number()), 0),
                s.n(),
                ResultWriter.nullable(s.mean()),
                ResultWriter.nullable(s.sd()),
                ResultWriter.nullable(s.ciLow()),
                ResultWriter.nullable(s.ciHigh()));
          }
        });
  }

  /**
   * Ratings on the leaders' goals (not the overall question) in each leader's final wave with
   * responses, by the follow-up level the same response reported; responses without one are left
   * out.
   */
  private void writeFollowUp(JdbcTemplate jdbc, Invitations invitations, ResultWriter writer) {
    Map<FollowUp, RatingTally> byLevel = new EnumMap<>(FollowUp.class);
    for (FollowUp level : FollowUp.values()) {
      byLevel.put(level, new RatingTally());
    }
    jdbc.query(
        "select s.leader_id, s.wave_no, s.follow_up, r.rating, count(*) from survey_response s"
            + " join rating r on r.programme_id = s.programme_id and r.leader_id = s.leader_id"
            + " and r.stakeholder_key = s.stakeholder_key and r.wave_no = s.wave_no"
            + " where s.programme_id = ? and s.follow_up is not null and r.goal_no > 0"
            + " and r.rating is not null group by s.leader_id, s.wave_no, s.follow_up, r.rating",
        rs -> {
          if (rs.getInt(2) == invitations.finalWave(rs.getString(1))) {
            int rating = rs.getInt(4);
            long count = rs.getLong(5);
            FollowUp.parse(rs.getString(3))
                .ifPresent(level -> byLevel.get(level).add(rating, count));
          }
        },
        programme.id());
    byLevel.forEach(
        (level, tally) -> {
          WaveStatistics s = WaveStatistics.of(tally);
          int[] d = s.distribution();
          writer.row(
              "insert into cohort_followup_result (programme_id, follow_up, n, mean, dist_m3,"
                  + " dist_m2, dist_m1, dist_0, dist_p1, dist_p2, dist_p3)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              level.name(),
              s.n(),
              ResultWriter.nullable(s.mean()),
              d[0],
              d[1],
              d[2],
              d[3],
              d[4],
              d[5],
              d[6]);
        });
  }

  private void writeResponseRates(Invitations invitations, ResultWriter writer) {
    int invited = invitations.invited();
    for (Wave wave : programme.waves()) {
      int answered = invitations.respondedInWave(wave.number());
      writer.row(
          "insert into cohort_wave_result (programme_id, wave_no, invited, responded,"
              + " response_rate) values (?, ?, ?, ?, ?)",
          wave.number(),
          invited,
          answered,
          invited == 0 ? null : (double) answered / invited);
    }
  }
}
