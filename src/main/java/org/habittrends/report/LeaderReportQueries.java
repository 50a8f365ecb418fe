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
import org.habittrends.report.LeaderReport.PairedChange;
import org.habittrends.report.LeaderReport.Trend;
import org.habittrends.report.LeaderReport.WaveRow;
import org.habittrends.report.ProgressTrend.Observation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one leader's report model from the roster and the analyse step's result tables. With an "as
 * of" wave only waves up to it are read and the trend is recomputed from those ratings.
 */
class LeaderReportQueries {

  /** No limit: the full end-of-programme report. */
  static final int ALL_WAVES = Integer.MAX_VALUE;

  private final JdbcTemplate jdbc;
  private final Programme programme;
  private final GoalDetailQueries details;
  private final HabitTitles habits;
  private final Suppression rule;

  LeaderReportQueries(JdbcTemplate jdbc, Programme programme) {
    this.jdbc = jdbc;
    this.programme = programme;
    this.rule = Suppression.of(programme.anonymity());
    this.details = new GoalDetailQueries(jdbc, programme);
    this.habits = new HabitTitles(programme.language());
  }

  /** Catalogue habits' titles in the programme's language. */
  HabitTitles habits() {
    return habits;
  }

  Programme programme() {
    return programme;
  }

  List<String> leaderIds() {
    return jdbc.queryForList(
        "select leader_id from leader where programme_id = ? order by leader_id",
        String.class,
        programme.id());
  }

  /** Leader ids from {@code first} to {@code last}, inclusive, in order. */
  List<String> leaderIds(String first, String last) {
    return jdbc.queryForList(
        "select leader_id from leader where programme_id = ? and leader_id between ? and ?"
            + " order by leader_id",
        String.class,
        programme.id(),
        first,
        last);
  }

  LeaderReport load(String leaderId) {
    return load(leaderId, ALL_WAVES);
  }

  LeaderReport load(String leaderId, int asOf) {
    Map<String, Object> leader =
        jdbc.queryForMap(
            "select name, coach from leader where programme_id = ? and leader_id = ?",
            programme.id(),
            leaderId);
    List<GoalSection> goals =
        jdbc.query(
            "select g.goal_no, g.habit_code, g.wording, h.title from goal g"
                + " left join habit h on h.code = g.habit_code"
                + " where g.programme_id = ? and g.leader_id = ? and g.goal_no > 0"
                + " order by g.goal_no",
            (rs, i) -> {
              int goalNo = rs.getInt("goal_no");
              String code = rs.getString("habit_code");
              String habit = habits.title(code, rs.getString("title"));
              String title = HabitTitles.goalTitle(rs.getString("wording"), habit);
              List<WaveRow> waves = waves(leaderId, goalNo, asOf);
              Optional<WaveRow> lastRated =
                  waves.stream().filter(w -> w.n() > 0).reduce((a, b) -> b);
              int last = lastRated.map(WaveRow::waveNo).orElse(-1);
              Trend trend =
                  asOf == ALL_WAVES
                      ? trend(leaderId, goalNo)
                      : progressTrend(leaderId, goalNo, asOf);
              return new GoalSection(
                  goalNo,
                  title,
                  habit,
                  waves,
                  trend.under(
                      lastRated.map(WaveRow::withheld).orElse(false),
                      waves.stream().anyMatch(WaveRow::withheld)),
                  details.groups(leaderId, goalNo, asOf),
                  details.followUps(leaderId, goalNo, last));
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
        goals,
        programme.language(),
        programme.anonymity(),
        asOf == ALL_WAVES ? null : asOf,
        details.comments(leaderId, asOf));
  }

  private List<WaveRow> waves(String leaderId, int goalNo, int asOf) {
    return jdbc.query(
        "select wave_no, n, invited, mean, ci_low, ci_high, improved, unchanged, worse,"
            + " dist_m3, dist_m2, dist_m1, dist_0, dist_p1, dist_p2, dist_p3,"
            // the response rate's numerator, as the analyse step counts it (Invitations)
            + " (select count(*) from survey_response s where s.programme_id = w.programme_id"
            + " and s.leader_id = w.leader_id and s.wave_no = w.wave_no) as responded"
            + " from wave_result w where programme_id = ? and leader_id = ? and goal_no = ?"
            + " and wave_no <= ? order by wave_no",
        (rs, i) -> {
          Wave wave = wave(rs.getInt("wave_no"));
          int n = rs.getInt("n");
          return new WaveRow(
              wave.number(),
              wave.label(),
              day(wave),
              n,
              rs.getInt("invited"),
              rs.getInt("responded"),
              rule.withholds(n),
              rs.getObject("mean", Double.class),
              rs.getObject("ci_low", Double.class),
              rs.getObject("ci_high", Double.class),
              rs.getInt("improved"),
              rs.getInt("unchanged"),
              rs.getInt("worse"),
              List.of(
                  rs.getInt("dist_m3"),
                  rs.getInt("dist_m2"),
                  rs.getInt("dist_m1"),
                  rs.getInt("dist_0"),
                  rs.getInt("dist_p1"),
                  rs.getInt("dist_p2"),
                  rs.getInt("dist_p3")));
        },
        programme.id(),
        leaderId,
        goalNo,
        asOf);
  }

  Trend trend(String leaderId, int goalNo) {
    List<Trend> trends =
        jdbc.query(
            "select verdict, slope, slope_p, final_p, waves, n, paired_n, paired_change,"
                + " paired_ci_low, paired_ci_high from trend_result"
                + " where programme_id = ? and leader_id = ? and goal_no = ?",
            (rs, i) ->
                new Trend(
                    Verdict.valueOf(rs.getString("verdict")),
                    rs.getObject("slope", Double.class),
                    rs.getObject("slope_p", Double.class),
                    rs.getObject("final_p", Double.class),
                    rs.getInt("waves"),
                    rs.getInt("n"),
                    new PairedChange(
                        rs.getInt("paired_n"),
                        rs.getObject("paired_change", Double.class),
                        rs.getObject("paired_ci_low", Double.class),
                        rs.getObject("paired_ci_high", Double.class))),
            programme.id(),
            leaderId,
            goalNo);
    return trends.isEmpty() ? Trend.insufficient() : trends.get(0);
  }

  Trend progressTrend(String leaderId, int goalNo, int asOf) {
    return ProgressTrend.of(
        jdbc.query(
            "select wave_no, stakeholder_key, rating from rating where programme_id = ?"
                + " and leader_id = ?"
                + " and goal_no = ? and wave_no <= ? and rating is not null",
            (rs, i) -> new Observation(rs.getInt(1), rs.getString(2), rs.getInt(3)),
            programme.id(),
            leaderId,
            goalNo,
            asOf),
        programme.anonymity().k());
  }

  private Wave wave(int waveNo) {
    return programme.wave(waveNo).orElse(new Wave(waveNo, "Wave " + waveNo, null, null));
  }

  /** A wave's day for labels: when it closed, else when it opened. */
  static LocalDate day(Wave wave) {
    return wave.closes() != null ? wave.closes() : wave.opens();
  }
}
