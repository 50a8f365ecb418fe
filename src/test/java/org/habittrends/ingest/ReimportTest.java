package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.store.FileWrites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file imported again after the coach fixed the mapping (the reimport command, or its identical
 * content dropped again once the import settings changed) replaces what it gave before: its old
 * answers and rejects go, the answers of earlier files it had replaced come back, and its content
 * is imported afresh under the supersede rule; nothing is doubled. On H2 (committed as it goes) and
 * on PostgreSQL (one transaction per file).
 */
class ReimportTest {

  private static final String HEADER =
      "Leader ID,Wave,Stakeholder,Respondent,Submitted,Goal 1,Goal 2\r\n";
  private static final String PROGRAMME =
      "id: reimport\nwaves:\n"
          + "  - {number: 1, label: March, opens: 2026-03-02, closes: 2026-03-20}\n";

  private static EmbeddedPostgres postgres;

  @TempDir Path dir;
  private DataSource dataSource;
  private ImportTestDatabase db;
  private long execution;

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
  void anIdenticalFileDroppedAfterTheMappingWasFixedReplacesWhatItGaveBefore(String database)
      throws Exception {
    open(database, PROGRAMME);
    // "Bastante mejor" is no rating the defaults know: S01's row is rejected
    String answers =
        HEADER
            + "L01,1,L01-S01,r1,2026-03-05 10:00,Bastante mejor,1\r\n"
            + "L01,1,L01-S02,r2,2026-03-05 11:00,-1,0\r\n";
    drop("answers.csv", answers);
    run();
    assertThat(ledger("answers.csv")).containsExactly(2, 1, 1);
    assertThat(dir.resolve("rejected/answers.rejects.csv")).isRegularFile();

    drop("answers.csv", answers);
    run(); // the same settings: refused as imported before
    assertThat(ledger("answers.csv")).containsExactly(2, 1, 1);
    assertThat(db.count("survey_response")).isOne();

    mapping("  ratings:\n    labels:\n      Bastante mejor: 2\n");
    drop("answers.csv", answers);
    run();
    assertThat(ledger("answers.csv")).containsExactly(2, 2, 0);
    assertThat(db.count("imported_file")).isOne();
    assertThat(db.count("survey_response")).isEqualTo(2);
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(2);
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(-1);
    assertThat(db.count("reject")).isZero();
    assertThat(dir.resolve("rejected/answers.rejects.csv")).doesNotExist();
    assertThat(dir.resolve("processed/answers.csv")).isRegularFile();
    assertThat(dir.resolve("inbox/answers.csv")).doesNotExist();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aReimportPutsBackTheAnswersOfEarlierFilesItNoLongerReplaces(String database)
      throws Exception {
    open(database, PROGRAMME);
    drop(
        "first.csv",
        HEADER
            + "L01,1,L01-S01,r1,2026-03-05 10:00,1,1\r\n"
            + "L01,1,L01-S02,r2,2026-03-05 10:00,-1,0\r\n");
    run();
    // a later export corrects both answers; its Respondent column holds no roster keys
    drop(
        "second.csv",
        HEADER
            + "L01,1,L01-S01,x1,2026-03-06 10:00,3,3\r\n"
            + "L01,1,L01-S02,x2,2026-03-06 10:00,2,2\r\n");
    run();
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(2);

    // the coach maps the stakeholder to the Respondent column and asks for second.csv again:
    // its rows no longer match the roster, and first.csv's answers come back
    mapping("  stakeholder:\n    columns: [Respondent]\n");
    Reimports.request(
        db.jdbc,
        new Workspace(dir),
        db.definition.programme().id(),
        dir.resolve("processed/second.csv"));
    assertThat(dir.resolve("inbox/second.csv")).isRegularFile();
    run();
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(1);
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(-1);
    assertThat(db.count("survey_response")).isEqualTo(2);
    assertThat(ledger("second.csv")).containsExactly(2, 0, 2);
    assertThat(ledger("first.csv")).containsExactly(2, 2, 0);
    assertThat(db.count("replaced_answer")).isZero();
    assertThat(db.count("imported_file")).isEqualTo(2);

    // and back: the mapping undone, the re-import replaces first.csv's answers again
    mapping("");
    Reimports.request(
        db.jdbc,
        new Workspace(dir),
        db.definition.programme().id(),
        dir.resolve("processed/second.csv"));
    run();
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(2);
    assertThat(ledger("second.csv")).containsExactly(2, 2, 0);
    assertThat(db.count("survey_response")).isEqualTo(2);
    assertThat(db.count("replaced_answer where replaced_by = " + fileId("second.csv")))
        .isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aReimportedFileStillLosesToALaterFileAndItsReplacedAnswerMovesToThatFile(String database)
      throws Exception {
    open(database, PROGRAMME);
    drop("a.csv", HEADER + "L01,1,L01-S01,r1,2026-03-05 10:00,1,1\r\n");
    run();
    drop("b.csv", HEADER + "L01,1,L01-S01,r1,2026-03-06 10:00,2,2\r\n");
    run();
    drop("c.csv", HEADER + "L01,1,L01-S01,r1,2026-03-07 10:00,3,3\r\n");
    run();

    Reimports.request(
        db.jdbc,
        new Workspace(dir),
        db.definition.programme().id(),
        dir.resolve("processed/b.csv"));
    run();
    // c.csv's later answer stands; b.csv's row loses to it and is rejected, never doubled
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.count("survey_response")).isOne();
    assertThat(ledger("b.csv")).containsExactly(1, 0, 1);
    // a.csv's answer, which b.csv had replaced, is now kept as replaced by c.csv
    assertThat(
            db.count(
                "replaced_answer where replaced_by = "
                    + fileId("c.csv")
                    + " and file_id = "
                    + fileId("a.csv")))
        .isOne();
    assertThat(db.count("replaced_answer")).isOne();
  }

  private void open(String database, String programme) throws IOException {
    for (String part : new String[] {"roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(ExportFixturesTest.FIXTURES.resolve(part), dir.resolve(part));
    }
    Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(dir.resolve("programme.yml"), programme);
    dataSource =
        database.equals("h2")
            ? ImportTestDatabase.newDataSource(
                "jdbc:h2:mem:reimport"
                    + System.nanoTime()
                    + ImportTestDatabase.H2_FLAGS
                    + ";DB_CLOSE_DELAY=-1")
            : freshPostgresDatabase();
    db = new ImportTestDatabase(dir, dataSource);
    assertThat(FileWrites.committedAsTheyGo(db.jdbc)).isEqualTo(database.equals("h2"));
  }

  /** Rewrites programme.yml's import: section and reads the workspace again. */
  private void mapping(String importSection) throws IOException {
    Files.writeString(
        dir.resolve("programme.yml"),
        PROGRAMME + (importSection.isEmpty() ? "" : "import:\n" + importSection));
    db = new ImportTestDatabase(dir, dataSource);
  }

  /** rows_read, rows_imported, rows_rejected of a file's ledger row. */
  private List<Integer> ledger(String name) {
    Map<String, Object> row =
        db.jdbc.queryForMap(
            "select rows_read, rows_imported, rows_rejected from imported_file"
                + " where file_name = ?",
            name);
    return List.of(
        ((Number) row.get("rows_read")).intValue(),
        ((Number) row.get("rows_imported")).intValue(),
        ((Number) row.get("rows_rejected")).intValue());
  }

  private long fileId(String name) {
    return db.jdbc.queryForObject(
        "select id from imported_file where file_name = ?", Long.class, name);
  }

  private void drop(String name, String content) throws IOException {
    ImportTestDatabase.drop(dir, name, content);
  }

  private void run() throws Exception {
    db.importInbox(new Workspace(dir), ++execution);
  }

  private static DataSource freshPostgresDatabase() {
    String name = "reimport" + System.nanoTime();
    new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name);
    return postgres.getDatabase("postgres", name);
  }
}
