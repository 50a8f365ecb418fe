package org.habittrends.launch;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.habittrends.domain.Workspace;
import org.habittrends.job.JobNames;
import org.habittrends.sample.SampleProgrammeGenerator;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code benchmark}: generates a programme into a fresh folder and times each step of the pipeline
 * on it, in one process, so the steps' times can be compared with each other.
 */
final class Benchmark {

  private final PrintStream out;

  Benchmark(PrintStream out) {
    this.out = out;
  }

  ExitCode run(Path dir, long seed, int leaders) {
    if (Files.exists(dir)) {
      out.println("benchmark: " + dir + " exists; give a new folder so every run starts alike");
      return ExitCode.USAGE;
    }
    Instant generating = Instant.now();
    var summary = SampleProgrammeGenerator.generate(dir, seed, leaders);
    out.printf("generate      %8s  %s%n", PipelineRun.seconds(since(generating)), summary);
    Workspace workspace = new Workspace(dir);
    out.printf(
        "inbox/        %d files, %.1f MB%n",
        Inbox.waitingFiles(workspace).size(), size(workspace.inbox()) / 1e6);
    try (ConfigurableApplicationContext context = SpringContexts.start(workspace, List.of())) {
      for (String jobName : List.of(JobNames.IMPORT, JobNames.ANALYSE, JobNames.REPORT)) {
        JobExecution execution = start(context, jobName, workspace);
        for (StepExecution step : execution.getStepExecutions()) {
          Duration took = Duration.between(step.getStartTime(), step.getEndTime());
          out.printf(
              "%-13s %8s  read %d, written %d, skipped %d%n",
              step.getStepName(),
              PipelineRun.seconds(took),
              step.getReadCount(),
              step.getWriteCount(),
              step.getFilterCount() + step.getSkipCount());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
          out.println(jobName + " failed: " + RunSummary.of(execution).failures());
          return ExitCode.JOB_FAILED;
        }
      }
    }
    return ExitCode.OK;
  }

  private static JobExecution start(
      ConfigurableApplicationContext context, String jobName, Workspace workspace) {
    try {
      return context
          .getBean(JobOperator.class)
          .start(
              context.getBean(jobName, Job.class),
              new JobParametersBuilder()
                  .addString(JobNames.WORKSPACE, workspace.root().toString())
                  .addString(
                      JobNames.PROGRAMME,
                      context.getBean(org.habittrends.domain.Programme.class).id())
                  .addString(JobNames.REQUESTED_AT, Instant.now().toString())
                  .toJobParameters());
    } catch (Exception e) {
      throw new IllegalStateException("could not start " + jobName, e);
    }
  }

  private static Duration since(Instant start) {
    return Duration.between(start, Instant.now());
  }

  private static long size(Path folder) {
    return Inbox.files(folder).stream().mapToLong(p -> p.toFile().length()).sum();
  }
}
