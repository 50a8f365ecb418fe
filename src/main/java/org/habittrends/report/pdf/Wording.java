package org.habittrends.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.Trend;
import org.habittrends.report.LeaderReport.WaveRow;

/** The report's sentences: plain language first, then what the numbers cannot tell. */
final class Wording {

  static final String MINUS = "\u2212";

  /** Below this many ratings a mean is an indication, not a measurement. */
  private static final int SMALL_N = 5;

  private final Messages msg;
  private final int k;
  private final char decimalSeparator;
  private DecimalFormat pFormat;

  /**
   * One per document, like its {@link Messages}: not for use by several threads at once.
   *
   * @param k the programme's anonymity threshold, for the words of a withheld figure
   */
  Wording(Messages msg, int k) {
    this.msg = msg;
    this.k = k;
    this.decimalSeparator = msg.decimalSeparator();
  }

  Messages msg() {
    return msg;
  }

  /** What a withheld figure reads instead: "fewer than 3 responses". */
  String withheld() {
    return msg.get("suppressed.belowK", k);
  }

  /** "+1.9", "−0.4", "0.0" (German "+1,9"): signed, one decimal, a true minus sign. */
  String signed(double value) {
    String digits = decimals(Math.abs(value), 1);
    if (isZero(digits)) {
      return digits;
    }
    return (value > 0 ? "+" : MINUS) + digits;
  }

  /** True when the rounded digits are all zeros ("0.0", "0,0"): no sign for zero. */
  private static boolean isZero(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c != '0' && c != '.' && c != ',') {
        return false;
      }
    }
    return !digits.isEmpty();
  }

  String signed2(double value) {
    return (value >= 0 ? "+" : MINUS) + decimals(Math.abs(value), 2);
  }

  /** True when there is no date, or the wave's label already holds its year ("March 2026"). */
  static boolean namesItsDate(WaveRow wave) {
    return wave.date() == null || wave.label().contains(String.valueOf(wave.date().getYear()));
  }

  /** Half up on the shortest decimal form, as readers round: 2.55 shows as 2.6. */
  private String decimals(double value, int places) {
    String plain = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    return plain.replace('.', decimalSeparator);
  }

  /** "86 %": a share as a whole percentage. */
  String percent(double share) {
    return Math.round(share * 100) + " %";
  }

  String verdict(Verdict verdict) {
    return msg.get("verdict." + verdict.name());
  }

  /** {0} in the words of "Not enough data" is the ratings a verdict needs. */
  String verdictMeaning(Verdict verdict) {
    return msg.get("verdict." + verdict.name() + ".meaning", Verdict.ratingsNeeded(k));
  }

  String headline(GoalSection goal) {
    return goal.lastRatedWave().map(this::headline).orElse(msg.get("goal.noRatings"));
  }

  private String headline(WaveRow w) {
    if (w.withheld()) {
      return msg.get("goal.headline.withheld", w.label(), withheld());
    }
    return msg.get(
        w.mean() > 1 ? "goal.headline.reached" : "goal.headline.notReached",
        w.improved(),
        w.n(),
        w.label(),
        signed(w.mean()));
  }

  /** What the last wave's numbers cannot tell, or an empty string. */
  String caveats(GoalSection goal) {
    StringBuilder text = new StringBuilder();
    goal.lastRatedWave()
        .ifPresent(
            w -> {
              // a withheld wave's n is itself a figure from its few ratings
              if (!w.withheld() && w.n() < SMALL_N) {
                text.append(msg.get("caveat.fewAnswers", w.n())).append(' ');
              }
              if (w.invited() > 0 && w.responded() * 2 < w.invited()) {
                text.append(msg.get("caveat.lowResponse", w.responded(), w.invited())).append(' ');
              }
              if (w.hasInterval() && w.ciHigh() - w.ciLow() > 2) {
                text.append(msg.get("caveat.wideInterval", signed(w.ciLow()), signed(w.ciHigh())))
                    .append(' ');
              }
            });
    return text.toString().trim();
  }

  /** The verdict rule in words: the latest wave against no change first, then the slope. */
  String verdictExplanation(Trend trend) {
    String latest =
        msg.get(
            "verdict." + trend.verdict().name() + ".explanation",
            pValue(trend.finalP()),
            Verdict.ratingsNeeded(k));
    String slope =
        trend.slopeWithheld()
            ? " " + msg.get("verdict.slope.withheld", withheld())
            : trend.slope() == null
                ? ""
                : " " + msg.get("verdict.slope", signed2(trend.slope()), pValue(trend.slopeP()));
    return latest + slope;
  }

  /** The chart's title says what to see. */
  String chartTitle(Verdict verdict) {
    return msg.get("chart.title." + verdict.name());
  }

  String pValue(Double p) {
    if (p == null) {
      return "";
    }
    if (pFormat == null) {
      pFormat = msg.decimalFormat("0.000");
    }
    return p < 0.001 ? " (p < " + pFormat.format(0.001) + ")" : " (p = " + pFormat.format(p) + ")";
  }
}
