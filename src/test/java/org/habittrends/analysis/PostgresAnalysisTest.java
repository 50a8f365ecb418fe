package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL runs on PostgreSQL as on H2, and both give the same results to the last bit. */
class PostgresAnalysisTest {

  @Test
  void postgresGivesTheSameResultsAsH2() throws Exception {
    List<Map<String, Object>> h2;
    try (AnalysisDatabase db = AnalysisDatabase.h2("same-results")) {
      db.analyse(ProgrammeAnalysisTest.handMade(db.jdbc(), "p"));
      h2 = ProgrammeAnalysisTest.allResults(db.jdbc());
    }
    try (AnalysisDatabase db = AnalysisDatabase.postgres()) {
      db.analyse(ProgrammeAnalysisTest.handMade(db.jdbc(), "p"));
      List<Map<String, Object>> pg = ProgrammeAnalysisTest.allResults(db.jdbc());

      assertThat(pg).hasSize(h2.size()).isEqualTo(h2);
    }
  }
}
