package org.habittrends.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.analysis.TrendStatistics.Observation;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes every result of the programme in one transaction, so readers never see half a run.
 * Ratings stream from the database ordered by leader and goal; only one goal's ratings are held in
 * memory at a time.
 */
final class TrendAnalysis implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(TrendAnalysis.class);

  private final Programme programme;
  private final JdbcTemplate jdbc;

  TrendAnalysis(Programme programme, JdbcTemplate jdbc) {
    this.programme = programme;
    this.jdbc = jdbc;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    String id = programme.id();
    jdbc.update("delete from wave_result where programme_id = ?", id);
    jdbc.update("delete from trend_result where programme_id = ?", id);
    Map<String, Integer> invited = invitedByLeader(id);
    ResultWriter writer = new ResultWriter(jdbc, id);
    GoalRatings current = new GoalRatings();
    int[] goals = {0};
    jdbc.query(
        "select g.leader_id, g.goal_no, r.wave_no, r.rating from goal g"
            + " left join rating r on r.programme_id = g.programme_id"
            + " and r.leader_id = g.leader_id and r.goal_no = g.goal_no and r.rating is not null"
            + " where g.programme_id = ? order by g.leader_id, g.goal_no",
        rs -> {
          String leaderId = rs.getString(1);
          int goalNo = rs.getInt(2);
          if (!current.is(leaderId, goalNo)) {
            goals[0] += current.analyse(writer, invited);
            current.start(leaderId, goalNo);
          }
          int rating = rs.getInt(4);
          if (!rs.wasNull()) {
            current.observations.add(new Observation(rs.getInt(3), rating));
          }
        },
        id);
    goals[0] += current.analyse(writer, invited);
    writer.flush();
    contribution.incrementReadCount();
    contribution.incrementWriteCount(goals[0]);
    log.info("Analysed {} goals of programme {}", goals[0], id);
    return RepeatStatus.FINISHED;
  }

  private Map<String, Integer> invitedByLeader(String programmeId) {
    Map<String, Integer> invited = new HashMap<>();
    jdbc.query(
        "select leader_id, count(*) from stakeholder where programme_id = ? group by leader_id",
        rs -> {
          invited.put(rs.getString(1), rs.getInt(2));
        },
        programmeId);
    return invited;
  }

  /** The ratings of the goal being read. */
  private final class GoalRatings {
    private String leaderId;
    private int goalNo;
    private final List<Observation> observations = new ArrayList<>();

    boolean is(String leader, int goal) {
      return leader.equals(leaderId) && goal == goalNo;
    }

    void start(String leader, int goal) {
      leaderId = leader;
      goalNo = goal;
      observations.clear();
    }

    /** Writes this goal's results; returns the number of goals written (0 before the first). */
    int analyse(ResultWriter writer, Map<String, Integer> invited) {
      if (leaderId == null) {
        return 0;
      }
      for (Wave wave : programme.waves()) {
        int[] values =
            observations.stream()
                .filter(o -> o.wave() == wave.number())
                .mapToInt(Observation::rating)
                .toArray();
        writer.wave(
            leaderId,
            goalNo,
            wave.number(),
            invited.getOrDefault(leaderId, 0),
            WaveStatistics.of(values));
      }
      writer.trend(leaderId, goalNo, TrendStatistics.of(observations));
      return 1;
    }
  }
}
