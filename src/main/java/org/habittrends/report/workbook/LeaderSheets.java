package org.habittrends.report.workbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Programme;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.Verdict;
import org.habittrends.domain.Wave;
import org.habittrends.report.Suppression;
import org.springframework.jdbc.core.JdbcTemplate;

/** The per-leader sheets: Waves, Trends and Groups, read from the result tables. */
final class LeaderSheets {

  private final JdbcTemplate jdbc;
  private final Programme programme;
  private final Suppression rule;
  private final String fewer;
  private final Map<String, String> leaderNames = new HashMap<>();
  private final Map<String, String> goalTitles = new HashMap<>();

  /** Reads leader names and goal titles once: joining them into every result row is slow on H2. */
  LeaderSheets(JdbcTemplate jdbc, Programme programme) {
    this.jdbc = jdbc;
    this.programme = programme;
    this.rule = Suppression.of(programme.anonymity());
    this.fewer = Withheld.fewerThan(rule.k());
    jdbc.query(
        "select leader_id, name from leader where programme_id = ?",
        rs -> {
          leaderNames.put(rs.getString(1), rs.getString(2));
        },
        programme.id());
    jdbc.query(
        "select leader_id, goal_no, habit_code, wording from goal where programme_id = ?",
        rs -> {
          Goal goal = new Goal(rs.getInt(2), rs.getString(3), rs.getString(4));
          goalTitles.put(rs.getString(1) + "\u0000" + goal.number(), goal.title());
        },
        programme.id());
  }

  void waves(SheetWriter out) {
    jdbc.query(
        "select * from wave_result where programme_id = ?"
            + " order by leader_id, goal_no, wave_no",
        rs -> {
          key(out, rs);
          int wave = rs.getInt("wave_no");
          out.integer(wave);
          out.text(programme.wave(wave).map(Wave::label).orElse(""));
          out.integer(rs.getInt("invited"));
          out.percent((Number) rs.getObject("response_rate"));
          int n = rs.getInt("n");
          if (rule.withholds(n)) {
            out.withheld(fewer, 16);
            return;
          }
          out.integer(n);
          out.decimal((Number) rs.getObject("mean"));
          out.decimal((Number) rs.getObject("sd"));
          out.decimal((Number) rs.getObject("ci_low"));
          out.decimal((Number) rs.getObject("ci_high"));
          for (String value : new String[] {"m3", "m2", "m1", "0", "p1", "p2", "p3"}) {
            out.integer(rs.getInt("dist_" + value));
          }
          out.percent(n == 0 ? null : rs.getDouble("improved") / n);
          out.percent(n == 0 ? null : rs.getDouble("unchanged") / n);
          out.percent(n == 0 ? null : rs.getDouble("worse") / n);
          out.text(n == 0 ? "" : rs.getBoolean("target_met") ? "yes" : "no");
        },
        programme.id());
  }

  void trends(SheetWriter out) {
    jdbc.query(
        "select t.*, (select min(w.n) from wave_result w where w.programme_id = t.programme_id"
            + " and w.leader_id = t.leader_id and w.goal_no = t.goal_no and w.n > 0)"
            + " as smallest_wave from trend_result t where t.programme_id = ?"
            + " order by t.leader_id, t.goal_no",
        rs -> {
          key(out, rs);
          out.integer(rs.getInt("waves"));
          int n = rs.getInt("n");
          if (rule.withholds(n)) {
            out.withheld(fewer, 7);
          } else if (rule.withholds(rs.getInt("smallest_wave"))) {
            // a weighted difference of the wave means: with the others shown it gives a withheld
            // wave's mean away, and n less the shown waves' n its count
            out.withheld(Withheld.givesAwayAWave(fewer), 7);
          } else {
            out.integer(n);
            out.decimal((Number) rs.getObject("slope"));
            out.decimal((Number) rs.getObject("slope_se"));
            out.integer((Number) rs.getObject("slope_df"));
            out.decimal((Number) rs.getObject("slope_ci_low"));
            out.decimal((Number) rs.getObject("slope_ci_high"));
            out.probability((Number) rs.getObject("slope_p"));
          }
          out.integer((Number) rs.getObject("final_wave"));
          int finalN = rs.getInt("final_n");
          if (rule.withholds(finalN)) {
            out.withheld(fewer, 4);
          } else {
            out.integer(finalN);
            out.decimal((Number) rs.getObject("final_mean"));
            out.decimal((Number) rs.getObject("final_t"));
            out.probability((Number) rs.getObject("final_p"));
          }
          int pairedN = rs.getInt("paired_n");
          if (rule.withholds(pairedN)) {
            out.withheld(fewer, 4);
          } else {
            out.integer(pairedN);
            out.decimal((Number) rs.getObject("paired_change"));
            out.decimal((Number) rs.getObject("paired_ci_low"));
            out.decimal((Number) rs.getObject("paired_ci_high"));
          }
          out.text(Verdict.valueOf(rs.getString("verdict")).label());
        },
        programme.id());
  }

  void groups(SheetWriter out) {
    jdbc.query(
        "select * from group_result where programme_id = ?"
            + " order by leader_id, goal_no, wave_no, case relationship"
            + " when 'MANAGER' then 1 when 'DIRECT_REPORT' then 2 when 'PEER' then 3"
            + " when 'ALLIANCE_PARTNER' then 4 else 5 end, relationship",
        rs -> {
          key(out, rs);
          out.integer(rs.getInt("wave_no"));
          String relationship = rs.getString("relationship");
          out.text(
              RelationshipGroup.parse(relationship)
                  .map(RelationshipGroup::label)
                  .orElse(relationship));
          if (!rs.getBoolean("shown")) {
            out.withheld(Withheld.reason(rs.getString("suppression"), fewer), 5);
            return;
          }
          out.integer(rs.getInt("n"));
          out.decimal((Number) rs.getObject("mean"));
          out.decimal((Number) rs.getObject("sd"));
          out.decimal((Number) rs.getObject("ci_low"));
          out.decimal((Number) rs.getObject("ci_high"));
        },
        programme.id());
  }

  private void key(SheetWriter out, ResultSet rs) throws SQLException {
    out.nextRow();
    String leaderId = rs.getString("leader_id");
    out.text(leaderId);
    out.text(leaderNames.getOrDefault(leaderId, ""));
    int goalNo = rs.getInt("goal_no");
    out.integer(goalNo);
    out.text(
        goalNo == 0
            ? "Overall effectiveness"
            : goalTitles.getOrDefault(leaderId + "\u0000" + goalNo, "Goal " + goalNo));
  }
}
