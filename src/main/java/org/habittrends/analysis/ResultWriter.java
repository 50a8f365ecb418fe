package org.habittrends.analysis;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Batches result rows; NaN (undefined statistic) is stored as SQL NULL. */
final class ResultWriter {

  private static final int BATCH = 1_000;

  private final JdbcTemplate jdbc;
  private final String programmeId;
  private final List<Object[]> waves = new ArrayList<>();
  private final List<Object[]> trends = new ArrayList<>();

  ResultWriter(JdbcTemplate jdbc, String programmeId) {
    this.jdbc = jdbc;
    this.programmeId = programmeId;
  }

  void wave(String leaderId, int goalNo, int waveNo, int invited, WaveStatistics s) {
    waves.add(
        new Object[] {
          programmeId,
          leaderId,
          goalNo,
          waveNo,
          s.n(),
          invited,
          nullable(s.mean()),
          nullable(s.sd()),
          nullable(s.ciLow()),
          nullable(s.ciHigh()),
          s.improved(),
          s.unchanged(),
          s.worse()
        });
    if (waves.size() >= BATCH) {
      flush();
    }
  }

  void trend(String leaderId, int goalNo, TrendStatistics t) {
    trends.add(
        new Object[] {
          programmeId,
          leaderId,
          goalNo,
          t.waves(),
          t.n(),
          nullable(t.slope()),
          nullable(t.slopeSe()),
          nullable(t.slopeP()),
          nullable(t.finalP()),
          t.verdict().name()
        });
  }

  void flush() {
    if (!waves.isEmpty()) {
      jdbc.batchUpdate(
          "insert into wave_result (programme_id, leader_id, goal_no, wave_no, n, invited, mean,"
              + " sd, ci_low, ci_high, improved, unchanged, worse)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          waves);
      waves.clear();
    }
    if (!trends.isEmpty()) {
      jdbc.batchUpdate(
          "insert into trend_result (programme_id, leader_id, goal_no, waves, n, slope, slope_se,"
              + " slope_p, final_p, verdict) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          trends);
      trends.clear();
    }
  }

  private static Double nullable(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
