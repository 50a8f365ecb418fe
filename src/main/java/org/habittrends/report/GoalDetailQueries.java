package org.habittrends.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Programme;
import org.habittrends.report.Feedforward.Stakeholder;
import org.habittrends.report.LeaderReport.FollowUpRow;
import org.habittrends.report.LeaderReport.GroupRow;
import org.springframework.jdbc.core.JdbcTemplate;

/** The detail under a leader's goals: relationship groups, follow-up, feedforward comments. */
class GoalDetailQueries {

  private final JdbcTemplate jdbc;
  private final Programme programme;

  GoalDetailQueries(JdbcTemplate jdbc, Programme programme) {
    this.jdbc = jdbc;
    this.programme = programme;
  }

  /** The analyse step's group rows; a hidden row's figures are never even read. */
  List<GroupRow> groups(String leaderId, int goalNo, int asOf) {
    return jdbc.query(
        "select relationship, wave_no, shown, suppression,"
            + " case when shown then n end as n, case when shown then mean end as mean"
            + " from group_result where programme_id = ? and leader_id = ? and goal_no = ?"
            + " and wave_no <= ? order by wave_no, relationship",
        (rs, i) ->
            new GroupRow(
                rs.getString("relationship"),
                rs.getInt("wave_no"),
                rs.getBoolean("shown"),
                rs.getString("suppression"),
                rs.getObject("n", Integer.class),
                rs.getObject("mean", Double.class)),
        programme.id(),
        leaderId,
        goalNo,
        asOf);
  }

  /**
   * The goal's ratings in one wave by follow-up level, every level listed. A level's mean is shown
   * only with at least k ratings, and when exactly one level with ratings is hidden, the next
   * smallest is hidden too, so no hidden mean follows from the others and the wave's mean.
   */
  List<FollowUpRow> followUps(String leaderId, int goalNo, int waveNo) {
    int[] counts = new int[FollowUp.values().length];
    double[] sums = new double[counts.length];
    jdbc.query(
        "select s.follow_up, count(*), sum(r.rating) from rating r join survey_response s"
            + " on s.programme_id = r.programme_id and s.leader_id = r.leader_id"
            + " and s.stakeholder_key = r.stakeholder_key and s.wave_no = r.wave_no"
            + " where r.programme_id = ? and r.leader_id = ? and r.goal_no = ? and r.wave_no = ?"
            + " and r.rating is not null and s.follow_up is not null group by s.follow_up",
        rs -> {
          Optional<FollowUp> level = FollowUp.parse(rs.getString(1));
          if (level.isPresent()) {
            counts[level.get().ordinal()] = rs.getInt(2);
            sums[level.get().ordinal()] = rs.getDouble(3);
          }
        },
        programme.id(),
        leaderId,
        goalNo,
        waveNo);
    boolean[] shown = Suppression.of(programme.anonymity()).shown(counts);
    List<FollowUpRow> rows = new ArrayList<>();
    for (FollowUp level : FollowUp.values()) {
      int i = level.ordinal();
      rows.add(new FollowUpRow(level.name(), counts[i], shown[i] ? sums[i] / counts[i] : null));
    }
    return rows;
  }

  /** The leader's feedforward up to the wave, cleaned and ordered (see {@link Feedforward}). */
  List<String> comments(String leaderId, int asOf) {
    List<String> raw =
        jdbc.queryForList(
            "select feedforward from survey_response where programme_id = ? and leader_id = ?"
                + " and wave_no <= ? and feedforward is not null",
            String.class,
            programme.id(),
            leaderId,
            asOf);
    List<Stakeholder> stakeholders =
        jdbc.query(
            "select stakeholder_key, email from stakeholder where programme_id = ? and leader_id = ?",
            (rs, i) -> new Stakeholder(rs.getString(1), rs.getString(2)),
            programme.id(),
            leaderId);
    return Feedforward.forReport(leaderId, raw, stakeholders, programme.anonymity().commentK());
  }
}
