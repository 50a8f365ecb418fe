package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Programme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The analysis over a small hand-made programme whose every figure is worked out by hand. */
class ProgrammeAnalysisTest {

  static final String INJECTED_NAME = "=HYPERLINK(\"http://x\",\"Ada\")";

  private AnalysisDatabase database;
  private JdbcTemplate jdbc;
  private Programme programme;

  /**
   * L1 (7 stakeholders: manager, 5 direct reports, 1 peer; 2 goals and the overall question) and L2
   * (3 peers, answered wave 1 only, all +1). L1's goal 2 is all N/A in wave 1 and has one rating in
   * wave 2.
   */
  static Programme handMade(JdbcTemplate jdbc, String id) {
    ProgrammeRows rows = new ProgrammeRows(jdbc, id, 2, new Anonymity(3, 3, false));
    rows.leader("L1", INJECTED_NAME, "NOT_LISTENING", "PASSING_JUDGMENT")
        .leader("L2", "Bo", "NOT_LISTENING");
    rows.stakeholder("L1", "M1", "MANAGER").stakeholder("L1", "P1", "PEER");
    int[] w1 = {0, 1, 1, 0, 1};
    int[] w2 = {1, 2, 2, 1, 3};
    for (int d = 0; d < 5; d++) {
      rows.stakeholder("L1", "D" + (d + 1), "DIRECT_REPORT");
    }
    rows.response("L1", "M1", 1, "SOME", 0, null).response("L1", "P1", 1, "NONE", -1, null);
    rows.response("L1", "M1", 2, "CONSISTENT", 2, null).response("L1", "P1", 2, "NONE", 1, null);
    for (int d = 0; d < 5; d++) {
      String key = "D" + (d + 1);
      rows.response("L1", key, 1, "SOME", w1[d], null);
      rows.response("L1", key, 2, "FREQUENT", w2[d], d == 0 ? 2 : null);
      rows.overall("L1", key, 2, 1);
    }
    rows.overall("L1", "M1", 2, 1).overall("L1", "P1", 2, 1);
    for (String peer : List.of("Q1", "Q2", "Q3")) {
      rows.stakeholder("L2", peer, "PEER").response("L2", peer, 1, "SOME", 1);
    }
    return rows.insert();
  }

  @BeforeEach
  void setUp() {
    database = AnalysisDatabase.h2("analysis-" + System.nanoTime());
    jdbc = database.jdbc();
    programme = handMade(jdbc, "p");
  }

  @AfterEach
  void tearDown() throws IOException {
    database.close();
  }

  @Test
  void writesOneWaveRowPerGoalAndWaveIncludingTheOverallQuestion() {
    int goals = database.analyse(programme);

    assertThat(goals).isEqualTo(4);
    assertThat(count("wave_result")).isEqualTo(8);
    assertThat(jdbc.queryForList("select goal_no from trend_result where leader_id = 'L1'"))
        .extracting(m -> ((Number) m.get("goal_no")).intValue())
        .containsExactlyInAnyOrder(0, 1, 2);
    Map<String, Object> overall = wave("L1", 0, 2);
    assertThat(overall.get("n")).isEqualTo(7);
    assertThat((Double) overall.get("mean")).isEqualTo(1.0);
  }

  @Test
  void waveFiguresDistributionResponseRateAndTarget() {
    database.analyse(programme);

    Map<String, Object> w1 = wave("L1", 1, 1);
    assertThat(w1.get("n")).isEqualTo(7);
    assertThat(w1.get("invited")).isEqualTo(7);
    assertThat((Double) w1.get("response_rate")).isEqualTo(1.0);
    assertThat((Double) w1.get("mean")).isCloseTo(2.0 / 7, within(1e-12));
    assertThat(List.of(w1.get("dist_m1"), w1.get("dist_0"), w1.get("dist_p1"), w1.get("dist_p3")))
        .containsExactly(1, 3, 3, 0);
    assertThat(w1.get("target_met")).isEqualTo(false);
    // wave 2: 2, 1, 2, 2, 1, 3, 1 → mean 12/7 > 1
    assertThat(wave("L1", 1, 2).get("target_met")).isEqualTo(true);
    // all N/A, then a single rating: no mean, then no SD or CI
    assertThat(wave("L1", 2, 1).get("n")).isEqualTo(0);
    assertThat(wave("L1", 2, 1).get("mean")).isNull();
    assertThat(wave("L1", 2, 2).get("n")).isEqualTo(1);
    assertThat(wave("L1", 2, 2).get("sd")).isNull();
    assertThat(wave("L1", 2, 2).get("ci_low")).isNull();
    // L2 did not answer wave 2
    assertThat((Double) wave("L2", 1, 2).get("response_rate")).isEqualTo(0.0);
  }

