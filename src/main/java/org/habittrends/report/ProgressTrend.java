package org.habittrends.report;

import java.util.List;
import org.habittrends.analysis.GoalTrend;
import org.habittrends.report.LeaderReport.PairedChange;
import org.habittrends.report.LeaderReport.Trend;

/**
 * A goal's trend as of an earlier wave, for progress reports: the analyse step stores only the
 * programme-wide trend, so this recomputes it from the ratings up to that wave with the analyse
 * step's own statistics and verdict rule.
 */
final class ProgressTrend {

  /** A rating a stakeholder gave in a wave. */
  record Observation(int wave, String stakeholder, int rating) {}

  private ProgressTrend() {}

  /** {@code k}: the programme's anonymity threshold. */
  static Trend of(List<Observation> observations, int k) {
    if (observations.isEmpty()) {
      return Trend.insufficient();
    }
    GoalTrend.Summary s =
        GoalTrend.of(
            observations.stream().mapToInt(Observation::wave).toArray(),
            observations.stream().map(Observation::stakeholder).toArray(String[]::new),
            observations.stream().mapToInt(Observation::rating).toArray(),
            k);
    return new Trend(
        s.verdict(),
        s.slope(),
        s.slopeP(),
        s.finalP(),
        s.waves(),
        s.n(),
        new PairedChange(s.pairedN(), s.pairedChange(), s.pairedCiLow(), s.pairedCiHigh()));
  }
}
