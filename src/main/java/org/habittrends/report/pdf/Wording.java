package org.habittrends.report.pdf;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.Trend;
import org.habittrends.report.LeaderReport.WaveRow;

/** The report's sentences: plain language first, then what the numbers cannot tell. */
final class Wording {

  static final String MINUS = "\u2212";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  /** Below this many ratings a mean is an indication, not a measurement. */
  private static final int SMALL_N = 5;

  private Wording() {}

  /** "+1.9", "−0.4", "0.0": signed, one decimal, a true minus sign. */
  static String signed(double value) {
    String digits = String.format(Locale.ROOT, "%.1f", Math.abs(value));
    if (digits.equals("0.0")) {
      return digits;
    }
    return (value > 0 ? "+" : MINUS) + digits;
  }

  static String signed2(double value) {
    String digits = String.format(Locale.ROOT, "%.2f", Math.abs(value));
    return (value >= 0 ? "+" : MINUS) + digits;
  }

  static String headline(GoalSection goal) {
    return goal.lastRatedWave()
        .map(Wording::headline)
        .orElse("No stakeholder has rated this goal yet.");
  }

  private static String headline(WaveRow w) {
    String who =
        w.improved() + " of " + w.n() + (w.n() == 1 ? " stakeholder sees" : " stakeholders see");
    String target = w.mean() > 1 ? "target +1 reached" : "target +1 not yet reached";
    return who
        + " improvement in the last wave, "
        + w.label()
        + " (mean "
        + signed(w.mean())
        + " on a "
        + MINUS
        + "3..+3 scale; "
        + target
        + ").";
  }

  /** What the last wave's numbers cannot tell, or an empty string. */
  static String caveats(GoalSection goal) {
    StringBuilder text = new StringBuilder();
    goal.lastRatedWave()
        .ifPresent(
            w -> {
              if (w.n() < SMALL_N) {
                text.append(
                        w.n() == 1
                            ? "Only one stakeholder answered"
                            : "Only " + w.n() + " stakeholders answered")
                    .append(", so read this as an indication, not a measurement. ");
              }
              if (w.invited() > 0 && w.n() * 2 < w.invited()) {
                text.append("Fewer than half of those invited answered (")
                    .append(w.n())
                    .append(" of ")
                    .append(w.invited())
                    .append("). ");
              }
              if (w.hasInterval() && w.ciHigh() - w.ciLow() > 2) {
                text.append("The 95 % interval is wide (")
                    .append(signed(w.ciLow()))
                    .append(" to ")
                    .append(signed(w.ciHigh()))
                    .append("): stakeholders disagree or are few. ");
              }
            });
    return text.toString().trim();
  }

  /** The verdict rule in words: the latest wave against no change first, then the slope. */
  static String verdictExplanation(Trend trend) {
    String latest =
        switch (trend.verdict()) {
          case IMPROVING_SIGNIFICANT ->
              "In the latest wave stakeholders see improvement, more than chance alone would"
                  + " explain"
                  + pValue(trend.finalP());
          case IMPROVING ->
              "The latest wave is above no change and not falling, but chance cannot yet be"
                  + " ruled out"
                  + pValue(trend.finalP());
          case NO_CLEAR_CHANGE ->
              "The ratings show neither a clear improvement nor a clear decline";
          case DECLINING -> "Stakeholders see less effectiveness" + pValue(trend.finalP());
          case INSUFFICIENT_DATA -> "A verdict needs at least two ratings in the latest wave";
        };
    String slope =
        trend.slope() == null
            ? ""
            : " Across waves, ratings changed by "
                + signed2(trend.slope())
                + " points per wave on average"
                + pValue(trend.slopeP())
                + ".";
    return latest + "." + slope;
  }

  /** The chart's title says what to see. */
  static String chartTitle(Verdict verdict) {
    return switch (verdict) {
      case IMPROVING_SIGNIFICANT -> "Stakeholders see clear, steady improvement";
      case IMPROVING -> "Stakeholders see some improvement";
      case NO_CLEAR_CHANGE -> "No clear change across the waves yet";
      case DECLINING -> "Stakeholders see a decline";
      case INSUFFICIENT_DATA -> "Too few waves with ratings to show a trend";
    };
  }

  private static String pValue(Double p) {
    if (p == null) {
      return "";
    }
    return p < 0.001 ? " (p < 0.001)" : String.format(Locale.ROOT, " (p = %.3f)", p);
  }
}
