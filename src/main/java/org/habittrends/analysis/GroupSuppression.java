package org.habittrends.analysis;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.RelationshipGroup;

/**
 * Which relationship groups of one leader × goal × wave may show their figures.
 *
 * <ol>
 *   <li>Primary: a group with fewer than k ratings is suppressed ({@link Disclosure#BELOW_K}),
 *       except the manager line when the programme exempts it (and it has at least one rating).
 *   <li>Complementary: the total is always published, so the suppressed groups together (the
 *       residual: total − shown) must hold 0 or at least k ratings; otherwise the shown group with
 *       the fewest ratings (ties: earlier in {@link RelationshipGroup} order) is suppressed too
 *       ({@link Disclosure#COMPLEMENTARY}), repeatedly. An exempt manager can be suppressed this
 *       way.
 * </ol>
 *
 * Guarantee: no shown group has fewer than k ratings (bar an exempt manager), and the residual is 0
 * or at least k, so subtraction reveals at most the pooled figures of k or more people and never
 * those of one suppressed group. The only exception is a total below k, where every group is
 * suppressed and nothing beyond the total is revealed.
 */
final class GroupSuppression {

  /** Whether a group's figures are shown, and why not. */
  enum Disclosure {
    SHOWN,
    BELOW_K,
    COMPLEMENTARY
  }

  private GroupSuppression() {}

  /** Decides for every group in {@code ratings} (group → number of ratings, 0 allowed). */
  static Map<RelationshipGroup, Disclosure> decide(
      Anonymity anonymity, Map<RelationshipGroup, Integer> ratings) {
    int k = anonymity.k();
    Map<RelationshipGroup, Disclosure> decision = new EnumMap<>(RelationshipGroup.class);
    int residual = 0;
    for (Map.Entry<RelationshipGroup, Integer> group : ratings.entrySet()) {
      int n = group.getValue();
      boolean exempt =
          anonymity.managerExempt() && group.getKey() == RelationshipGroup.MANAGER && n > 0;
      if (n >= k || exempt) {
        decision.put(group.getKey(), Disclosure.SHOWN);
      } else {
        decision.put(group.getKey(), Disclosure.BELOW_K);
        residual += n;
      }
    }
    while (residual > 0 && residual < k) {
      RelationshipGroup smallest =
          decision.entrySet().stream()
              .filter(e -> e.getValue() == Disclosure.SHOWN)
              .map(Map.Entry::getKey)
              .min(Comparator.comparingInt(ratings::get))
              .orElse(null);
      if (smallest == null) {
        break; // the total itself is below k: every group is already suppressed
      }
      decision.put(smallest, Disclosure.COMPLEMENTARY);
      residual += ratings.get(smallest);
    }
    return decision;
  }
}
