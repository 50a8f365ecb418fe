package org.habittrends.analysis;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.habittrends.domain.Programme;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the result tables of a programme (see the constructors for which leaders). Ratings
 * stream in index order (leader, goal), so only one goal is held in memory at a time; each is
 * reduced to counts per wave, relationship group and value, which determine every statistic.
 */
final class ProgrammeAnalysis {

  private static final String[] LEADER_TABLES = {"wave_result", "trend_result", "group_result"};

  private static final String[] COHORT_TABLES = {
    "cohort_habit_result", "cohort_followup_result", "cohort_wave_result"
  };

  /**
   * N/A answers (null) come too: an overall question answered N/A throughout still gets results.
   * Grouped by leader and goal, so each goal's ratings arrive together.
   */
  private static final String RATINGS =
      "select leader_id, goal_no, wave_no, stakeholder_key, rating from rating"
          + " where programme_id = ? order by programme_id, leader_id, goal_no";

  private final Programme programme;
  private final JdbcTemplate jdbc;
  private final Set<String> changed;
  private int emitted;

  /** Recomputes every leader's results. */
  ProgrammeAnalysis(Programme programme, JdbcTemplate jdbc) {
    this(programme, jdbc, null);
  }

  /**
   * Recomputes the results of the {@code changed} leaders (null: all) and the cohort's; the other
   * leaders' stored results are kept, their ratings only feed the cohort. Results depend on nothing
   * but the leader's own ratings, roster and the programme, so this gives the rows a full run
   * writes.
   */
  ProgrammeAnalysis(Programme programme, JdbcTemplate jdbc, Set<String> changed) {
    this.programme = programme;
    this.jdbc = jdbc;
    this.changed = changed == null ? null : Set.copyOf(changed);
  }

  /** Returns the number of leader × goal results written. */
  int run() {
    String id = programme.id();
    for (String table : LEADER_TABLES) {
      if (changed == null) {
        jdbc.update("delete from " + table + " where programme_id = ?", id);
      } else if (!changed.isEmpty()) {
        jdbc.batchUpdate(
            "delete from " + table + " where programme_id = ? and leader_id = ?",
            changed.stream().map(leader -> new Object[] {id, leader}).toList());
      }
    }
    for (String table : COHORT_TABLES) {
      jdbc.update("delete from " + table + " where programme_id = ?", id);
    }
    Invitations invitations = new Invitations(jdbc, id);
    ResultWriter writer = new ResultWriter(jdbc, id);
    CohortAnalysis cohort = new CohortAnalysis(programme);
    invitations.goals().values().forEach(goal -> cohort.habit(goal.habitCode()));
    Set<String> written = new HashSet<>();
    GoalResults[] current = {null};
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(1_000);
    streaming.query(
        RATINGS,
        rs -> {
          String leaderId = rs.getString(1);
          int goalNo = rs.getInt(2);
          if (current[0] == null || !current[0].is(leaderId, goalNo)) {
            write(current[0], invitations, writer, cohort, written);
            current[0] = new GoalResults(leaderId, goalNo);
          }
          int rating = rs.getInt(5);
          if (!rs.wasNull()) {
            String stakeholder = rs.getString(4);
            current[0].add(
                rs.getInt(3), invitations.groupOf(leaderId, stakeholder), stakeholder, rating);
          }
        },
        id);
    write(current[0], invitations, writer, cohort, written);
    for (Map.Entry<String, Invitations.Goal> goal : invitations.goals().entrySet()) {
      if (!written.contains(goal.getKey())) {
        Invitations.Goal g = goal.getValue();
        write(new GoalResults(g.leaderId(), g.goalNo()), invitations, writer, cohort, written);
      }
    }
    cohort.write(jdbc, invitations, writer);
    writer.flush();
    return emitted;
  }

  private void write(
      GoalResults goal,
      Invitations invitations,
      ResultWriter writer,
      CohortAnalysis cohort,
      Set<String> written) {
    if (goal == null) {
      return;
    }
    String key = Invitations.key(goal.leaderId(), goal.goalNo());
    // a goal_no missing from the roster (other than the overall question) stays out of the cohort
    Invitations.Goal onRoster = invitations.goals().get(key);
    String habit =
        goal.goalNo() == 0
            ? CohortAnalysis.OVERALL
            : onRoster == null ? null : onRoster.habitCode();
    boolean emit = emits(goal.leaderId());
    goal.write(programme, invitations, writer, cohort, habit, emit);
    written.add(key);
    emitted += emit ? 1 : 0;
  }

  private boolean emits(String leaderId) {
    return changed == null || changed.contains(leaderId);
  }
}
