package org.habittrends.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.ingest.ImportBenchmarkTest;
import org.habittrends.ingest.ImportTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Why H2 commits a file as it goes ({@link FileWrites}): the same answers written through {@link
 * ResponseStore} into a fresh H2 file, in one transaction and committed every 1,000 answers, side
 * by side in one run. Rows: {@code -Dbenchmark.rows=200000}; rounds: {@code -Dbenchmark.rounds=3}.
 * Run with {@code mvn test -Dgroups=benchmark -Dsurefire.excludedGroups=none
 * -Dtest=H2CommitBenchmarkTest -DargLine="-Xms2g -Xmx2g"}.
 */
@Tag("benchmark")
class H2CommitBenchmarkTest {

  private static final int BATCH = 1_000;

  @TempDir Path dir;

  @Test
  void oneTransactionAgainstACommitPerBatch() throws Exception {
    int rows = Integer.getInteger("benchmark.rows", 200_000);
    int rounds = Integer.getInteger("benchmark.rounds", 3);
    List<ResponseStore.Accepted> answers = answers(rows);
    write(dir.resolve("warm-up"), answers.subList(0, rows / 4), false);
    write(dir.resolve("warm-up-2"), answers.subList(0, rows / 4), true);
    for (int round = 1; round <= rounds; round++) {
      boolean chunkedFirst = round % 2 == 0; // the order alternates between rounds
      long chunked = 0;
      long whole = 0;
      for (int i = 0; i < 2; i++) {
        boolean chunks = chunkedFirst == (i == 0);
        long ms =
            write(dir.resolve("r" + round + (chunks ? "-chunked" : "-whole")), answers, chunks);
        if (chunks) {
          chunked = ms;
        } else {
          whole = ms;
        }
      }
      System.out.printf(
          "round %d: one transaction %6d ms 1.00x; commit per %,d answers %6d ms %.2fx%n",
          round, whole, BATCH, chunked, (double) chunked / whole);
    }
  }

  /** Milliseconds to write and commit {@code answers} into a new H2 file database. */
  private static long write(Path db, List<ResponseStore.Accepted> answers, boolean commitEachBatch)
      throws Exception {
    String url =
        "jdbc:h2:file:" + db.resolve("db") + ImportTestDatabase.H2_FLAGS + ";WRITE_DELAY=0";
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, true);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      Connection connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      ResponseStore store = new ResponseStore(new JdbcTemplate(dataSource), "bench");
      long ms =
          ImportBenchmarkTest.time(
              () -> {
                for (int from = 0; from < answers.size(); from += BATCH) {
                  store.save(
                      1, answers.subList(from, Math.min(answers.size(), from + BATCH)), List.of());
                  if (commitEachBatch) {
                    connection.commit();
                  }
                }
                connection.commit();
              });
      assertThat(
              new JdbcTemplate(dataSource)
                  .queryForObject("select count(*) from survey_response", Integer.class))
          .isEqualTo(answers.size());
      return ms;
    } finally {
      new JdbcTemplate(dataSource).execute("shutdown");
      dataSource.destroy();
    }
  }

  /** Answers shaped as ImportBenchmarkTest's file: 10 stakeholders per leader, 4 waves. */
  private static List<ResponseStore.Accepted> answers(int rows) {
    SplittableRandom random = new SplittableRandom(2026);
    int leaders = Math.max(1, rows / 40);
    List<ResponseStore.Accepted> answers = new ArrayList<>(rows);
    for (int n = 0; n < rows; n++) {
      int wave = 1 + n / (leaders * 10);
      String leader = String.format("L%06d", (n / 10) % leaders + 1);
      int a = random.nextInt(7) - 3;
      int b = random.nextInt(7) - 3;
      answers.add(
          new ResponseStore.Accepted(
              n + 2,
              new SurveyResponse(
                  leader,
                  leader + "-S" + (n % 10 + 1),
                  wave,
                  LocalDateTime.of(2026, 3, 9, 9, 0).plusMinutes(n % 5000),
                  List.of(new Rating(1, a), new Rating(2, b), new Rating(0, (a + b) / 2)),
                  FollowUp.values()[random.nextInt(5)],
                  random.nextInt(3) == 0 ? "Keep listening to the team before deciding" : null)));
    }
    return answers;
  }
}
