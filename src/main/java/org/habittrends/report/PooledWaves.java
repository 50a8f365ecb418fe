package org.habittrends.report;

import java.util.HashMap;
import java.util.Map;
import org.habittrends.domain.Programme;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which cohort habit cells (habit × wave, pooled over the leaders who chose the habit) would give a
 * withheld leader wave away. Each leader's wave is published on its own unless withheld, so the
 * pooled figure less the shown leaders' figures is the pooled figure of the withheld ones: when
 * those hold 1 to k − 1 ratings together, the cohort cell is withheld too (the complementary half
 * of {@link Suppression}).
 */
public final class PooledWaves {

  private final Map<String, Integer> withheldRatings = new HashMap<>();

  private PooledWaves() {}

  public static PooledWaves read(JdbcTemplate jdbc, Programme programme) {
    Suppression rule = Suppression.of(programme.anonymity());
    PooledWaves pooled = new PooledWaves();
    jdbc.query(
        // goal 0, the overall question, is pooled under OVERALL, as the analyse step does
        "select case when w.goal_no = 0 then 'OVERALL' else g.habit_code end, w.wave_no, w.n"
            + " from wave_result w left join goal g on g.programme_id = w.programme_id"
            + " and g.leader_id = w.leader_id and g.goal_no = w.goal_no"
            + " where w.programme_id = ? and w.n > 0",
        rs -> {
          int n = rs.getInt(3);
          if (rule.withholds(n) && rs.getString(1) != null) {
            pooled.withheldRatings.merge(key(rs.getString(1), rs.getInt(2)), n, Integer::sum);
          }
        },
        programme.id());
    pooled.withheldRatings.values().removeIf(n -> !rule.withholds(n));
    return pooled;
  }

  /** True when the habit's pooled figures in the wave would reveal withheld leader waves. */
  public boolean givesAway(String habitCode, int waveNo) {
    return withheldRatings.containsKey(key(habitCode, waveNo));
  }

  private static String key(String habitCode, int waveNo) {
    return habitCode + "\u0000" + waveNo;
  }
}
