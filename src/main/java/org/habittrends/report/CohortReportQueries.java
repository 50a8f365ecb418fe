package org.habittrends.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.habittrends.report.CohortReport.FollowUpLevel;
import org.habittrends.report.CohortReport.HabitSummary;
import org.habittrends.report.CohortReport.HabitWave;
import org.habittrends.report.CohortReport.ImportedFile;
import org.habittrends.report.CohortReport.LeaderLine;
import org.habittrends.report.CohortReport.WaveRate;
import org.habittrends.report.LeaderReport.Trend;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the cohort report from the analyse step's cohort tables. As of an earlier wave, verdicts
 * are recomputed from the ratings up to it and the follow-up table counts that wave's ratings.
 */
class CohortReportQueries {

  private final JdbcTemplate jdbc;
  private final Programme programme;
  private final LeaderReportQueries leaders;
  private final Suppression rule;

  CohortReportQueries(JdbcTemplate jdbc, LeaderReportQueries leaders) {
    this.jdbc = jdbc;
    this.programme = leaders.programme();
    this.leaders = leaders;
    this.rule = Suppression.of(programme.anonymity());
  }

  CohortReport load(int asOf) {
    List<WaveRate> waves = waves(asOf);
    Wave latest =
        waves.stream()
            .filter(w -> w.responded() > 0)
            .map(w -> wave(w.waveNo()))
            .reduce((a, b) -> b)
            .orElse(null);
    return new CohortReport(
        programme.name(),
        programme.sponsor(),
        programme.language(),
        programme.anonymity(),
        asOf == LeaderReportQueries.ALL_WAVES ? null : asOf,
        latest == null ? null : latest.label(),
        latest == null ? null : LeaderReportQueries.day(latest),
        habits(asOf),
        leaderLines(asOf),
        asOf == LeaderReportQueries.ALL_WAVES ? followUps() : followUpsIn(asOf),
        waves,
        imports());
  }

  /** The wave before the latest wave with responses, or null when there is none. */
  Integer waveBeforeLatest() {
    List<Integer> waves =
        jdbc.queryForList(
            "select wave_no from cohort_wave_result where programme_id = ? and responded > 0"
                + " order by wave_no desc",
            Integer.class,
            programme.id());
    return waves.size() < 2 ? null : waves.get(1);
  }

  private List<HabitSummary> habits(int asOf) {
    PooledWaves pooled = PooledWaves.read(jdbc, programme);
    Map<String, List<HabitWave>> byHabit = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    jdbc.query(
        "select c.habit_code, h.title, c.wave_no, c.leaders, c.n, c.mean, c.ci_low, c.ci_high"
            + " from cohort_habit_result c left join habit h on h.code = c.habit_code"
            + " where c.programme_id = ? and c.wave_no <= ? order by c.habit_code, c.wave_no",
        rs -> {
          String code = rs.getString(1);
          titles.put(code, leaders.habits().title(code, rs.getString(2)));
          int n = rs.getInt(5);
          boolean shown = !rule.withholds(n) && !pooled.givesAway(code, rs.getInt(3));
          byHabit
              .computeIfAbsent(code, c -> new ArrayList<>())
              .add(
                  new HabitWave(
                      rs.getInt(3),
                      wave(rs.getInt(3)).label(),
                      rs.getInt(4),
                      n,
                      shown ? rs.getObject(6, Double.class) : null,
                      shown ? rs.getObject(7, Double.class) : null,
                      shown ? rs.getObject(8, Double.class) : null));
        },
        programme.id(),
        asOf);
    List<HabitSummary> habits = new ArrayList<>();
    byHabit.forEach((code, w) -> habits.add(new HabitSummary(code, titles.get(code), w)));
    habits.sort(Comparator.comparing(HabitSummary::title));
    return habits;
  }

