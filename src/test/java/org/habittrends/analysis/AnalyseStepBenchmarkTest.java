package org.habittrends.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Programme;
import org.habittrends.report.workbook.TrendsWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the analyse step's work (result tables, then the trends workbook, in one transaction) on
 * 1,000 leaders × 10 stakeholders × 6 waves × 2 goals = 120,000 ratings, built directly in the
 * database, on H2 (file) and on an embedded PostgreSQL, side by side in one run.
 *
 * <pre>
 * mvn test -Dgroups=benchmark -Dsurefire.excludedGroups=none -Dtest=AnalyseStepBenchmarkTest
 * </pre>
 */
@Tag("benchmark")
class AnalyseStepBenchmarkTest {

  static final int LEADERS = 1_000;
  static final int STAKEHOLDERS = 10;
  static final int WAVES = 6;
  static final int GOALS = 2;
  private static final String[] RELATIONSHIPS = {
    "MANAGER", "DIRECT_REPORT", "DIRECT_REPORT", "DIRECT_REPORT", "DIRECT_REPORT",
    "DIRECT_REPORT", "PEER", "PEER", "PEER", "ALLIANCE_PARTNER"
  };
  private static final String[] FOLLOW_UP = {"NONE", "A_LITTLE", "SOME", "FREQUENT", "CONSISTENT"};

  @Test
  void analyseStepOnH2AndPostgres() throws Exception {
    Path folder = Files.createTempDirectory("analyse-benchmark");
    long[] h2;
    long[] pg;
    try (AnalysisDatabase db = AnalysisDatabase.h2File(folder.resolve("h2"))) {
      h2 = measure(db, folder.resolve("h2-reports"));
    }
    try (AnalysisDatabase db = AnalysisDatabase.postgres()) {
      pg = measure(db, folder.resolve("pg-reports"));
    }
    System.out.printf(
        "analyse benchmark: %,d ratings (%d leaders × %d stakeholders × %d waves × %d goals)%n",
        LEADERS * STAKEHOLDERS * WAVES * GOALS, LEADERS, STAKEHOLDERS, WAVES, GOALS);
    System.out.printf(
        "%-12s %14s %14s %14s %14s%n",
        "database", "build rows", "results", "workbook", "analyse step");
    System.out.printf(
        "%-12s %11d ms %11d ms %11d ms %11d ms%n", "H2 file", h2[0], h2[1], h2[2], h2[1] + h2[2]);
    System.out.printf(
        "%-12s %11d ms %11d ms %11d ms %11d ms%n",
        "PostgreSQL", pg[0], pg[1], pg[2], pg[1] + pg[2]);
    System.out.printf(
        "analyse step / building the rows by batched JDBC inserts: H2 %.2f, PostgreSQL %.2f%n",
        (h2[1] + h2[2]) / (double) h2[0], (pg[1] + pg[2]) / (double) pg[0]);
  }

  /** Returns {build ms, results ms, workbook ms}. */
  private static long[] measure(AnalysisDatabase db, Path reports) {
    long start = System.nanoTime();
    Programme programme = build(new ProgrammeRows(db.jdbc(), "bench", WAVES, Anonymity.DEFAULT));
    long built = System.nanoTime();
    TransactionTemplate tx =
        new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
    long[] analysed = new long[1];
    int goals =
        tx.execute(
            status -> {
              int written = new ProgrammeAnalysis(programme, db.jdbc()).run();
              analysed[0] = System.nanoTime();
              new TrendsWorkbook(db.jdbc(), reports).publish(programme);
              return written;
            });
    long done = System.nanoTime();
    assertThat(goals).isEqualTo(LEADERS * GOALS);
    assertThat(db.jdbc().queryForObject("select count(*) from wave_result", Long.class))
        .isEqualTo((long) LEADERS * GOALS * WAVES);
    assertThat(reports.resolve(TrendsWorkbook.FILE_NAME)).exists();
    return new long[] {
      (built - start) / 1_000_000,
      (analysed[0] - built) / 1_000_000,
      (done - analysed[0]) / 1_000_000
    };
  }

  /** Improving leaders with noise; about 5 % N/A. */
  static Programme build(ProgrammeRows rows) {
    Random random = new Random(2026);
    for (int l = 0; l < LEADERS; l++) {
      String leader = String.format("L%04d", l);
      rows.leader(leader, "Leader " + l, "NOT_LISTENING", "PASSING_JUDGMENT");
      double drift = random.nextGaussian() * 0.3 + 0.2;
      for (int s = 0; s < STAKEHOLDERS; s++) {
        String key = leader + "-S" + s;
        rows.stakeholder(leader, key, RELATIONSHIPS[s]);
        int followUp = random.nextInt(FOLLOW_UP.length);
        for (int w = 1; w <= WAVES; w++) {
          Integer[] ratings = new Integer[GOALS];
          for (int g = 0; g < GOALS; g++) {
            ratings[g] =
                random.nextInt(20) == 0
                    ? null
                    : (int)
                        Math.max(
                            -3,
                            Math.min(
                                3, Math.round(drift * w + followUp * 0.2 + random.nextGaussian())));
          }
          rows.response(leader, key, w, FOLLOW_UP[followUp], ratings);
        }
      }
    }
    return rows.insert();
  }
}
