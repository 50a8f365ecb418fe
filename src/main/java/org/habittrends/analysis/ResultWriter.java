package org.habittrends.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.analysis.GroupSuppression.Disclosure;
import org.habittrends.domain.RelationshipGroup;
import org.springframework.jdbc.core.JdbcTemplate;

/** Batches result rows per table; NaN (undefined statistic) is stored as SQL NULL. */
final class ResultWriter {

  private static final int BATCH = 1_000;
  private static final String WAVE_SQL =
      "insert into wave_result (programme_id, leader_id, goal_no, wave_no, n, invited,"
          + " response_rate, mean, sd, ci_low, ci_high, improved, unchanged, worse, target_met,"
          + " dist_m3, dist_m2, dist_m1, dist_0, dist_p1, dist_p2, dist_p3)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String TREND_SQL =
      "insert into trend_result (programme_id, leader_id, goal_no, waves, n, slope, slope_se,"
          + " slope_ci_low, slope_ci_high, slope_p, final_wave, final_n, final_mean, final_t,"
          + " final_p, verdict, slope_df, paired_n, paired_change, paired_ci_low, paired_ci_high)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String GROUP_SQL =
      "insert into group_result (programme_id, leader_id, goal_no, wave_no, relationship, shown,"
          + " suppression, n, mean, sd, ci_low, ci_high)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final String programmeId;
  private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();

  ResultWriter(JdbcTemplate jdbc, String programmeId) {
    this.jdbc = jdbc;
    this.programmeId = programmeId;
  }

  void wave(String leaderId, int goalNo, int waveNo, int invited, int responded, WaveStatistics s) {
    int[] d = s.distribution();
    add(
        WAVE_SQL,
        programmeId,
        leaderId,
        goalNo,
        waveNo,
        s.n(),
        invited,
        invited == 0 ? null : (double) responded / invited,
        nullable(s.mean()),
        nullable(s.sd()),
        nullable(s.ciLow()),
        nullable(s.ciHigh()),
        s.improved(),
        s.unchanged(),
        s.worse(),
        s.targetMet(),
        d[0],
        d[1],
        d[2],
        d[3],
        d[4],
        d[5],
        d[6]);
  }

  void trend(String leaderId, int goalNo, TrendStatistics t) {
    add(
        TREND_SQL,
        programmeId,
        leaderId,
        goalNo,
        t.waves(),
        t.n(),
        nullable(t.slope()),
        nullable(t.slopeSe()),
        nullable(t.slopeCiLow()),
        nullable(t.slopeCiHigh()),
        nullable(t.slopeP()),
        t.finalWave() < 0 ? null : t.finalWave(),
        t.finalN(),
        nullable(t.finalMean()),
        nullable(t.finalT()),
        nullable(t.finalP()),
        t.verdict().name(),
        Double.isNaN(t.slopeSe()) ? null : t.slopeDf(),
        t.pairedN(),
        nullable(t.pairedChange()),
        nullable(t.pairedCiLow()),
        nullable(t.pairedCiHigh()));
  }

  /** A group row; figures are written only when the group is shown. */
  void group(
      String leaderId,
      int goalNo,
      int waveNo,
      RelationshipGroup group,
      Disclosure disclosure,
      WaveStatistics s) {
    boolean shown = disclosure == Disclosure.SHOWN;
    add(
        GROUP_SQL,
        programmeId,
        leaderId,
        goalNo,
        waveNo,
        group.name(),
        shown,
        shown ? null : disclosure.name(),
        shown ? s.n() : null,
        shown ? nullable(s.mean()) : null,
        shown ? nullable(s.sd()) : null,
        shown ? nullable(s.ciLow()) : null,
        shown ? nullable(s.ciHigh()) : null);
  }

  /** Any other result row: {@code sql} is an insert whose first parameter is the programme id. */
  void row(String sql, Object... valuesAfterProgrammeId) {
    Object[] values = new Object[valuesAfterProgrammeId.length + 1];
    values[0] = programmeId;
    System.arraycopy(valuesAfterProgrammeId, 0, values, 1, valuesAfterProgrammeId.length);
    add(sql, values);
  }

  private void add(String sql, Object... values) {
    List<Object[]> rows = pending.computeIfAbsent(sql, s -> new ArrayList<>());
    rows.add(values);
    if (rows.size() >= BATCH) {
      jdbc.batchUpdate(sql, rows);
      rows.clear();
    }
  }

  void flush() {
    pending.forEach(
        (sql, rows) -> {
          if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
          }
        });
  }

  static Double nullable(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