  /** By verdict (best first), then name, then goal. */
  private List<LeaderLine> leaderLines(int asOf) {
    List<LeaderLine> lines =
        jdbc.query(
            "select l.leader_id, l.name, l.coach, g.goal_no, g.wording,"
                + " (select w.mean from wave_result w where w.programme_id = g.programme_id"
                + " and w.leader_id = g.leader_id and w.goal_no = g.goal_no and w.n > 0"
                + " and w.wave_no <= ? order by w.wave_no desc limit 1),"
                + " g.habit_code, h.title,"
                + " (select w.n from wave_result w where w.programme_id = g.programme_id"
                + " and w.leader_id = g.leader_id and w.goal_no = g.goal_no and w.n > 0"
                + " and w.wave_no <= ? order by w.wave_no desc limit 1)"
                + " from goal g join leader l on l.programme_id = g.programme_id"
                + " and l.leader_id = g.leader_id left join habit h on h.code = g.habit_code"
                + " where g.programme_id = ? and g.goal_no > 0",
            (rs, i) -> {
              String leaderId = rs.getString(1);
              int goalNo = rs.getInt(4);
              Trend trend =
                  asOf == LeaderReportQueries.ALL_WAVES
                      ? leaders.trend(leaderId, goalNo)
                      : leaders.progressTrend(leaderId, goalNo, asOf);
              boolean withheld = rule.withholds(rs.getInt(9));
              return new LeaderLine(
                  leaderId,
                  rs.getString(2),
                  rs.getString(3),
                  goalNo,
                  HabitTitles.goalTitle(
                      rs.getString(5), leaders.habits().title(rs.getString(7), rs.getString(8))),
                  trend.verdict(),
                  withheld ? null : rs.getObject(6, Double.class),
                  withheld);
            },
            asOf,
            asOf,
            programme.id());
    return lines.stream()
        .sorted(
            Comparator.comparing((LeaderLine l) -> l.verdict().ordinal())
                .thenComparing(LeaderLine::name)
                .thenComparing(LeaderLine::leaderId)
                .thenComparingInt(LeaderLine::goalNo))
        .toList();
  }

  private List<FollowUpLevel> followUps() {
    return levels(
        "select follow_up, n, dist_m3, dist_m2, dist_m1, dist_0, dist_p1, dist_p2, dist_p3"
            + " from cohort_followup_result where programme_id = ?",
        programme.id());
  }

  private List<FollowUpLevel> followUpsIn(int waveNo) {
    return levels(
        "select s.follow_up, count(*),"
            + distCount(-3)
            + distCount(-2)
            + distCount(-1)
            + distCount(0)
            + distCount(1)
            + distCount(2)
            + " sum(case when r.rating = 3 then 1 else 0 end)"
            + " from rating r join survey_response s on s.programme_id = r.programme_id"
            + " and s.leader_id = r.leader_id and s.stakeholder_key = r.stakeholder_key"
            + " and s.wave_no = r.wave_no where r.programme_id = ? and r.wave_no = ?"
            + " and r.goal_no > 0 and r.rating is not null and s.follow_up is not null"
            + " group by s.follow_up",
        programme.id(),
        waveNo);
  }

  private static String distCount(int rating) {
    return " sum(case when r.rating = " + rating + " then 1 else 0 end),";
  }

  /** Every level in scale order; figures only for levels the small-numbers rule shows. */
  private List<FollowUpLevel> levels(String sql, Object... args) {
    Map<FollowUp, int[]> rows = new LinkedHashMap<>();
    jdbc.query(
        sql,
        rs -> {
          int[] counts = new int[8];
          for (int i = 0; i < 8; i++) {
            counts[i] = rs.getInt(i + 2);
          }
          FollowUp.parse(rs.getString(1)).ifPresent(level -> rows.put(level, counts));
        },
        args);
    List<FollowUpLevel> levels = new ArrayList<>();
    for (FollowUp level : FollowUp.values()) {
      int[] c = rows.getOrDefault(level, new int[8]);
      List<Integer> dist = List.of(c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
      int n = dist.stream().mapToInt(Integer::intValue).sum();
      double sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (i - 3) * dist.get(i);
      }
      boolean shown = n > 0 && !rule.withholds(n);
      levels.add(
          new FollowUpLevel(
              level.name(),
              n,
              shown ? sum / n : null,
              shown ? dist : List.of(0, 0, 0, 0, 0, 0, 0)));
    }
    return levels;
  }

  private List<WaveRate> waves(int asOf) {
    return jdbc.query(
        "select wave_no, invited, responded, response_rate from cohort_wave_result"
            + " where programme_id = ? and wave_no <= ? order by wave_no",
        (rs, i) ->
            new WaveRate(
                rs.getInt(1),
                wave(rs.getInt(1)).label(),
                rs.getInt(2),
                rs.getInt(3),
                rs.getObject(4, Double.class)),
        programme.id(),
        asOf);
  }

  /**
   * The import ledger, with each file's rows replaced since by a later file: those it imported that
   * survey_response no longer holds under its id.
   */
  private List<ImportedFile> imports() {
    return jdbc.query(
        "select f.file_name, f.status, f.rows_imported, f.rows_rejected, coalesce(s.stored, 0)"
            + " from imported_file f left join (select file_id, count(*) as stored"
            + " from survey_response group by file_id) s on s.file_id = f.id"
            + " where f.programme_id = ? order by f.file_name, f.id",
        (rs, i) -> {
          int imported = rs.getInt(3);
          int stored = rs.getInt(5);
          return new ImportedFile(
              rs.getString(1),
              rs.getString(2),
              imported,
              Math.max(0, imported - stored),
              rs.getInt(4));
        },
        programme.id());
  }

  private Wave wave(int waveNo) {
    return programme.wave(waveNo).orElse(new Wave(waveNo, "Wave " + waveNo, null, null));
  }
}
