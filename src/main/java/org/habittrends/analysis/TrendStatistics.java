package org.habittrends.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.TTest;
import org.habittrends.domain.Verdict;

/**
 * A leader's goal over the programme: least-squares slope of the individual ratings on wave number
 * with a standard error clustered by stakeholder (CR1, the same people rate every wave), its 95 %
 * CI and two-sided p-value on G − 1 degrees of freedom; the final wave with data tested against 0
 * (one-sample t); the change seen by the stakeholders who rated both the first and the final wave
 * (paired); and the verdict. Undefined statistics are NaN.
 */
record TrendStatistics(
    int waves,
    int n,
    double slope,
    double slopeSe,
    int slopeDf,
    double slopeCiLow,
    double slopeCiHigh,
    double slopeP,
    int finalWave,
    int finalN,
    double finalMean,
    double finalT,
    double finalP,
    int pairedN,
    double pairedChange,
    double pairedCiLow,
    double pairedCiHigh,
    Verdict verdict) {

  static final double SIGNIFICANCE = 0.05;

  /** Fewer stakeholders than this give the slope no p-value: G − 1 df is too few to test on. */
  static final int MIN_CLUSTERS_FOR_P = 3;

  private static final double ROUNDING = 1e-12;
  private static final double NaN = Double.NaN;

  /** One observation: the rating a stakeholder gave in a wave (one per stakeholder and wave). */
  record Observation(int wave, String stakeholder, int rating) {}

  /** The statistics of one goal; {@code k} is the programme's anonymity threshold. */
  static TrendStatistics of(List<Observation> observations, int k) {
    SortedMap<Integer, List<Observation>> byWave = new TreeMap<>();
    for (Observation o : observations) {
      byWave.computeIfAbsent(o.wave(), w -> new ArrayList<>()).add(o);
    }
    int n = observations.size();
    if (n == 0) {
      return new TrendStatistics(
          0,
          0,
          NaN,
          NaN,
          0,
          NaN,
          NaN,
          NaN,
          -1,
          0,
          NaN,
          NaN,
          NaN,
          0,
          NaN,
          NaN,
          NaN,
          Verdict.INSUFFICIENT_DATA);
    }
    int waves = byWave.size();
    int firstWave = byWave.firstKey();
    int finalWave = byWave.lastKey();
    double[] last = values(byWave.get(finalWave));

    Slope slope = waves >= 2 && n >= 3 ? Slope.of(observations) : Slope.NONE;

    double finalMean = mean(last);
    double finalT = NaN;
    double finalP = NaN;
    if (last.length >= 2) {
      if (variance(last, finalMean) > 0) {
        TTest.Result test = TTest.withDefaults().test(last);
        finalT = test.getStatistic();
        finalP = test.getPValue();
      } else {
        // all ratings equal: no variance, so the t-test is undefined; the sign alone decides
        finalP = finalMean == 0 ? 1.0 : 0.0;
      }
    }

    double[] paired = waves >= 2 ? differences(byWave.get(firstWave), byWave.get(finalWave)) : null;
    int pairedN = paired == null ? 0 : paired.length;
    double pairedChange = pairedN == 0 ? NaN : mean(paired);
    double pairedHalf =
        pairedN < 2
            ? NaN
            : WaveStatistics.tCritical(pairedN - 1)
                * Math.sqrt(variance(paired, pairedChange))
                / Math.sqrt(pairedN);

    Verdict verdict = verdict(last.length, k, finalMean, finalP, slope.value, slope.p);
    return new TrendStatistics(
        waves,
        n,
        slope.value,
        slope.se,
        slope.df,
        slope.value - slope.ciHalf,
        slope.value + slope.ciHalf,
        slope.p,
        finalWave,
        last.length,
        finalMean,
        finalT,
        finalP,
        pairedN,
        pairedChange,
        pairedChange - pairedHalf,
        pairedChange + pairedHalf,
        verdict);
  }

  /**
   * Ratings already measure perceived change since the programme began, so the final wave decides:
   * its mean significantly above 0 is a significant improvement, above 0 with a rising slope an
   * improvement, significantly below 0 (or a significantly falling slope) a decline. A slope
   * without a p-value (NaN: fewer than 3 stakeholders) never counts as significantly falling. A
   * final wave with fewer than {@link Verdict#ratingsNeeded(int)} ratings gives no verdict.
   */
  static Verdict verdict(
      int finalN, int k, double finalMean, double finalP, double slope, double slopeP) {
    if (finalN < Verdict.ratingsNeeded(k)) {
      return Verdict.INSUFFICIENT_DATA;
    }
    boolean slopeFalls = slope < 0 && slopeP < SIGNIFICANCE;
    if ((finalMean < 0 && finalP < SIGNIFICANCE) || slopeFalls) {
      return Verdict.DECLINING;
    }
    if (finalMean > 0 && finalP < SIGNIFICANCE) {
      return Verdict.IMPROVING_SIGNIFICANT;
    }
    if (finalMean > 0 && (Double.isNaN(slope) || slope >= 0)) {
      return Verdict.IMPROVING;
    }
    return Verdict.NO_CLEAR_CHANGE;
  }

  /**
   * The OLS slope of rating on wave with the CR1 cluster-robust variance (Stata's default, R's
   * {@code sandwich::vcovCL(type = "HC1")}): V = G/(G−1) · (N−1)/(N−K) · (X'X)⁻¹ Σ_g X_g'u_g
   * u_g'X_g (X'X)⁻¹ with K = 2. For a straight line the slope's element reduces to Σ_g (Σ_{i∈g} u_i
   * (x_i − x̄))² / Sxx², so no matrix is needed.
   */
  private record Slope(double value, double se, int df, double ciHalf, double p) {

    static final Slope NONE = new Slope(NaN, NaN, 0, NaN, NaN);

    static Slope of(List<Observation> observations) {
      int n = observations.size();
      double mx = 0;
      double my = 0;
      for (Observation o : observations) {
        mx += o.wave();
        my += o.rating();
      }
      mx /= n;
      my /= n;
      double sxx = 0;
      double sxy = 0;
      for (Observation o : observations) {
        sxx += (o.wave() - mx) * (o.wave() - mx);
        sxy += (o.wave() - mx) * (o.rating() - my);
      }
      double b = sxy / sxx;
      Map<String, Double> scores = new HashMap<>();
      for (Observation o : observations) {
        double residual = o.rating() - (my + b * (o.wave() - mx));
        scores.merge(o.stakeholder(), residual * (o.wave() - mx), Double::sum);
      }
      // equal wave means give a slope of ±1e-17 from rounding; it is 0
      double slope = Math.abs(b) < ROUNDING ? 0.0 : b;
      int clusters = scores.size();
      if (clusters < 2) {
        return new Slope(slope, NaN, 0, NaN, NaN);
      }
      double meat = 0;
      for (double score : scores.values()) {
        meat += score * score;
      }
      double adjustment = (double) clusters / (clusters - 1) * (n - 1.0) / (n - 2.0);
      double se = Math.sqrt(adjustment * meat) / sxx;
      int df = clusters - 1;
      double ciHalf = WaveStatistics.tCritical(df) * se;
      double p = NaN;
      if (clusters >= MIN_CLUSTERS_FOR_P) {
        // residuals all zero: the t statistic is undefined, the sign alone decides
        p =
            se > 0
                ? 2 * TDistribution.of(df).survivalProbability(Math.abs(slope) / se)
                : slope == 0 ? 1.0 : 0.0;
      }
      return new Slope(slope, se, df, ciHalf, p);
    }
  }

  /** final − first for each stakeholder who rated both waves. */
  private static double[] differences(List<Observation> first, List<Observation> last) {
    Map<String, Integer> before = new TreeMap<>();
    first.forEach(o -> before.put(o.stakeholder(), o.rating()));
    Map<String, Integer> after = new TreeMap<>();
    last.forEach(o -> after.put(o.stakeholder(), o.rating()));
    return after.entrySet().stream()
        .filter(e -> before.containsKey(e.getKey()))
        .mapToDouble(e -> e.getValue() - before.get(e.getKey()))
        .toArray();
  }

  private static double[] values(List<Observation> ratings) {
    return ratings.stream().mapToDouble(Observation::rating).sorted().toArray();
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Sample variance (n − 1) about {@code mean}. */
  static double variance(double[] values, double mean) {
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return sum / (values.length - 1);
  }
}