  @Test
  void trendOfOneWaveWithEqualRatings() {
    database.analyse(programme);

    Map<String, Object> l2 =
        jdbc.queryForMap("select * from trend_result where leader_id = 'L2' and goal_no = 1");
    assertThat(l2.get("waves")).isEqualTo(1);
    assertThat(l2.get("slope")).isNull();
    assertThat(l2.get("slope_ci_low")).isNull();
    assertThat(l2.get("final_wave")).isEqualTo(1);
    assertThat(l2.get("final_n")).isEqualTo(3);
    assertThat((Double) l2.get("final_mean")).isEqualTo(1.0);
    assertThat(l2.get("verdict")).isEqualTo("IMPROVING_SIGNIFICANT");
  }

  @Test
  void theSlopeErrorIsClusteredByStakeholderAndThePairedChangeIsStored() {
    database.analyse(programme);

    // L1 goal 1: all 7 stakeholders rated both waves; differences 2, 2, 1, 1, 1, 1, 2
    Map<String, Object> l1 =
        jdbc.queryForMap("select * from trend_result where leader_id = 'L1' and goal_no = 1");
    assertThat(l1.get("paired_n")).isEqualTo(7);
    assertThat((Double) l1.get("paired_change")).isCloseTo(10.0 / 7, within(1e-12));
    assertThat(l1.get("slope_df")).isEqualTo(6);
    // Two waves, everyone in both: each stakeholder's score is ½(d − d̄), so the CR1 error is the
    // paired error SD(d)/√7 = √2/7 times √((N − 1)/(N − 2)) = √(13/12); both use t on 6 df.
    double pairedSe = Math.sqrt(2) / 7;
    assertThat((Double) l1.get("slope_se"))
        .isCloseTo(Math.sqrt(13.0 / 12) * pairedSe, within(1e-12));
    double slopeHalf = (Double) l1.get("slope_ci_high") - (Double) l1.get("slope");
    double pairedHalf = (Double) l1.get("paired_ci_high") - (Double) l1.get("paired_change");
    assertThat(slopeHalf / pairedHalf).isCloseTo(Math.sqrt(13.0 / 12), within(1e-12));
    // L2 answered one wave only: nobody to pair, no degrees of freedom
    Map<String, Object> l2 =
        jdbc.queryForMap("select * from trend_result where leader_id = 'L2' and goal_no = 1");
    assertThat(l2.get("paired_n")).isEqualTo(0);
    assertThat(l2.get("paired_change")).isNull();
    assertThat(l2.get("slope_df")).isNull();
  }

  @Test
  void groupsBelowKAndTheirComplementAreSuppressedWithoutFigures() {
    database.analyse(programme);

    List<Map<String, Object>> groups =
        jdbc.queryForList(
            "select * from group_result where leader_id = 'L1' and goal_no = 1 and wave_no = 1"
                + " order by relationship");
    assertThat(groups)
        .extracting(g -> g.get("relationship") + ":" + g.get("suppression") + ":" + g.get("n"))
        .containsExactly(
            "DIRECT_REPORT:COMPLEMENTARY:null", "MANAGER:BELOW_K:null", "PEER:BELOW_K:null");
    assertThat(groups).allSatisfy(g -> assertThat(g.get("mean")).isNull());
    Map<String, Object> peers =
        jdbc.queryForMap(
            "select * from group_result where leader_id = 'L2' and wave_no = 1 and goal_no = 1");
    assertThat(peers.get("shown")).isEqualTo(true);
    assertThat(peers.get("n")).isEqualTo(3);
    assertThat((Double) peers.get("sd")).isZero();
  }

