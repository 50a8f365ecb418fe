package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.habittrends.job.SampleWorkspace;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code status} starts a context with only the database in it; what it shows, and what it does to
 * a workspace database that is missing, older or newer than the jar, is what the full application
 * did.
 */
class StatusCommandTest {

  @Test
  void aWorkspaceWithoutDatabaseGetsTheWholeSchemaAndShowsNoRunsYet() throws Exception {
    Path workspace = SampleWorkspace.copy("status-fresh");

    Commands.Outcome status = Commands.run("status", "--workspace", workspace.toString());

    assertThat(status.code()).as(status.err()).isEqualTo(ExitCode.OK.code());
    assertThat(status.out())
        .contains("(programme sample-2026)")
        .contains("Recent runs:\n  none yet")
        .contains("Waiting in inbox/:   5 file(s)");
    assertThat(appliedMigrations(workspace)).isEqualTo(migrationsInTheJar());
  }

  @Test
  void statusNeedsOnlyProgrammeYmlSoABrokenRosterDoesNotHideTheRuns() throws Exception {
    Path workspace = SampleWorkspace.copy("status-no-roster");
    Commands.Outcome run = Commands.run("run", "--workspace", workspace.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK.code());
    Files.writeString(workspace.resolve("roster.xlsx"), "not a spreadsheet");

    Commands.Outcome status = Commands.run("status", "--workspace", workspace.toString());

    assertThat(status.code()).as(status.err()).isEqualTo(ExitCode.OK.code());
    assertThat(status.out()).contains("(programme sample-2026)").contains("runJob      COMPLETED");
    // the next run still refuses the workspace before it starts
    assertThat(Commands.run("run", "--workspace", workspace.toString()).code())
        .isEqualTo(ExitCode.INVALID_WORKSPACE.code());
  }

  @Test
  void anOlderDatabaseIsMigratedBeforeItIsRead() throws Exception {
    Path workspace = SampleWorkspace.copy("status-older");
    flyway(workspace).target("12").load().migrate();
    assertThat(appliedMigrations(workspace)).isLessThan(migrationsInTheJar());

    Commands.Outcome status = Commands.run("status", "--workspace", workspace.toString());

    assertThat(status.code()).as(status.err()).isEqualTo(ExitCode.OK.code());
    assertThat(status.out()).contains("none yet");
    assertThat(appliedMigrations(workspace)).isEqualTo(migrationsInTheJar());
  }

  @Test
  void aDatabaseNewerThanTheJarIsStillShown() throws Exception {
    Path workspace = SampleWorkspace.copy("status-newer");
    Commands.Outcome run = Commands.run("run", "--workspace", workspace.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK.code());
    Commands.execute(
        workspace,
        "insert into flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) values (999, '999', 'from a"
            + " newer jar', 'SQL', 'V999__newer.sql', 1, 'sa', 1, true)");

    Commands.Outcome status = Commands.run("status", "--workspace", workspace.toString());

    assertThat(status.code()).as(status.err()).isEqualTo(ExitCode.OK.code());
    assertThat(status.out())
        .contains("runJob      COMPLETED")
        .contains("Imported:            5 file(s)");
  }

  @Test
  void textAndJsonShowTheSameRunAndTheShareSetOnTheCommandLine() throws Exception {
    Path workspace = SampleWorkspace.copy("status-share");
    Commands.run("run", "--workspace", workspace.toString());
    long leaders = Commands.number(workspace, "select count(*) from leader");

    Commands.Outcome text = Commands.run("status", "--workspace", workspace.toString());
    JsonNode json = json(Commands.run("status", "--workspace", workspace.toString(), "--json"));

    assertThat(text.out()).contains("Reports in reports/: " + leaders + " PDF(s)");
    assertThat(json.get("reports").asLong()).isEqualTo(leaders);
    assertThat(json.get("recentRuns").get(0).get("job").asString()).isEqualTo("runJob");
    assertThat(json.get("imports").get("files").asInt()).isEqualTo(5);
    assertThat(json.get("dataLost")).isEmpty();
    assertThat(text.out()).doesNotContain("DATA LOST");

    // an allowed share on the command line reaches status as it reaches run: with none allowed,
    // the files with rejected rows lost data
    Commands.Outcome strict =
        Commands.run(
            "status",
            "--workspace",
            workspace.toString(),
            "--habit-trends.import.max-reject-share=0");
    assertThat(strict.code()).as(strict.err()).isEqualTo(ExitCode.OK.code());
    assertThat(strict.out())
        .contains("DATA LOST in the last import")
        .contains("wave-4 qualtrics.csv");
  }

  private static JsonNode json(Commands.Outcome outcome) {
    assertThat(outcome.code()).as(outcome.err()).isEqualTo(ExitCode.OK.code());
    return JsonMapper.builder().build().readTree(outcome.out());
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(Path workspace) {
    return Flyway.configure()
        .dataSource(Commands.h2Url(workspace), "sa", "")
        .locations("classpath:db/migration", "classpath:db/vendor/h2");
  }

  private static long appliedMigrations(Path workspace) throws Exception {
    return Commands.number(
        workspace, "select count(*) from flyway_schema_history where version is not null");
  }

  /** The versioned migrations an H2 workspace gets from this build. */
  private static long migrationsInTheJar() throws Exception {
    Path resources = Path.of("src/main/resources/db");
    try (Stream<Path> common = Files.list(resources.resolve("migration"));
        Stream<Path> h2 = Files.list(resources.resolve("vendor/h2"))) {
      return Stream.concat(common, h2)
          .filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .count();
    }
  }
}
