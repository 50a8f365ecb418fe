package org.habittrends.job;

import java.time.Duration;
import org.habittrends.analysis.AnalysisStepConfiguration;
import org.habittrends.delivery.DeliveryStepConfiguration;
import org.habittrends.ingest.ImportStepConfiguration;
import org.habittrends.report.ReportStepConfiguration;
import org.habittrends.roster.RosterConfiguration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the feature steps into the jobs the command line starts. Every job loads the roster first,
 * so a changed roster is always seen by the step that follows. No job has an incrementer: a failed
 * run is resumed by restarting its instance (see launch), which an incrementer would prevent.
 */
@Configuration
class JobsConfiguration {

  @Bean(name = JobNames.RUN)
  Job runJob(
      JobRepository jobRepository,
      ProgressListener progress,
      @Qualifier(DeliveryStepConfiguration.COACH_SUMMARY) JobExecutionListener coachSummary,
      @Qualifier(RosterConfiguration.STEP_NAME) Step roster,
      @Qualifier(ImportStepConfiguration.STEP_NAME) Step importStep,
      @Qualifier(AnalysisStepConfiguration.STEP_NAME) Step analyse,
      @Qualifier(ReportStepConfiguration.STEP_NAME) Step report) {
    return new JobBuilder(JobNames.RUN, jobRepository)
        .listener(progress)
        .listener(coachSummary)
        .start(roster)
        .next(importStep)
        .next(analyse)
        .next(report)
        .build();
  }

  @Bean(name = JobNames.IMPORT)
  Job importJob(
      JobRepository jobRepository,
      ProgressListener progress,
      @Qualifier(DeliveryStepConfiguration.COACH_SUMMARY) JobExecutionListener coachSummary,
      @Qualifier(RosterConfiguration.STEP_NAME) Step roster,
      @Qualifier(ImportStepConfiguration.STEP_NAME) Step importStep) {
    return new JobBuilder(JobNames.IMPORT, jobRepository)
        .listener(progress)
        .listener(coachSummary)
        .start(roster)
        .next(importStep)
        .build();
  }

  @Bean(name = JobNames.ANALYSE)
  Job analyseJob(
      JobRepository jobRepository,
      @Qualifier(RosterConfiguration.STEP_NAME) Step roster,
      @Qualifier(AnalysisStepConfiguration.STEP_NAME) Step analyse) {
    return new JobBuilder(JobNames.ANALYSE, jobRepository).start(roster).next(analyse).build();
  }

  @Bean(name = JobNames.REPORT)
  Job reportJob(
      JobRepository jobRepository,
      ProgressListener progress,
      @Qualifier(RosterConfiguration.STEP_NAME) Step roster,
      @Qualifier(ReportStepConfiguration.STEP_NAME) Step report) {
    return new JobBuilder(JobNames.REPORT, jobRepository)
        .listener(progress)
        .start(roster)
        .next(report)
        .build();
  }

  @Bean(name = JobNames.DELIVER)
  Job deliverJob(
      JobRepository jobRepository,
      ProgressListener progress,
      @Qualifier(RosterConfiguration.STEP_NAME) Step roster,
      @Qualifier(DeliveryStepConfiguration.STEP_NAME) Step deliver) {
    return new JobBuilder(JobNames.DELIVER, jobRepository)
        .listener(progress)
        .start(roster)
        .next(deliver)
        .build();
  }

  @Bean
  ProgressListener progressListener(
      ProgressEstimates estimates,
      @org.springframework.beans.factory.annotation.Value("${habit-trends.progress.interval:10s}")
          Duration interval) {
    return new ProgressListener(
        estimates.all(), interval, System.console() == null ? null : System.out);
  }
}
