package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.store.FileWrites;
import org.habittrends.ingest.store.ImportRepository;
import org.habittrends.ingest.store.UnfinishedFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * On H2 a file's answers are committed every batch, before the file is finished (FileWrites). A
 * file that never finishes (unreadable half way, a failure, a killed process) must still leave
 * nothing behind, and the answers of earlier files it replaced must come back.
 */
class UnfinishedFilesTest {

  private static final String HEADER = "Leader ID,Wave,Stakeholder,Submitted,Goal 1,Goal 2\r\n";

  /** Answers of wave 1 as the first file stores them. */
  private static final String FIRST =
      HEADER + "L01,1,L01-S01,2026-03-05 10:00,1,1\r\n" + "L01,1,L01-S02,2026-03-05 11:00,-1,0\r\n";

  @TempDir Path dir;
  private ImportTestDatabase db;
  private long execution;

  @BeforeEach
  void setUp() throws Exception {
    for (String part : new String[] {"roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(ExportFixturesTest.FIXTURES.resolve(part), dir.resolve(part));
    }
    Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(
        dir.resolve("programme.yml"),
        "id: unfinished\nwaves:\n"
            + "  - {number: 1, label: March, opens: 2026-03-02, closes: 2026-03-20}\n");
    db = new ImportTestDatabase(dir, "unfinished" + System.nanoTime());
    assertThat(FileWrites.committedAsTheyGo(db.jdbc)).as("H2 commits as it goes").isTrue();
    drop("first.csv", FIRST);
    run();
  }

  @Test
  void aFileUnreadableAfterItsFirstBatchesLeavesNothingAndPutsBackWhatItReplaced()
      throws Exception {
    Map<String, Object> before = state();
    // a corrected answer, then enough rejected rows for batches to be committed, then a broken
    // quote: the file turns out unreadable only at its end
    drop("second.csv", replacingThenRejected() + "L01,1,\"L01-S03,2026-03-06 10:00,2,2\r\n");
    run();

    assertThat(state()).isEqualTo(before);
    assertThat(status("second.csv")).isEqualTo(ImportRepository.REJECTED);
    assertThat(dir.resolve("rejected/second.csv")).isRegularFile();
  }

  @Test
  void aFileLeftHalfWrittenByAKilledImportIsUndoneAndImportedAgain() throws Exception {
    Map<String, Object> before = state();
    drop("second.csv", replacingThenRejected());
    long fileId = importWithoutFinishing(dir.resolve("inbox/second.csv"));
    // what a kill leaves: the batches are committed, the file is not finished
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.count("replaced_answer")).isOne();
    assertThat(status("second.csv")).isEqualTo(ImportRepository.IMPORTING);

    Files.move(dir.resolve("inbox/second.csv"), dir.resolve("second.csv"));
    run(); // the coach took the file away: its answers are taken out all the same
    assertThat(state()).isEqualTo(before);
    assertThat(status("second.csv")).isEqualTo(UnfinishedFiles.INTERRUPTED);

    Files.move(dir.resolve("second.csv"), dir.resolve("inbox/second.csv"));
    run(); // dropped again, it imports as if never interrupted
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(-1);
    assertThat(db.count("survey_response")).isEqualTo(2);
    // the one answer of first.csv it replaced is kept, once, for a re-import to put back
    assertThat(db.count("replaced_answer")).isOne();
    assertThat(
            db.count(
                "replaced_answer where stakeholder_key = 'L01-S01' and rating_1 = 1"
                    + " and replaced_by = "
                    + fileId))
        .isOne();
    assertThat(status("second.csv")).isEqualTo(ImportRepository.IMPORTED);
    assertThat(db.jdbc.queryForObject("select count(*) from reject", Integer.class))
        .isEqualTo(2_500);
    assertThat(fileId).isEqualTo(fileId("second.csv"));
  }

  @Test
  void aFailingImportIsUndoneAtOnce() throws Exception {
    Map<String, Object> before = state();
    drop("second.csv", replacingThenRejected());
    Path file = dir.resolve("inbox/second.csv");
    ImportRepository step = repository();
    assertThatThrownBy(
            () -> {
              try (FileWrites writes = FileWrites.open(step, true, null)) {
                ImportRepository files = writes.repository();
                long fileId = files.startFile("second.csv", InboxFolder.sha256(file), none());
                writes.started();
                writes.importing(
                    fileId,
                    () -> {
                      new FileImporter(files).importFile(file, fileId, dir.resolve("r.csv"));
                      assertThat(committedRating("L01-S01")).isEqualTo(3);
                      throw new IllegalStateException("the disk is full");
                    });
              }
            })
        .hasMessage("the disk is full");
    assertThat(state()).isEqualTo(before);
    assertThat(status("second.csv")).isEqualTo(UnfinishedFiles.INTERRUPTED);
  }

  /** S01's answer corrected from 1 to 3, then 2,500 rows of an unknown leader. */
  private static String replacingThenRejected() {
    StringBuilder text = new StringBuilder(HEADER);
    text.append("L01,1,L01-S01,2026-03-06 10:00,3,3\r\n");
    for (int i = 0; i < 2_500; i++) {
      text.append("L99,1,L99-S01,2026-03-05 10:00,1,1\r\n");
    }
    return text.toString();
  }

  /** Imports a file on a connection of its own, committing as it goes, and leaves it unfinished. */
  private long importWithoutFinishing(Path file) throws Exception {
    try (Connection connection = db.dataSource.getConnection()) {
      connection.setAutoCommit(false);
      ImportRepository files =
          repository()
              .committingAsItGoes(
                  new JdbcTemplate(new SingleConnectionDataSource(connection, true)),
                  () -> {
                    try {
                      connection.commit();
                    } catch (java.sql.SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  });
      long fileId = files.startFile("second.csv", InboxFolder.sha256(file), none());
      connection.commit();
      new FileImporter(files).importFile(file, fileId, dir.resolve("r.csv"));
      return fileId; // no finishFile: the process "dies" here
    }
  }

  /** A rating as another connection sees it: committed. */
  private Integer committedRating(String stakeholder) {
    return new JdbcTemplate(db.dataSource)
        .queryForObject(
            "select rating_1 from survey_response where stakeholder_key = ?",
            Integer.class,
            stakeholder);
  }

  private ImportRepository repository() {
    return new ImportRepository(db.jdbc, db.definition.programme());
  }

  private static Optional<ImportRepository.StoredFile> none() {
    return Optional.empty();
  }

  /** Answers, rejects and kept answers, as a user of the database sees them. */
  private Map<String, Object> state() {
    return Map.of(
        "answers",
        rows(
            "select leader_id, stakeholder_key, wave_no, submitted_at, file_id, source_line,"
                + " rating_1, rating_2 from survey_response order by 1, 2, 3"),
        "rejects",
        rows("select file_id, line_no, reason from reject order by 1, 2"),
        "kept",
        rows("select * from replaced_answer"));
  }

  private List<Map<String, Object>> rows(String sql) {
    return db.jdbc.queryForList(sql);
  }

  private String status(String name) {
    return db.jdbc.queryForObject(
        "select status from imported_file where file_name = ?", String.class, name);
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
}
