package org.habittrends.roster;

import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The programme definition as beans, and the step that writes it to the database. The files are
 * read once per process: a run sees the roster as it was when it started.
 */
@Configuration
public class RosterConfiguration {

  public static final String STEP_NAME = "rosterStep";
  private static final Logger log = LoggerFactory.getLogger(RosterConfiguration.class);

  @Bean
  ProgrammeDefinition programmeDefinition(
      Workspace workspace, ObjectProvider<CheckedProgramme> checked) {
    CheckedProgramme loaded = checked.getIfAvailable();
    return loaded != null && loaded.workspace().equals(workspace)
        ? loaded.definition()
        : ProgrammeFiles.load(workspace);
  }

  @Bean
  Programme programme(ProgrammeDefinition definition) {
    return definition.programme();
  }

  @Bean
  ImportSettings importSettings(ProgrammeDefinition definition) {
    return definition.importSettings();
  }

  @Bean(name = STEP_NAME)
  Step rosterStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      ProgrammeDefinition definition,
      JdbcTemplate jdbc) {
    RosterWriter writer = new RosterWriter(jdbc);
    return new StepBuilder(STEP_NAME, jobRepository)
        .tasklet(
            (contribution, chunkContext) -> {
              writer.write(definition);
              contribution.incrementWriteCount(
                  definition.leaders().size() + definition.stakeholders().size());
              log.info(
                  "Roster: {} leaders, {} stakeholders",
                  definition.leaders().size(),
                  definition.stakeholders().size());
              return RepeatStatus.FINISHED;
            },
            transactionManager)
        .build();
  }
}
