package org.habittrends.job;

import org.habittrends.analysis.AnalysisStepConfiguration;
import org.habittrends.ingest.ImportStepConfiguration;
import org.habittrends.report.ReportStepConfiguration;
import org.habittrends.roster.RosterConfiguration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the feature steps into the jobs the command line starts. Every job loads the roster first,
 * so a changed roster is always seen by the step that follows.
 */
@Configuration
class JobsConfiguration {

  @Bean(name = JobNames.RUN)
  Job runJob(
      JobRepository jobRepository,
      @Qualifier(RosterConfiguration.STEP_NAME) Step roster,
      @Qualifier(ImportStepConfiguration.STEP_NAME) Step importStep,
      @Qualifier(AnalysisStepConfiguration.STEP_NAME) Step analyse,
      @Qualifier(ReportStepConfiguration.STEP_NAME) Step report) {
    return new JobBuilder(JobNames.RUN, jobRepository)
        .start(roster)
        .next(importStep)
        .next(analyse)
        .next(report)
        .build();
  }

  @Bean(name = JobNames.IMPORT)
  Job importJob(
      JobRepository jobRepository,
      @Qualifier(RosterConfiguration.STEP_NAME) Step roster,
      @Qualifier(ImportStepConfiguration.STEP_NAME) Step importStep) {
    return new JobBuilder(JobNames.IMPORT, jobRepository).start(roster).next(importStep).build();
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
      @Qualifier(RosterConfiguration.STEP_NAME) Step roster,
      @Qualifier(ReportStepConfiguration.STEP_NAME) Step report) {
    return new JobBuilder(JobNames.REPORT, jobRepository).start(roster).next(report).build();
  }
}
