package org.habittrends.report;

import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.incremental.ApplicationVersion;
import org.habittrends.incremental.IncrementalConfiguration;
import org.habittrends.incremental.LeaderInputs;
import org.habittrends.incremental.ReportLedger;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report step, partitioned by leader: the manager splits the leaders into ranges, N threads
 * each run a worker step over one range (read ids, render to a temporary file, move into place),
 * and once all partitions completed the cohort report is written (see {@link CohortReportWriter}).
 *
 * <p>Optional job parameter {@value #AS_OF_WAVE} (a number, Long or String): progress reports that
 * use only waves up to it, written to reports/progress/wave-k/ instead of reports/.
 */
@Configuration
@Import(IncrementalConfiguration.class) // the fingerprints of incremental runs
public class ReportStepConfiguration {

  public static final String STEP_NAME = "reportStep";
  public static final String WORKER_STEP_NAME = "reportLeadersStep";

  /** Same value as {@code JobNames.AS_OF_WAVE}; report cannot import job (job imports report). */
  public static final String AS_OF_WAVE = "asOfWave";

  /** Step execution context key: the cohort reports the step wrote (incremental runs). */
  public static final String COHORT_REPORTS_WRITTEN = "cohortReportsWritten";

  /** Leaders per transaction; a restart re-renders at most this many per partition. */
  private static final int CHUNK_SIZE = 10;

  @Bean(name = STEP_NAME)
  Step reportStep(
      JobRepository jobRepository,
      LeaderReportQueries queries,
      Workspace workspace,
      CohortReportRenderer cohortRenderer,
      JdbcTemplate jdbc,
      @Qualifier(WORKER_STEP_NAME) Step worker,
      @Value("${habit-trends.report.threads:0}") int threads,
      ReportFingerprints fingerprints) {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("report-");
    executor.setConcurrencyLimit(n);
    return new StepBuilder(STEP_NAME, jobRepository)
        .partitioner(WORKER_STEP_NAME, new LeaderPartitioner(queries))
        .step(worker)
        .gridSize(n)
        .taskExecutor(executor)
        .aggregator(
            new CohortReportWriter(
                new CohortReportQueries(jdbc, queries),
                cohortRenderer,
                workspace.reports(),
                fingerprints))
        .listener(new LeftoverCleaner(workspace.reports()))
        .build();
  }

  @Bean(name = WORKER_STEP_NAME)
  Step reportLeadersStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      LeaderIdReader reader,
      ReportRenderingProcessor processor,
      ReportPublisher publisher) {
    return new StepBuilder(WORKER_STEP_NAME, jobRepository)
        .<String, RenderedReport>chunk(CHUNK_SIZE)
        .transactionManager(transactionManager)
        .reader(reader)
        .processor(processor)
        .writer(publisher)
        .build();
  }

  @Bean
  @StepScope
  LeaderIdReader leaderIdReader(
      LeaderReportQueries queries,
      @Value("#{stepExecutionContext['" + LeaderPartitioner.FIRST + "']}") String first,
      @Value("#{stepExecutionContext['" + LeaderPartitioner.LAST + "']}") String last) {
    return new LeaderIdReader(queries, first, last);
  }

  @Bean
  @StepScope
  ReportRenderingProcessor reportRenderingProcessor(
      LeaderReportQueries queries,
      Workspace workspace,
      LeaderReportRenderer renderer,
      @Value("#{stepExecution.jobParameters}") JobParameters parameters,
      ReportFingerprints fingerprints,
      @Value("#{stepExecutionContext['" + LeaderPartitioner.FIRST + "']}") String first,
      @Value("#{stepExecutionContext['" + LeaderPartitioner.LAST + "']}") String last) {
    int asOf = asOfWave(parameters);
    return new ReportRenderingProcessor(
        queries,
        ReportFolder.of(workspace.reports(), asOf),
        renderer,
        asOf,
        new ReportRenderingProcessor.Incremental(
            fingerprints, first, last, IncrementalConfiguration.all(parameters)));
  }

  @Bean
  ReportFingerprints reportFingerprints(
      JdbcTemplate jdbc,
      Programme programme,
      LeaderInputs inputs,
      ReportLedger ledger,
      ApplicationVersion version) {
    return new ReportFingerprints(jdbc, programme, inputs, ledger, version);
  }

  @Bean
  LeaderReportQueries leaderReportQueries(JdbcTemplate jdbc, Programme programme) {
    return new LeaderReportQueries(jdbc, programme);
  }

  @Bean
  ReportPublisher reportPublisher(ReportLedger ledger) {
    return new ReportPublisher(ledger);
  }

  /** The "as of" wave from the job parameters, or {@link LeaderReportQueries#ALL_WAVES}. */
  static int asOfWave(JobParameters parameters) {
    JobParameter<?> parameter = parameters.getParameter(AS_OF_WAVE);
    if (parameter == null || parameter.value() == null || parameter.value().toString().isBlank()) {
      return LeaderReportQueries.ALL_WAVES;
    }
    try {
      return Integer.parseInt(parameter.value().toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "job parameter " + AS_OF_WAVE + " must be a wave number, not " + parameter.value(), e);
    }
  }
}
