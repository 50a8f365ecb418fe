package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Commons Statistics' Student t against R's qt for df 1..1000 (src/test/r/reference.R). */
class TDistributionReferenceTest {

  private static final double TOLERANCE = 1e-12;

  @Test
  void theCriticalValueMatchesRsQtForEveryDegreeOfFreedom() {
    List<Map<String, String>> rows =
        RFixtures.read("qt.csv").stream().filter(r -> RFixtures.number(r, "p") == 0.975).toList();
    assertThat(rows).hasSize(1000);
    for (Map<String, String> r : rows) {
      int df = Integer.parseInt(r.get("df"));
      assertThat(relativeError(WaveStatistics.tCritical(df), RFixtures.number(r, "q")))
          .as("df %d", df)
          .isLessThanOrEqualTo(TOLERANCE);
    }
  }

  @Test
  void quantilesAndTheirTailsMatchR() {
    for (Map<String, String> r : RFixtures.read("qt.csv")) {
      int df = Integer.parseInt(r.get("df"));
      double q = RFixtures.number(r, "q");
      TDistribution t = TDistribution.of(df);
      assertThat(relativeError(t.inverseSurvivalProbability(RFixtures.number(r, "upper_tail")), q))
          .as("df %d p %s", df, r.get("p"))
          .isLessThanOrEqualTo(TOLERANCE);
      // the p-values use the survival function: at R's quantile it gives back the upper tail
      assertThat(relativeError(t.survivalProbability(q), RFixtures.number(r, "upper_tail")))
          .as("survival df %d p %s", df, r.get("p"))
          .isLessThanOrEqualTo(TOLERANCE);
    }
  }

  private static double relativeError(double actual, double expected) {
    return Math.abs(actual - expected) / Math.max(1.0, Math.abs(expected));
  }
}
