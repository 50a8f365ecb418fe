package org.habittrends.analysis;

import org.habittrends.domain.Programme;
import org.habittrends.incremental.ApplicationVersion;
import org.habittrends.incremental.IncrementalConfiguration;
import org.habittrends.incremental.LeaderInputs;
import org.habittrends.incremental.ReportLedger;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The analyse step: ratings in; result tables and every {@link ResultsPublisher}'s output out. */
@Configuration
@Import(IncrementalConfiguration.class) // the fingerprints of incremental runs
public class AnalysisStepConfiguration {

  public static final String STEP_NAME = "analyseStep";

  @Bean(name = STEP_NAME)
  Step analyseStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      Programme programme,
      JdbcTemplate jdbc,
      ObjectProvider<ResultsPublisher> publishers,
      LeaderInputs inputs,
      ReportLedger ledger,
      ApplicationVersion version) {
    return new StepBuilder(STEP_NAME, jobRepository)
        .tasklet(
            new TrendAnalysis(
                programme,
                jdbc,
                publishers.orderedStream().toList(),
                new AnalysedInputs(inputs, ledger, version)),
            transactionManager)
        .build();
  }
}
