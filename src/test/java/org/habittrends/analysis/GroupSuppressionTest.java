package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habittrends.analysis.GroupSuppression.Disclosure.BELOW_K;
import static org.habittrends.analysis.GroupSuppression.Disclosure.COMPLEMENTARY;
import static org.habittrends.analysis.GroupSuppression.Disclosure.SHOWN;
import static org.habittrends.domain.RelationshipGroup.DIRECT_REPORT;
import static org.habittrends.domain.RelationshipGroup.MANAGER;
import static org.habittrends.domain.RelationshipGroup.OTHER;
import static org.habittrends.domain.RelationshipGroup.PEER;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.habittrends.analysis.GroupSuppression.Disclosure;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.RelationshipGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GroupSuppressionTest {

  private static final Anonymity K3 = new Anonymity(3, 3, false);
  private static final Anonymity K3_MANAGER_EXEMPT = new Anonymity(3, 3, true);

  @Test
  void theIssueExampleSuppressesTheNextGroupToo() {
    // total 7: direct reports 5 shown would reveal the other 2 by subtraction
    Map<RelationshipGroup, Disclosure> decision =
        GroupSuppression.decide(K3, counts(MANAGER, 1, DIRECT_REPORT, 5, PEER, 1));

    assertThat(decision)
        .containsEntry(MANAGER, BELOW_K)
        .containsEntry(PEER, BELOW_K)
        .containsEntry(DIRECT_REPORT, COMPLEMENTARY);
  }

  @Test
  void groupsOfAtLeastKAreShownWhenTheResidualIsSafe() {
    Map<RelationshipGroup, Disclosure> decision =
        GroupSuppression.decide(K3, counts(MANAGER, 1, DIRECT_REPORT, 5, PEER, 4, OTHER, 2));

    // residual 1 + 2 = 3 ≥ k: nothing more to hide
    assertThat(decision)
        .containsEntry(DIRECT_REPORT, SHOWN)
        .containsEntry(PEER, SHOWN)
        .containsEntry(MANAGER, BELOW_K)
        .containsEntry(OTHER, BELOW_K);
  }

  @Test
  void theSmallestShownGroupIsTheComplement() {
    Map<RelationshipGroup, Disclosure> decision =
        GroupSuppression.decide(K3, counts(MANAGER, 1, DIRECT_REPORT, 6, PEER, 3));

    assertThat(decision).containsEntry(PEER, COMPLEMENTARY).containsEntry(DIRECT_REPORT, SHOWN);
  }

  @Test
  void anExemptManagerIsShownAloneButWithdrawnWhenItWouldExposeAnotherGroup() {
    assertThat(GroupSuppression.decide(K3_MANAGER_EXEMPT, counts(MANAGER, 1, DIRECT_REPORT, 4)))
        .containsEntry(MANAGER, SHOWN)
        .containsEntry(DIRECT_REPORT, SHOWN);
    // total 3 = manager 1 + peers 2: showing the manager would reveal the peers' figures
    assertThat(GroupSuppression.decide(K3_MANAGER_EXEMPT, counts(MANAGER, 1, PEER, 2)))
        .containsEntry(MANAGER, COMPLEMENTARY)
        .containsEntry(PEER, BELOW_K);
  }

  @Test
  void aGroupWithoutRatingsIsSuppressedButProtectsNobody() {
    assertThat(GroupSuppression.decide(K3, counts(MANAGER, 0, DIRECT_REPORT, 4, PEER, 3)))
        .containsEntry(MANAGER, BELOW_K)
        .containsEntry(DIRECT_REPORT, SHOWN)
        .containsEntry(PEER, SHOWN);
  }

  @Test
  void aTotalBelowKSuppressesEveryGroup() {
    assertThat(GroupSuppression.decide(K3, counts(DIRECT_REPORT, 1, PEER, 1)).values())
        .containsOnly(BELOW_K);
  }

  /** Seeded random leader × goal × wave group counts, for several k and both manager settings. */
  static Stream<Object[]> randomProgrammes() {
    return IntStream.range(0, 2_000)
        .mapToObj(
            seed -> {
              Random random = new Random(seed);
              int k = 1 + random.nextInt(5);
              Anonymity anonymity = new Anonymity(k, k, random.nextBoolean());
              Map<RelationshipGroup, Integer> counts = new EnumMap<>(RelationshipGroup.class);
              for (RelationshipGroup group : RelationshipGroup.values()) {
                if (random.nextInt(4) > 0) {
                  int max = group == MANAGER ? 2 : 9;
                  counts.put(group, random.nextInt(max + 1));
                }
              }
              return new Object[] {seed, anonymity, counts};
            });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("randomProgrammes")
  void noShownGroupIsBelowKAndNoSuppressedGroupCanBeSubtracted(
      int seed, Anonymity anonymity, Map<RelationshipGroup, Integer> counts) {
    Map<RelationshipGroup, Disclosure> decision = GroupSuppression.decide(anonymity, counts);
    int k = anonymity.k();

    assertThat(decision.keySet()).isEqualTo(counts.keySet());
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int shown = 0;
    int residual = 0;
    int nonEmptySuppressed = 0;
    for (Map.Entry<RelationshipGroup, Disclosure> e : decision.entrySet()) {
      int n = counts.get(e.getKey());
      if (e.getValue() == SHOWN) {
        shown++;
        boolean exemptManager = anonymity.managerExempt() && e.getKey() == MANAGER && n > 0;
        assertThat(n >= k || exemptManager).as("shown group %s n=%d", e.getKey(), n).isTrue();
      } else {
        residual += n;
        nonEmptySuppressed += n > 0 ? 1 : 0;
        if (e.getValue() == BELOW_K) {
          assertThat(n).isLessThan(k);
        }
      }
    }
    if (shown > 0) {
      // total − shown groups = what subtraction reveals: nothing, or the pooled figures of ≥ k
      assertThat(residual == 0 || residual >= k).as("residual %d, k %d", residual, k).isTrue();
      assertThat(nonEmptySuppressed)
          .as("a lone suppressed group could be subtracted")
          .isNotEqualTo(1);
    } else {
      assertThat(residual).isEqualTo(total);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("randomProgrammes")
  void complementarySuppressionIsMinimalAndDeterministic(
      int seed, Anonymity anonymity, Map<RelationshipGroup, Integer> counts) {
    Map<RelationshipGroup, Disclosure> decision = GroupSuppression.decide(anonymity, counts);

    assertThat(GroupSuppression.decide(anonymity, new EnumMap<>(counts))).isEqualTo(decision);
    int residualBelowK =
        decision.entrySet().stream()
            .filter(e -> e.getValue() == BELOW_K)
            .mapToInt(e -> counts.get(e.getKey()))
            .sum();
    if (residualBelowK == 0 || residualBelowK >= anonymity.k()) {
      assertThat(decision).doesNotContainValue(COMPLEMENTARY);
    }
  }

  private static Map<RelationshipGroup, Integer> counts(Object... groupAndCount) {
    Map<RelationshipGroup, Integer> counts = new EnumMap<>(RelationshipGroup.class);
    for (int i = 0; i < groupAndCount.length; i += 2) {
      counts.put((RelationshipGroup) groupAndCount[i], (Integer) groupAndCount[i + 1]);
    }
    return counts;
  }
}
