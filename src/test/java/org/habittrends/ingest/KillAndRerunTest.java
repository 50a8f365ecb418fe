package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.habittrends.sample.SampleProgrammeGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import killed with SIGKILL half way and run again ends with exactly the rows, rejects, file
 * ledger and folders of an uninterrupted import of the same inbox.
 */
class KillAndRerunTest {

  private static final String[] TABLES = {
    "select f.file_name, f.sha256, f.layout, f.status, f.rows_read, f.rows_imported,"
        + " f.rows_rejected, f.message from imported_file f order by f.sha256",
    "select r.leader_id, r.stakeholder_key, r.wave_no, r.submitted_at, r.follow_up,"
        + " r.feedforward, f.file_name, r.source_line from survey_response r"
        + " join imported_file f on f.id = r.file_id order by 1, 2, 3",
    "select leader_id, stakeholder_key, wave_no, goal_no, rating from rating order by 1, 2, 3, 4",
    "select f.file_name, j.line_no, j.reason, j.original_values from reject j"
        + " join imported_file f on f.id = j.file_id order by 1, 2, 3"
  };

  /** The answers themselves, whichever file holds them. */
  private static final String ANSWERS =
      "select leader_id, stakeholder_key, wave_no, submitted_at, follow_up, feedforward,"
          + " rated_0, rating_0, rated_1, rating_1, rated_2, rating_2, rated_3, rating_3"
          + " from survey_response order by 1, 2, 3";

  /** Answers kept as replaced by a later file, for a re-import of that file to put back. */
  private static final String KEPT =
      "select f.file_name, a.leader_id, a.stakeholder_key, a.wave_no, a.submitted_at, a.file_id,"
          + " a.rating_0, a.rating_1, a.rating_2, a.rating_3 from replaced_answer a"
          + " join imported_file f on f.id = a.replaced_by order by 1, 2, 3, 4";

  @TempDir Path dir;

  @Test
  void aKilledImportRunAgainEndsAsIfNeverInterrupted() throws Exception {
    Path killed = dir.resolve("killed");
    Path calm = dir.resolve("uninterrupted");
    SampleProgrammeGenerator.generate(killed, 2026, 300);
    copy(killed, calm); // the same bytes: .xlsx written twice differ in their timestamps

    Process first = child(killed);
    Path processed = killed.resolve("processed");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (count(processed) == 0 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    first.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the JVM
    first.waitFor();
    int waitingAfterKill = count(killed.resolve("inbox"));
    assertThat(waitingAfterKill).as("the kill came before the import finished").isPositive();

    assertThat(run(child(killed))).isZero();
    assertThat(run(child(calm))).isZero();

    for (String query : TABLES) {
      assertThat(rows(killed, query)).as(query).isEqualTo(rows(calm, query));
    }
    assertThat(names(killed.resolve("processed"))).isEqualTo(names(calm.resolve("processed")));
    assertThat(names(killed.resolve("inbox"))).isEmpty();
  }

  @Test
  void aProcessDyingWithAFileHalfWrittenRunAgainEndsAsIfNeverInterrupted() throws Exception {
    Path killed = dir.resolve("killed");
    Path calm = dir.resolve("uninterrupted");
    SampleProgrammeGenerator.generate(killed, 2027, 300);
    copy(killed, calm);

    assertThat(run(child(killed, "halt-half-way"))).isEqualTo(137);
    assertThat(
            rows(
                killed,
                "select count(*) from survey_response r join imported_file f on f.id = r.file_id"
                    + " where f.status = 'IMPORTING'"))
        .as("answers of a file not finished were committed when the process died")
        .isNotEqualTo(List.of(List.of(0L)));
    shutdown(killed); // the next process needs the database file

    assertThat(run(child(killed))).isZero();
    assertThat(run(child(calm))).isZero();
    for (String query : TABLES) {
      assertThat(rows(killed, query)).as(query).isEqualTo(rows(calm, query));
    }
    assertThat(rows(killed, KEPT)).isEqualTo(rows(calm, KEPT));
    assertThat(names(killed.resolve("processed"))).isEqualTo(names(calm.resolve("processed")));
    assertThat(names(killed.resolve("inbox"))).isEmpty();
  }

  @Test
  void aReimportKilledWithTheFileHalfWrittenRunAgainEndsAsAnUninterruptedReimport()
      throws Exception {
    Path killed = dir.resolve("killed");
    Path calm = dir.resolve("uninterrupted");
    SampleProgrammeGenerator.generate(killed, 2028, 300);
    copy(killed, calm);
    assertThat(run(child(killed))).isZero();
    assertThat(run(child(calm))).isZero();
    String largest = largest(killed.resolve("processed"));
    List<List<Object>> before = rows(killed, ANSWERS);
    shutdown(killed); // the next process needs the database file

    // the reimport dies at the first commit with some of the file's new answers written
    assertThat(run(child(killed, "halt-half-way", ImportChildProcess.REIMPORT + largest)))
        .as(() -> childLog(killed))
        .isEqualTo(137);
    shutdown(killed);
    assertThat(run(child(killed))).isZero();
    assertThat(run(child(calm, ImportChildProcess.REIMPORT + largest))).isZero();

    for (String query : TABLES) {
      assertThat(rows(killed, query)).as(query).isEqualTo(rows(calm, query));
    }
    assertThat(rows(killed, KEPT)).isEqualTo(rows(calm, KEPT));
    // the same content under the same mapping: the same answers, though on a tie of submission
    // times (an .xls copy of the same export) the re-imported file now holds them
    assertThat(rows(killed, ANSWERS)).isEqualTo(before);
    assertThat(
            rows(
                killed,
                "select status, rows_imported > 0 from imported_file where file_name = '"
                    + largest
                    + "'"))
        .isEqualTo(List.of(List.of("IMPORTED", true)));
    assertThat(names(killed.resolve("processed"))).isEqualTo(names(calm.resolve("processed")));
    assertThat(names(killed.resolve("inbox"))).isEmpty();
  }

  private static String childLog(Path root) {
    try {
      return Files.readString(root.resolve("child.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static String largest(Path folder) throws IOException {
    String largest = null;
    long size = -1;
    for (String name : names(folder)) {
      long bytes = Files.size(folder.resolve(name));
      if (bytes > size) {
        largest = name;
        size = bytes;
      }
    }
    return largest;
  }

  private static Process child(Path root, String... options) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ImportChildProcess.class.getName(),
                root.toString(),
                root.resolve("db").toString()));
    command.addAll(List.of(options));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(root.resolve("child.log").toFile())
        .start();
  }

  private static int run(Process process) throws InterruptedException {
    return process.waitFor(300, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  private static void shutdown(Path root) {
    database(root).execute("shutdown");
  }

  private static JdbcTemplate database(Path root) {
    return new JdbcTemplate(
        ImportTestDatabase.newDataSource(
            "jdbc:h2:file:" + root.resolve("db") + ImportChildProcess.FILE_FLAGS));
  }

  private static List<List<Object>> rows(Path root, String query) {
    List<List<Object>> rows = new ArrayList<>();
    database(root)
        .query(
            query,
            rs -> {
              List<Object> row = new ArrayList<>();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getObject(i));
              }
              rows.add(row);
            });
    return rows;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.toList()) {
        Files.copy(source, to.resolve(from.relativize(source).toString()));
      }
    }
  }

  private static int count(Path folder) throws IOException {
    return names(folder).size();
  }

  private static List<String> names(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> !f.toFile().isDirectory())
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }
}
