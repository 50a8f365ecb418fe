package org.habittrends.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Verdict;
import org.habittrends.domain.Wave;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.Trend;
import org.habittrends.report.LeaderReport.WaveRow;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads one leader's report model from the roster and the analyse step's result tables. */
class LeaderReportQueries {

  private final JdbcTemplate jdbc;
  private final Programme programme;

  LeaderReportQueries(JdbcTemplate jdbc, Programme programme) {
    this.jdbc = jdbc;
    this.programme = programme;
  }

  List<String> leaderIds() {
    return jdbc.queryForList(
        "select leader_id from leader where programme_id = ? order by leader_id",
        String.class,
        programme.id());
  }

  LeaderReport load(String leaderId) {
    Map<String, Object> leader =
        jdbc.queryForMap(
            "select name, coach from leader where programme_id = ? and leader_id = ?",
            programme.id(),
            leaderId);
    List<GoalSection> goals =
        jdbc.query(
            "select g.goal_no, g.habit_code, g.wording, h.title from goal g"
                + " left join habit h on h.code = g.habit_code"
                + " where g.programme_id = ? and g.leader_id = ? order by g.goal_no",
            (rs, i) -> {
              int goalNo = rs.getInt("goal_no");
              String code = rs.getString("habit_code");
              String habit = rs.getString("title") == null ? code : rs.getString("title");
              // The leader's own wording if given (as Goal.title()), else the catalogue's title.
              String wording = rs.getString("wording");
              String title = wording == null || wording.isBlank() ? habit : wording.trim();
              return new GoalSection(
                  goalNo, title, habit, waves(leaderId, goalNo), trend(leaderId, goalNo));
            },
            programme.id(),
            leaderId);
    // The data date: the latest wave in which any of the leader's goals has a rating.
    Optional<WaveRow> latest =
        goals.stream()
            .flatMap(g -> g.waves().stream())
            .filter(w -> w.n() > 0)
            .max(Comparator.comparingInt(WaveRow::waveNo));
    return new LeaderReport(
        programme.name(),
        programme.sponsor(),
        leaderId,
        (String) leader.get("name"),
        (String) leader.get("coach"),
        latest.map(WaveRow::label).orElse(null),
        latest.map(WaveRow::date).orElse(null),
        goals);
  }

  private List<WaveRow> waves(String leaderId, int goalNo) {
    return jdbc.query(
        "select wave_no, n, invited, mean, ci_low, ci_high, improved, unchanged, worse"
            + " from wave_result where programme_id = ? and leader_id = ? and goal_no = ?"
            + " order by wave_no",
        (rs, i) -> {
          int waveNo = rs.getInt("wave_no");
          Wave wave = programme.wave(waveNo).orElse(new Wave(waveNo, "Wave " + waveNo, null, null));
          return new WaveRow(
              waveNo,
              wave.label(),
              day(wave),
              rs.getInt("n"),
              rs.getInt("invited"),
              rs.getObject("mean", Double.class),
              rs.getObject("ci_low", Double.class),
              rs.getObject("ci_high", Double.class),
              rs.getInt("improved"),
              rs.getInt("unchanged"),
              rs.getInt("worse"));
        },
        programme.id(),
        leaderId,
        goalNo);
  }

  private Trend trend(String leaderId, int goalNo) {
    List<Trend> trends =
        jdbc.query(
            "select verdict, slope, slope_p, final_p, waves, n from trend_result"
                + " where programme_id = ? and leader_id = ? and goal_no = ?",
            (rs, i) ->
                new Trend(
                    Verdict.valueOf(rs.getString("verdict")),
                    rs.getObject("slope", Double.class),
                    rs.getObject("slope_p", Double.class),
                    rs.getObject("final_p", Double.class),
                    rs.getInt("waves"),
                    rs.getInt("n")),
            programme.id(),
            leaderId,
            goalNo);
    return trends.isEmpty() ? Trend.insufficient() : trends.get(0);
  }

  /** A wave's day for labels: when it closed, else when it opened. */
  private static LocalDate day(Wave wave) {
    return wave.closes() != null ? wave.closes() : wave.opens();
  }
}
