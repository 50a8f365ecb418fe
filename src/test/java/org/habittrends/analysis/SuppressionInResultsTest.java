package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Programme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The anonymity rules hold in what is stored: over seeded random programmes, every group_result row
 * checked against its wave_result total.
 */
class SuppressionInResultsTest {

  private static final String[] GROUPS = {
    "MANAGER", "DIRECT_REPORT", "PEER", "ALLIANCE_PARTNER", "OTHER"
  };

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void noShownGroupIsBelowKAndTheResidualIsZeroOrAtLeastK(int seed) throws Exception {
    Random random = new Random(seed);
    Anonymity anonymity = new Anonymity(2 + random.nextInt(3), 3, random.nextBoolean());
    try (AnalysisDatabase db = AnalysisDatabase.h2("suppression-" + seed)) {
      Programme programme = randomProgramme(db.jdbc(), random, anonymity);
      db.analyse(programme);
      int k = anonymity.k();

      var rows =
          db.jdbc()
              .queryForList(
                  "select w.leader_id, w.goal_no, w.wave_no, w.n as total,"
                      + " coalesce(sum(case when g.shown then g.n end), 0) as shown_n,"
                      + " sum(case when g.shown then 1 else 0 end) as shown_groups,"
                      + " min(case when g.shown and g.relationship <> 'MANAGER' then g.n end)"
                      + " as smallest_shown"
                      + " from wave_result w join group_result g on g.programme_id ="
                      + " w.programme_id and g.leader_id = w.leader_id and g.goal_no = w.goal_no"
                      + " and g.wave_no = w.wave_no group by w.leader_id, w.goal_no, w.wave_no,"
                      + " w.n");
      assertThat(rows).hasSizeGreaterThan(50);
      for (Map<String, Object> row : rows) {
        int total = ((Number) row.get("total")).intValue();
        int residual = total - ((Number) row.get("shown_n")).intValue();
        Number smallest = (Number) row.get("smallest_shown");
        if (smallest != null) {
          assertThat(smallest.intValue()).as("%s", row).isGreaterThanOrEqualTo(k);
        }
        if (((Number) row.get("shown_groups")).intValue() > 0) {
          assertThat(residual == 0 || residual >= k).as("residual of %s", row).isTrue();
        }
      }
      assertThat(
              db.jdbc()
                  .queryForObject(
                      "select count(*) from group_result where not shown and (n is not null"
                          + " or mean is not null or sd is not null or ci_low is not null)",
                      Integer.class))
          .as("suppressed rows carry no figures")
          .isZero();
      if (!anonymity.managerExempt()) {
        assertThat(
                db.jdbc()
                    .queryForObject(
                        "select count(*) from group_result where shown and n < ?",
                        Integer.class,
                        k))
            .isZero();
      }
    }
  }

  /** 25 leaders, 3–10 stakeholders in random groups, 3 waves, non-response and N/A. */
  private static Programme randomProgramme(JdbcTemplate jdbc, Random random, Anonymity anonymity) {
    ProgrammeRows rows = new ProgrammeRows(jdbc, "r", 3, anonymity);
    for (int l = 0; l < 25; l++) {
      String leader = "L" + l;
      rows.leader(leader, "Leader " + l, "NOT_LISTENING", "PASSING_JUDGMENT");
      int stakeholders = 3 + random.nextInt(8);
      for (int s = 0; s < stakeholders; s++) {
        String key = leader + "-" + s;
        rows.stakeholder(leader, key, s == 0 ? "MANAGER" : GROUPS[1 + random.nextInt(4)]);
        for (int w = 1; w <= 3; w++) {
          if (random.nextInt(5) > 0) {
            rows.response(leader, key, w, null, rating(random), rating(random));
          }
        }
      }
    }
    return rows.insert();
  }

  private static Integer rating(Random random) {
    return random.nextInt(5) == 0 ? null : random.nextInt(7) - 3;
  }
}
