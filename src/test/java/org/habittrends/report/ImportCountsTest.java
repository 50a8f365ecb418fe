package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.launch.CommandLineLauncher;
import org.habittrends.roster.ProgrammeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The counts a coach reads add up to what the database holds: when a second file replaces answers
 * of the first (a corrected re-export), the cohort report's import table and {@code status} count
 * them as replaced for the first file, and imported − replaced per file is the number of answers
 * stored under it.
 */
class ImportCountsTest {

  private static final String HEADER = "Leader ID,Wave,Stakeholder,Submitted,Goal 1,Goal 2\r\n";

  @TempDir Path dir;

  @Test
  void statusAndTheCohortImportTableCountWhatTheDatabaseHolds() throws Exception {
    for (String part : new String[] {"roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(Path.of("src/test/resources/fixtures", part), dir.resolve(part));
    }
    Files.writeString(
        dir.resolve("programme.yml"),
        "id: counts\nname: Counts\nwaves:\n"
            + "  - {number: 1, label: March, opens: 2026-03-02, closes: 2026-03-20}\n");
    Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(
        dir.resolve("inbox/a-first.csv"),
        HEADER
            + "L01,1,L01-S01,2026-03-05 10:00,1,1\r\n"
            + "L01,1,L01-S02,2026-03-05 10:00,-1,0\r\n"
            + "L01,1,L01-S03,2026-03-05 10:00,0,0\r\n");
    // a corrected export: two of the answers again, later; one row of a leader not in the roster
    Files.writeString(
        dir.resolve("inbox/b-corrected.csv"),
        HEADER
            + "L01,1,L01-S01,2026-03-06 10:00,2,2\r\n"
            + "L01,1,L01-S02,2026-03-06 10:00,1,1\r\n"
            + "L99,1,L99-S01,2026-03-06 10:00,1,1\r\n");
    Files.writeString(dir.resolve("inbox/notes.csv"), "");
    // a third of b-corrected.csv is rejected and notes.csv is unreadable: the import says data lost
    assertThat(cli("import", "--workspace", dir.toString()).code).isEqualTo(8);

    JdbcTemplate jdbc = database();
    Map<String, Long> stored = perFile(jdbc, "survey_response");
    Map<String, Long> rejected = perFile(jdbc, "reject");
    assertThat(stored).containsEntry("a-first.csv", 1L).containsEntry("b-corrected.csv", 2L);

    Programme programme = ProgrammeFiles.load(new Workspace(dir)).programme();
    List<CohortReport.ImportedFile> table =
        new CohortReportQueries(jdbc, new LeaderReportQueries(jdbc, programme))
            .load(LeaderReportQueries.ALL_WAVES)
            .imports();
    assertThat(table).extracting(CohortReport.ImportedFile::name).contains("a-first.csv");
    for (CohortReport.ImportedFile file : table) {
      assertThat((long) file.rowsStored())
          .as(file.name())
          .isEqualTo(stored.getOrDefault(file.name(), 0L));
      assertThat((long) file.rowsRejected())
          .as(file.name())
          .isEqualTo(rejected.getOrDefault(file.name(), 0L));
    }
    CohortReport.ImportedFile first =
        table.stream().filter(f -> f.name().equals("a-first.csv")).findFirst().orElseThrow();
    assertThat(first.rowsImported()).isEqualTo(3);
    assertThat(first.rowsReplaced()).isEqualTo(2);

    Outcome status = cli("status", "--workspace", dir.toString(), "--json");
    assertThat(status.code).as(status.err).isZero();
    JsonNode imports = JsonMapper.builder().build().readTree(status.out).get("imports");
    assertThat(imports.get("stored").asLong())
        .isEqualTo(jdbc.queryForObject("select count(*) from survey_response", Long.class));
    assertThat(imports.get("rejected").asLong())
        .isEqualTo(jdbc.queryForObject("select count(*) from reject", Long.class));
    assertThat(imports.get("replaced").asLong()).isEqualTo(2);
    for (JsonNode file : imports.get("byFile")) {
      String name = file.get("name").asString();
      assertThat(file.get("imported").asLong() - file.get("replaced").asLong())
          .as(name)
          .isEqualTo(stored.getOrDefault(name, 0L));
      assertThat(file.get("rejected").asLong()).as(name).isEqualTo(rejected.getOrDefault(name, 0L));
    }
    JsonNode report = JsonMapper.builder().build().readTree(status.out);
    assertThat(report.get("rejectedFiles").asInt()).as("notes.csv, refused").isOne();
    assertThat(report.get("rejectLists").asInt()).as("b-corrected.rejects.csv").isOne();
  }

  /** count(*) of {@code table} grouped by the file its rows came from, by file name. */
  private static Map<String, Long> perFile(JdbcTemplate jdbc, String table) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(
        "select f.file_name, count(*) from "
            + table
            + " t join imported_file f on f.id = t.file_id group by f.file_name",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  private JdbcTemplate database() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:file:"
            + dir.toAbsolutePath().resolve(".habit-trends/db")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    ds.setUser("sa");
    return new JdbcTemplate(ds);
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CommandLineLauncher.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
