package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.habittrends.analysis.TrendStatistics.Observation;
import org.habittrends.domain.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every trend figure against R (lm, sandwich::vcovCL type HC1, t.test, qt/pt) on the seeded
 * programmes of src/test/r/reference.R: one or two stakeholders, single waves, equal ratings and
 * stakeholders who skip waves included.
 */
class TrendStatisticsReferenceTest {

  private static final double TOLERANCE = 1e-9;

  @Test
  void everyTrendFigureMatchesR() {
    Map<String, List<Observation>> programmes = new LinkedHashMap<>();
    for (Map<String, String> row : RFixtures.read("ratings.csv")) {
      programmes
          .computeIfAbsent(row.get("trend"), t -> new ArrayList<>())
          .add(
              new Observation(
                  Integer.parseInt(row.get("wave")),
                  row.get("stakeholder"),
                  Integer.parseInt(row.get("rating"))));
    }
    List<Map<String, String>> expected = RFixtures.read("expected.csv");
    assertThat(expected).hasSizeGreaterThanOrEqualTo(200).hasSameSizeAs(programmes.keySet());

    SoftAssertions softly = new SoftAssertions();
    for (Map<String, String> r : expected) {
      String id = r.get("trend");
      TrendStatistics t = TrendStatistics.of(programmes.get(id), 3);
      softly.assertThat(t.n()).as(id + " n").isEqualTo(Integer.parseInt(r.get("n")));
      softly.assertThat(t.waves()).as(id + " waves").isEqualTo(Integer.parseInt(r.get("waves")));
      close(softly, id, "slope", t.slope(), r);
      close(softly, id, "slope_se", t.slopeSe(), r);
      close(softly, id, "slope_ci_low", t.slopeCiLow(), r);
      close(softly, id, "slope_ci_high", t.slopeCiHigh(), r);
      close(softly, id, "slope_p", t.slopeP(), r);
      if (!Double.isNaN(t.slopeSe())) {
        softly
            .assertThat(t.slopeDf())
            .as(id + " df")
            .isEqualTo(Integer.parseInt(r.get("slope_df")));
      }
      softly.assertThat(t.finalWave()).as(id).isEqualTo(Integer.parseInt(r.get("final_wave")));
      softly.assertThat(t.finalN()).as(id).isEqualTo(Integer.parseInt(r.get("final_n")));
      close(softly, id, "final_mean", t.finalMean(), r);
      close(softly, id, "final_t", t.finalT(), r);
      close(softly, id, "final_p", t.finalP(), r);
      softly.assertThat(t.pairedN()).as(id).isEqualTo(Integer.parseInt(r.get("paired_n")));
      close(softly, id, "paired_change", t.pairedChange(), r);
      close(softly, id, "paired_ci_low", t.pairedCiLow(), r);
      close(softly, id, "paired_ci_high", t.pairedCiHigh(), r);
      for (int k : new int[] {2, 3, 5}) {
        softly
            .assertThat(TrendStatistics.of(programmes.get(id), k).verdict())
            .as(id + " verdict at k = " + k)
            .isEqualTo(Verdict.valueOf(r.get("verdict_k" + k)));
      }
    }
    softly.assertAll();
  }

  @Test
  void theFixturesCoverTheEdgeCases() {
    List<Map<String, String>> expected = RFixtures.read("expected.csv");
    assertThat(expected)
        .anyMatch(r -> r.get("clusters").equals("1") && !r.get("slope").equals("NA"));
    assertThat(expected)
        .anyMatch(
            r ->
                r.get("clusters").equals("2")
                    && r.get("slope_p").equals("NA")
                    && !r.get("slope_se").equals("NA"));
    assertThat(expected).anyMatch(r -> r.get("waves").equals("1"));
    assertThat(expected).anyMatch(r -> r.get("slope_se").equals("0"));
    // stakeholders who skip waves: fewer paired stakeholders than rated the final wave
    assertThat(expected)
        .anyMatch(
            r ->
                !r.get("waves").equals("1")
                    && Integer.parseInt(r.get("paired_n")) < Integer.parseInt(r.get("final_n")));
    // final waves of 2 to 4 ratings: a verdict at k = 2 that k = 3 or 5 withholds
    assertThat(expected)
        .anyMatch(
            r ->
                !r.get("verdict_k2").equals("INSUFFICIENT_DATA")
                    && r.get("verdict_k3").equals("INSUFFICIENT_DATA"));
    assertThat(expected)
        .anyMatch(
            r ->
                !r.get("verdict_k3").equals("INSUFFICIENT_DATA")
                    && r.get("verdict_k5").equals("INSUFFICIENT_DATA"));
  }

  private static void close(
      SoftAssertions softly, String id, String column, double actual, Map<String, String> row) {
    double expected = RFixtures.number(row, column);
    if (Double.isNaN(expected)) {
      softly.assertThat(actual).as(id + " " + column).isNaN();
    } else {
      softly
          .assertThat(actual)
          .as(id + " " + column)
          .isCloseTo(expected, org.assertj.core.api.Assertions.within(TOLERANCE));
    }
  }
}
