package org.habittrends.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.ingest.ExportFixturesTest;
import org.habittrends.ingest.ImportTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers written by the import read back exactly as written, on H2 (batched inserts) and on
 * PostgreSQL (COPY): text that needs quoting, N/A, goals not asked, replacements, and rollback.
 */
class ResponseStoreTest {

  private static EmbeddedPostgres postgres;

  @TempDir Path dir;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  static Stream<String> databases() {
    return Stream.of("h2", "postgresql");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void answersReadBackAsWritten(String database) throws Exception {
    ImportTestDatabase db = database(database);
    ResponseStore store = new ResponseStore(db.jdbc, db.definition.programme().id());
    String awkward = "\"Listen\", then decide;\nback\\slash, tab\t, ünïcödé — 'quotes' ,,";
    SurveyResponse first =
        new SurveyResponse(
            "L01",
            "L01-S01",
            1,
            LocalDateTime.of(2026, 3, 5, 10, 0, 59),
            List.of(new Rating(0, -3), new Rating(1, 2), new Rating(2, null)),
            FollowUp.CONSISTENT,
            awkward);
    SurveyResponse second =
        new SurveyResponse("L01", "L01-S02", 1, null, List.of(new Rating(1, 0)), null, "");
    store.save(7, List.of(accepted(3, first), accepted(4, second)), List.of());

    assertThat(
            db.jdbc.query(
                "select stakeholder_key, goal_no, rating from rating order by 1, 2",
                (rs, n) -> rs.getString(1) + " goal " + rs.getInt(2) + ": " + rs.getObject(3)))
        .containsExactly(
            "L01-S01 goal 0: -3", "L01-S01 goal 1: 2", "L01-S01 goal 2: null", "L01-S02 goal 1: 0");
    assertThat(
            db.jdbc.queryForList(
                "select feedforward, follow_up, submitted_at, source_line from survey_response"
                    + " order by stakeholder_key"))
        .extracting(
            r ->
                List.of(
                    String.valueOf(r.get("feedforward")),
                    String.valueOf(r.get("follow_up")),
                    String.valueOf(r.get("submitted_at")),
                    r.get("source_line")))
        .containsExactly(
            List.of(awkward, "CONSISTENT", "2026-03-05 10:00:59.0", 3),
            List.of("", "null", "null", 4));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aReplacementTakesTheStoredAnswersPlaceAndARollbackLeavesNothing(String database)
      throws Exception {
    ImportTestDatabase db = database(database);
    ResponseStore store = new ResponseStore(db.jdbc, db.definition.programme().id());
    SurveyResponse stored =
        new SurveyResponse("L01", "L01-S01", 1, null, List.of(new Rating(1, 1)), null, null);
    store.save(7, List.of(accepted(2, stored)), List.of());
    assertThat(new StoredAnswers(db.jdbc, db.definition.programme().id()).answeredLeaderWaves())
        .containsExactly(StoredAnswers.leaderWave("L01", 1));
    SurveyResponse corrected =
        new SurveyResponse("L01", "L01-S01", 1, null, List.of(new Rating(1, 3)), null, null);
    store.save(8, List.of(accepted(5, corrected)), List.of(accepted(5, corrected)));
    assertThat(db.jdbc.queryForList("select rating from rating", Integer.class)).containsExactly(3);

    TransactionTemplate transaction =
        new TransactionTemplate(new DataSourceTransactionManager(db.dataSource));
    transaction.executeWithoutResult(
        status -> {
          SurveyResponse other =
              new SurveyResponse("L01", "L01-S02", 2, null, List.of(new Rating(1, -1)), null, null);
          store.save(9, List.of(accepted(3, other)), List.of());
          status.setRollbackOnly();
        });
    assertThat(db.count("survey_response")).isEqualTo(1);
  }

  @Test
  void postgresqlIsWrittenWithCopyAlsoThroughTheApplicationsConnectionPool() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setDataSource(postgres.getPostgresDatabase());
      assertThat(PostgresCopy.available(new JdbcTemplate(pool))).isTrue();
    }
    assertThat(
            PostgresCopy.available(
                new JdbcTemplate(
                    ImportTestDatabase.newDataSource(
                        "jdbc:h2:mem:copy" + ImportTestDatabase.H2_FLAGS))))
        .isFalse();
  }

  private ImportTestDatabase database(String database) throws IOException {
    for (String part : new String[] {"roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(ExportFixturesTest.FIXTURES.resolve(part), dir.resolve(part));
    }
    Files.writeString(
        dir.resolve("programme.yml"),
        "id: store"
            + System.nanoTime()
            + "\nwaves:\n"
            + "  - {number: 1, label: March, opens: 2026-03-02, closes: 2026-03-20}\n"
            + "  - {number: 2, label: May, opens: 2026-05-04, closes: 2026-05-22}\n");
    DataSource dataSource =
        database.equals("h2")
            ? ImportTestDatabase.newDataSource(
                "jdbc:h2:mem:store"
                    + System.nanoTime()
                    + ImportTestDatabase.H2_FLAGS
                    + ";DB_CLOSE_DELAY=-1")
            : freshPostgresDatabase();
    ImportTestDatabase db = new ImportTestDatabase(dir, dataSource);
    db.jdbc.update("delete from survey_response");
    db.jdbc.update(
        "insert into imported_file (id, programme_id, file_name, sha256, status, imported_at)"
            + " values (7, ?, 'a.csv', 'a', 'IMPORTED', current_timestamp),"
            + " (8, ?, 'b.csv', 'b', 'IMPORTED', current_timestamp),"
            + " (9, ?, 'c.csv', 'c', 'IMPORTED', current_timestamp)",
        db.definition.programme().id(),
        db.definition.programme().id(),
        db.definition.programme().id());
    return db;
  }

  private static DataSource freshPostgresDatabase() {
    String name = "store" + System.nanoTime();
    new org.springframework.jdbc.core.JdbcTemplate(postgres.getPostgresDatabase())
        .execute("create database " + name);
    return postgres.getDatabase("postgres", name);
  }

  private static ResponseStore.Accepted accepted(int line, SurveyResponse response) {
    return new ResponseStore.Accepted(line, response);
  }
}
