package org.habittrends.analysis;

import java.util.ArrayList;
import java.util.List;
import org.habittrends.analysis.TrendStatistics.Observation;
import org.habittrends.domain.Verdict;

/**
 * The trend of one goal from its ratings, for callers outside the analyse step (progress reports
 * recompute it as of an earlier wave), so the verdict rule exists once.
 */
public final class GoalTrend {

  /**
   * The figures a report shows; null where a statistic is undefined. {@code pairedN} stakeholders
   * rated both the first and the final wave; {@code pairedChange} is their mean change.
   */
  public record Summary(
      Verdict verdict,
      Double slope,
      Double slopeP,
      Double finalP,
      int waves,
      int n,
      int pairedN,
      Double pairedChange,
      Double pairedCiLow,
      Double pairedCiHigh) {}

  private GoalTrend() {}

  /**
   * {@code stakeholders[i]} gave {@code ratings[i]} in wave {@code waves[i]}: the slope's error is
   * clustered by stakeholder. {@code k} is the programme's anonymity threshold.
   */
  public static Summary of(int[] waves, String[] stakeholders, int[] ratings, int k) {
    if (waves.length != ratings.length || stakeholders.length != ratings.length) {
      throw new IllegalArgumentException("one wave and stakeholder per rating");
    }
    List<Observation> observations = new ArrayList<>(waves.length);
    for (int i = 0; i < waves.length; i++) {
      observations.add(new Observation(waves[i], stakeholders[i], ratings[i]));
    }
    TrendStatistics t = TrendStatistics.of(observations, k);
    return new Summary(
        t.verdict(),
        defined(t.slope()),
        defined(t.slopeP()),
        defined(t.finalP()),
        t.waves(),
        t.n(),
        t.pairedN(),
        defined(t.pairedChange()),
        defined(t.pairedCiLow()),
        defined(t.pairedCiHigh()));
  }

  private static Double defined(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
