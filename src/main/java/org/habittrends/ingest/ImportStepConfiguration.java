package org.habittrends.ingest;

import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.store.ImportRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import step: takes every file from the workspace inbox, one transaction per file, and stores
 * valid answers; see {@link InboxImportTasklet} and {@link FileImporter} for the rules. Rows read,
 * imported and rejected are counted as the step's read, write and skip counts.
 */
@Configuration
public class ImportStepConfiguration {

  public static final String STEP_NAME = "importStep";

  @Bean(name = STEP_NAME)
  Step importStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      Workspace workspace,
      Programme programme,
      ImportSettings importSettings,
      JdbcTemplate jdbcTemplate) {
    InboxImportTasklet tasklet =
        new InboxImportTasklet(
            workspace,
            new ImportRepository(jdbcTemplate, programme),
            importSettings,
            transactionManager);
    return new StepBuilder(STEP_NAME, jobRepository).tasklet(tasklet, transactionManager).build();
  }
}
