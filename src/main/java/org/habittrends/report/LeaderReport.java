package org.habittrends.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Verdict;

/**
 * Everything one leader's PDF shows, already read from the database, so that rendering needs no
 * database and tests can build a report by hand.
 *
 * @param dataWave label of the latest wave with any rating for this leader, null if none yet
 * @param dataDate the day that wave closed (or opened), null if unknown
 * @param asOfWave for a progress report, the last wave it covers; null for the full report
 * @param comments feedforward already cleaned and in their stable shuffled order; empty when the
 *     leader has fewer than {@code anonymity.commentK()}
 */
public record LeaderReport(
    String programmeName,
    String sponsor,
    String leaderId,
    String leaderName,
    String coach,
    String dataWave,
    LocalDate dataDate,
    List<GoalSection> goals,
    Locale language,
    Anonymity anonymity,
    Integer asOfWave,
    List<String> comments) {

  public LeaderReport {
    goals = List.copyOf(goals);
    comments = List.copyOf(comments);
  }

  /** One goal: the leader's wording, the habit behind it, its waves, groups and trend. */
  public record GoalSection(
      int number,
      String title,
      String habit,
      List<WaveRow> waves,
      Trend trend,
      List<GroupRow> groups,
      List<FollowUpRow> followUps) {
    public GoalSection {
      waves = List.copyOf(waves);
      groups = List.copyOf(groups);
      followUps = List.copyOf(followUps);
    }

    public GoalSection(int number, String title, String habit, List<WaveRow> waves, Trend trend) {
      this(number, title, habit, waves, trend, List.of(), List.of());
    }

    /** The latest wave with at least one rating (shown or withheld), if any. */
    public Optional<WaveRow> lastRatedWave() {
      return waves.stream().filter(w -> w.n() > 0).reduce((first, second) -> second);
    }
  }

  /**
   * One wave of one goal. {@code mean} is null when n is 0; the CI is null when n is below 2.
   *
   * @param date the wave's closing (or opening) day, for the chart's month label; may be null
   * @param responded stakeholders of the leader who submitted a response in the wave, whatever they
   *     answered on this goal (the numerator of the response rate)
   * @param withheld the wave has 1 to k − 1 ratings ({@link Suppression#withholds}): its mean,
   *     interval, distribution and counts are dropped here, so no output can print them
   * @param distribution counts of the ratings −3..+3 (seven entries), all zero when unknown
   */
  public record WaveRow(
      int waveNo,
      String label,
      LocalDate date,
      int n,
      int invited,
      int responded,
      boolean withheld,
      Double mean,
      Double ciLow,
      Double ciHigh,
      int improved,
      int unchanged,
      int worse,
      List<Integer> distribution) {

    private static final List<Integer> NONE = List.of(0, 0, 0, 0, 0, 0, 0);

    public WaveRow {
      distribution = distribution == null || withheld ? NONE : List.copyOf(distribution);
      if (withheld) {
        mean = null;
        ciLow = null;
        ciHigh = null;
        improved = 0;
        unchanged = 0;
        worse = 0;
      }
    }

    public WaveRow(
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
        int worse,
        List<Integer> distribution) {
      this(
          waveNo,
          label,
          date,
          n,
          invited,
          n,
          false,
          mean,
          ciLow,
          ciHigh,
          improved,
          unchanged,
          worse,
          distribution);
    }

    public WaveRow(
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
      this(waveNo, label, date, n, invited, mean, ciLow, ciHigh, improved, unchanged, worse, null);
    }

    /** The same wave under the small-numbers rule: withheld when it has 1 to k − 1 ratings. */
    public WaveRow under(Suppression rule) {
      return new WaveRow(
          waveNo,
          label,
          date,
          n,
          invited,
          responded,
          withheld || rule.withholds(n),
          mean,
          ciLow,
          ciHigh,
          improved,
          unchanged,
          worse,
          distribution);
    }

    public boolean hasInterval() {
      return ciLow != null && ciHigh != null;
    }

    /**
     * Stakeholders who submitted a response in the wave over those invited (the one definition of
     * every output), or null when none were invited.
     */
    public Double responseRate() {
      return invited == 0 ? null : Math.min(1.0, (double) responded / invited);
    }
  }

  /**
   * One relationship group in one wave. Figures are null unless {@code shown}; a hidden group's
   * {@code reason} is {@code BELOW_K} or {@code COMPLEMENTARY} (hidden so it cannot be derived).
   */
  public record GroupRow(
      String relationship, int waveNo, boolean shown, String reason, Integer n, Double mean) {}

  /** Final-wave ratings of this goal by how often the leader followed up; mean null below k. */
  public record FollowUpRow(String level, int n, Double mean) {}

  /**
   * The analyse step's trend: slope of rating on wave number; slope and p null when unknown (the
   * slope's p is clustered by stakeholder and null with fewer than 3 stakeholders) or {@code
   * slopeWithheld}.
   *
   * @param paired the change seen by stakeholders who rated the first and the final wave; null when
   *     unknown
   */
  public record Trend(
      Verdict verdict,
      Double slope,
      Double slopeP,
      Double finalP,
      int waves,
      int n,
      PairedChange paired,
      boolean slopeWithheld) {

    public Trend {
      if (slopeWithheld) {
        slope = null;
        slopeP = null;
      }
    }

    public Trend(Verdict verdict, Double slope, Double slopeP, Double finalP, int waves, int n) {
      this(verdict, slope, slopeP, finalP, waves, n, null, false);
    }

    public Trend(
        Verdict verdict,
        Double slope,
        Double slopeP,
        Double finalP,
        int waves,
        int n,
        PairedChange paired) {
      this(verdict, slope, slopeP, finalP, waves, n, paired, false);
    }

    public static Trend insufficient() {
      return new Trend(Verdict.INSUFFICIENT_DATA, null, null, null, 0, 0);
    }

    /**
     * The trend under the small-numbers rule, as the workbook's Trends sheet: no final-wave p-value
     * when the final wave is withheld, and no slope when any of its waves is: the slope is a
     * weighted difference of the wave means, so with the other waves shown it would give the
     * withheld wave's mean away. The verdict stays.
     */
    public Trend under(boolean finalWaveWithheld, boolean anyWaveWithheld) {
      return new Trend(
          verdict,
          slope,
          slopeP,
          finalWaveWithheld ? null : finalP,
          waves,
          n,
          paired,
          slopeWithheld || anyWaveWithheld);
    }
  }

  /**
   * The stakeholders who rated both the first and the final wave with ratings: how many, their mean
   * change (final − first) and its 95 % paired-t interval (null below 2 stakeholders).
   */
  public record PairedChange(int n, Double change, Double ciLow, Double ciHigh) {

    /** Enough stakeholders to print the figures without singling anyone out. */
    public boolean shownWith(int k) {
      return n >= Math.max(k, 1) && change != null;
    }
  }
}
