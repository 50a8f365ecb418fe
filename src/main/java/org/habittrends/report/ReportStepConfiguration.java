package org.habittrends.report;

import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report step: leader ids are read, each leader's model is built and rendered to a temporary
 * file (processor), and finished files are moved into reports/ (writer). Chunk-oriented so that it
 * can later be partitioned by leader for parallel rendering.
 */
@Configuration
public class ReportStepConfiguration {

  public static final String STEP_NAME = "reportStep";

  /** Leaders per transaction; a restart re-renders at most this many. */
  private static final int CHUNK_SIZE = 10;

  @Bean(name = STEP_NAME)
  Step reportStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      JdbcTemplate jdbc,
      Programme programme,
      Workspace workspace,
      LeaderReportRenderer renderer) {
    LeaderReportQueries queries = new LeaderReportQueries(jdbc, programme);
    ReportFolder folder = new ReportFolder(workspace.reports());
    ReportPublisher publisher = new ReportPublisher(folder);
    // The reader and the publisher register themselves as stream and step listener.
    return new StepBuilder(STEP_NAME, jobRepository)
        .<String, RenderedReport>chunk(CHUNK_SIZE)
        .transactionManager(transactionManager)
        .reader(new LeaderIdReader(queries))
        .processor(new ReportRenderingProcessor(queries, folder, renderer))
        .writer(publisher)
        .build();
  }
}
