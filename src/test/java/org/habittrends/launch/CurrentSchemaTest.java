package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.habittrends.domain.Workspace;
import org.habittrends.job.SampleWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A context starts without Flyway only when the database holds every migration of the jar as Flyway
 * would have left it; otherwise Flyway migrates (and validates) as before.
 */
class CurrentSchemaTest {

  @Test
  void aDatabaseWithEveryMigrationStartsWithoutFlywayAndStatusWithoutBatch() throws Exception {
    Path workspace = SampleWorkspace.copy("schema-current");
    // the first context finds no database and lets Flyway create the schema
    try (ConfigurableApplicationContext first = startDatabaseOnly(workspace)) {
      assertThat(first.getBeanProvider(Flyway.class).getIfAvailable()).isNotNull();
    }

    try (ConfigurableApplicationContext second = startDatabaseOnly(workspace)) {
      assertThat(second.getBeanProvider(Flyway.class).getIfAvailable()).isNull();
      assertThat(second.getBeanNamesForType(JobRepository.class)).isEmpty();
      assertThat(
              second
                  .getBean(JdbcTemplate.class)
                  .queryForObject("select count(*) from batch_job_execution", Long.class))
          .isZero();
    }
  }

  @Test
  void anOlderDatabaseIsLeftToFlyway() throws Exception {
    Path workspace = SampleWorkspace.copy("schema-older");
    Flyway.configure()
        .dataSource(Commands.h2Url(workspace), "sa", "")
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target("12")
        .load()
        .migrate();

    try (ConfigurableApplicationContext context = startDatabaseOnly(workspace)) {
      assertThat(context.getBeanProvider(Flyway.class).getIfAvailable()).isNotNull();
    }
    assertThat(
            Commands.number(
                workspace, "select count(*) from flyway_schema_history where version = '15'"))
        .isOne();
  }

  @Test
  void aMigrationWhoseFileChangedIsLeftToFlywaysValidation() throws Exception {
    Path workspace = SampleWorkspace.copy("schema-changed");
    startDatabaseOnly(workspace).close();
    Commands.execute(
        workspace, "update flyway_schema_history set checksum = checksum + 1 where version = '15'");

    Commands.Outcome status = Commands.run("status", "--workspace", workspace.toString());

    // Flyway ran, and refused the changed migration as it always has
    assertThat(status.code()).isNotEqualTo(ExitCode.OK.code());
    assertThat(status.err()).contains("15");
  }

  private static ConfigurableApplicationContext startDatabaseOnly(Path workspace) {
    return SpringContexts.startDatabaseOnly(new Workspace(workspace), List.of());
  }
}