  @Test
  void cohortHabitsFollowUpAndResponseRates() {
    database.analyse(programme);

    Map<String, Object> listening =
        jdbc.queryForMap(
            "select * from cohort_habit_result where habit_code = 'NOT_LISTENING' and wave_no = 1");
    assertThat(listening.get("leaders")).isEqualTo(2);
    assertThat(listening.get("n")).isEqualTo(10);
    assertThat((Double) listening.get("mean")).isCloseTo(5.0 / 10, within(1e-12));
    assertThat(count("cohort_habit_result")).isEqualTo(6);
    assertThat(
            jdbc.queryForObject(
                "select n from cohort_habit_result where habit_code = 'OVERALL' and wave_no = 2",
                Integer.class))
        .isEqualTo(7);
    // each leader's final wave: L1 wave 2, L2 wave 1; goal ratings only
    Map<String, Integer> byLevel = new java.util.TreeMap<>();
    jdbc.query(
        "select follow_up, n from cohort_followup_result",
        rs -> {
          byLevel.put(rs.getString(1), rs.getInt(2));
        });
    assertThat(byLevel)
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(
                Map.of("A_LITTLE", 0, "CONSISTENT", 1, "FREQUENT", 6, "NONE", 1, "SOME", 3)));
    assertThat(
            jdbc.queryForList(
                "select response_rate from cohort_wave_result order by wave_no", Double.class))
        .containsExactly(1.0, 0.7);
  }

  @Test
  void aSecondRunGivesTheSameResults() {
    database.analyse(programme);
    List<Map<String, Object>> first = snapshot();

    database.analyse(programme);

    assertThat(snapshot()).isEqualTo(first);
  }

  @Test
  void theWorkbookShowsWhatGroupResultAllows(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    database.analyse(programme);
    new org.habittrends.report.workbook.TrendsWorkbook(jdbc, dir).publish(programme);

    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("trends.xlsx").toFile())) {
      var groups = workbook.getSheet("Groups");
      List<String> l1Wave1 = new java.util.ArrayList<>();
      for (var row : groups) {
        if (row.getRowNum() > 0
            && row.getCell(0).getStringCellValue().equals("L1")
            && row.getCell(2).getNumericCellValue() == 1
            && row.getCell(4).getNumericCellValue() == 1) {
          l1Wave1.add(row.getCell(5).getStringCellValue() + ": " + row.getCell(6));
        }
      }
      assertThat(l1Wave1)
          .containsExactly(
              "Manager: fewer than 3 responses",
              "Direct reports: withheld so that a smaller group cannot be worked out",
              "Peers: fewer than 3 responses");
      assertThat(workbook.getSheet("Waves").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("'" + INJECTED_NAME);
    }
  }

  /** Every result row of every result table, in key order. */
  static List<Map<String, Object>> allResults(JdbcTemplate jdbc) {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    rows.addAll(
        jdbc.queryForList("select * from wave_result order by leader_id, goal_no, wave_no"));
    rows.addAll(jdbc.queryForList("select * from trend_result order by leader_id, goal_no"));
    rows.addAll(
        jdbc.queryForList(
            "select * from group_result order by leader_id, goal_no, wave_no, relationship"));
    rows.addAll(
        jdbc.queryForList("select * from cohort_habit_result order by habit_code, wave_no"));
    rows.addAll(jdbc.queryForList("select * from cohort_followup_result order by follow_up"));
    rows.addAll(jdbc.queryForList("select * from cohort_wave_result order by wave_no"));
    return rows;
  }

  private List<Map<String, Object>> snapshot() {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    rows.addAll(
        jdbc.queryForList("select * from wave_result order by leader_id, goal_no, wave_no"));
    rows.addAll(jdbc.queryForList("select * from trend_result order by leader_id, goal_no"));
    rows.addAll(
        jdbc.queryForList(
            "select * from group_result order by leader_id, goal_no, wave_no, relationship"));
    return rows;
  }

  private Map<String, Object> wave(String leader, int goal, int wave) {
    return jdbc.queryForMap(
        "select * from wave_result where leader_id = ? and goal_no = ? and wave_no = ?",
        leader,
        goal,
        wave);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
