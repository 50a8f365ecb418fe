package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SuppressionTest {

  @Test
  void cellsBelowKAreHiddenAndALoneHiddenCellTakesTheSmallestWithIt() {
    assertThat(Suppression.shown(new int[] {5, 4, 1, 0, 6}, 3))
        .containsExactly(true, false, false, false, true);
    assertThat(Suppression.shown(new int[] {5, 2, 1, 0, 6}, 3))
        .as("two hidden cells already protect each other")
        .containsExactly(true, false, false, false, true);
    assertThat(Suppression.shown(new int[] {3, 3, 0, 0, 0}, 3))
        .containsExactly(true, true, false, false, false);
  }

  @Test
  void figuresOfOneToKMinusOneRatingsAreWithheldNoneAndKOrMoreAreNot() {
    Suppression rule = new Suppression(3);
    assertThat(rule.withholds(0)).as("no ratings: nothing to hide").isFalse();
    assertThat(rule.withholds(1)).isTrue();
    assertThat(rule.withholds(2)).isTrue();
    assertThat(rule.withholds(3)).isFalse();
    assertThat(new Suppression(1).withholds(1)).isFalse();
  }

  static long[] seeds() {
    return new long[] {1, 7, 99, 2026, 31337};
  }

  /**
   * Property over random tables: never a shown cell below k, hidden cells pooling 0 or at least k
   * ratings, never exactly one hidden non-empty cell.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void noHiddenCellCanBeDerivedByDifference(long seed) {
    Random random = new Random(seed);
    for (int run = 0; run < 1_000; run++) {
      int k = 1 + random.nextInt(5);
      int[] counts = new int[1 + random.nextInt(6)];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(10);
      }
      boolean[] shown = Suppression.shown(counts, k);
      int hiddenNonEmpty = 0;
      int nonEmpty = 0;
      int residual = 0;
      boolean anyShown = false;
      for (int i = 0; i < counts.length; i++) {
        assertThat(shown[i] && counts[i] < k).isFalse();
        hiddenNonEmpty += counts[i] > 0 && !shown[i] ? 1 : 0;
        nonEmpty += counts[i] > 0 ? 1 : 0;
        residual += shown[i] ? 0 : counts[i];
        anyShown |= shown[i];
      }
      if (anyShown) {
        assertThat(residual == 0 || residual >= k)
            .as("hidden cells of %s pool fewer than k = %d", java.util.Arrays.toString(counts), k)
            .isTrue();
      }
      if (nonEmpty > 1) {
        assertThat(hiddenNonEmpty)
            .as("counts %s, k %d", java.util.Arrays.toString(counts), k)
            .isNotEqualTo(1);
      }
    }
  }
}
