package org.habittrends.report;

import java.time.LocalDate;
import java.util.List;
import org.habittrends.domain.Verdict;

/**
 * Everything one leader's PDF shows, already read from the database, so that rendering needs no
 * database and tests can build a report by hand.
 *
 * @param dataWave label of the latest wave with any rating for this leader, null if none yet
 * @param dataDate the day that wave closed (or opened), null if unknown
 */
public record LeaderReport(
    String programmeName,
    String sponsor,
    String leaderId,
    String leaderName,
    String coach,
    String dataWave,
    LocalDate dataDate,
    List<GoalSection> goals) {

  public LeaderReport {
    goals = List.copyOf(goals);
  }

  /** One goal: the leader's wording, the habit behind it, its waves and its trend. */
  public record GoalSection(
      int number, String title, String habit, List<WaveRow> waves, Trend trend) {
    public GoalSection {
      waves = List.copyOf(waves);
    }

    /** The latest wave with at least one rating, if any. */
    public java.util.Optional<WaveRow> lastRatedWave() {
      return waves.stream().filter(w -> w.n() > 0).reduce((first, second) -> second);
    }
  }

  /**
   * One wave of one goal. {@code mean} is null when n is 0; the CI is null when n is below 2.
   *
   * @param date the wave's closing (or opening) day, for the chart's month label; may be null
   */
  public record WaveRow(
      int waveNo,
      String label,
      LocalDate date,
      int n,
      int invited,
      Double mean,
      Double ciLow,
      Double ciHigh,
      int improved,
      int unchanged,
      int worse) {

    public boolean hasInterval() {
      return ciLow != null && ciHigh != null;
    }
  }

  /** The analyse step's trend: slope of rating on wave number; slope and p null when unknown. */
  public record Trend(
      Verdict verdict, Double slope, Double slopeP, Double finalP, int waves, int n) {
    public static Trend insufficient() {
      return new Trend(Verdict.INSUFFICIENT_DATA, null, null, null, 0, 0);
    }
  }
}
