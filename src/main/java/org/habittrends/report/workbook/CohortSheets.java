package org.habittrends.report.workbook;

import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Habit;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.habittrends.report.PooledWaves;
import org.habittrends.report.Suppression;
import org.springframework.jdbc.core.JdbcTemplate;

/** The programme-level sheets: Cohort habits, Follow-up and Response rates. */
final class CohortSheets {

  private static final String[] SCALE = {"m3", "m2", "m1", "0", "p1", "p2", "p3"};

  private final JdbcTemplate jdbc;
  private final Programme programme;
  private final Suppression rule;
  private final String fewer;

  CohortSheets(JdbcTemplate jdbc, Programme programme) {
    this.jdbc = jdbc;
    this.programme = programme;
    this.rule = Suppression.of(programme.anonymity());
    this.fewer = Withheld.fewerThan(rule.k());
  }

  void habits(SheetWriter out) {
    PooledWaves pooled = PooledWaves.read(jdbc, programme);
    jdbc.query(
        "select * from cohort_habit_result where programme_id = ? order by habit_code, wave_no",
        rs -> {
          out.nextRow();
          String code = rs.getString("habit_code");
          out.text(code);
          out.text(
              "OVERALL".equals(code)
                  ? "Overall effectiveness"
                  : Habit.fromCode(code).map(Habit::title).orElse(code));
          int wave = rs.getInt("wave_no");
          out.integer(wave);
          out.text(programme.wave(wave).map(Wave::label).orElse(""));
          out.integer(rs.getInt("leaders"));
          int n = rs.getInt("n");
          if (rule.withholds(n)) {
            out.withheld(fewer, 5);
            return;
          }
          if (pooled.givesAway(code, wave)) {
            out.withheld(Withheld.givesAwayAWave(fewer), 5);
            return;
          }
          out.integer(n);
          out.decimal((Number) rs.getObject("mean"));
          out.decimal((Number) rs.getObject("sd"));
          out.decimal((Number) rs.getObject("ci_low"));
          out.decimal((Number) rs.getObject("ci_high"));
        },
        programme.id());
  }

  void followUp(SheetWriter out) {
    jdbc.query(
        "select * from cohort_followup_result where programme_id = ? order by case follow_up"
            + " when 'NONE' then 1 when 'A_LITTLE' then 2 when 'SOME' then 3"
            + " when 'FREQUENT' then 4 else 5 end",
        rs -> {
          out.nextRow();
          String level = rs.getString("follow_up");
          out.text(FollowUp.parse(level).map(FollowUp::label).orElse(level));
          int n = rs.getInt("n");
          if (rule.withholds(n)) {
            out.withheld(fewer, 11);
            return;
          }
          out.integer(n);
          out.decimal((Number) rs.getObject("mean"));
          for (String value : SCALE) {
            out.integer(rs.getInt("dist_" + value));
          }
          int improved = rs.getInt("dist_p1") + rs.getInt("dist_p2") + rs.getInt("dist_p3");
          out.percent(n == 0 ? null : (double) improved / n);
          out.percent(n == 0 ? null : rs.getDouble("dist_0") / n);
        },
        programme.id());
  }

  void responseRates(SheetWriter out) {
    jdbc.query(
        "select * from cohort_wave_result where programme_id = ? order by wave_no",
        rs -> {
          out.nextRow();
          int wave = rs.getInt("wave_no");
          out.integer(wave);
          out.text(programme.wave(wave).map(Wave::label).orElse(""));
          out.integer(rs.getInt("invited"));
          out.integer(rs.getInt("responded"));
          out.percent((Number) rs.getObject("response_rate"));
        },
        programme.id());
  }
}
