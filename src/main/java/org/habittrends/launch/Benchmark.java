package org.habittrends.launch;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.habittrends.domain.Workspace;
import org.habittrends.job.JobNames;
import org.habittrends.report.ReportStepConfiguration;
import org.habittrends.sample.SampleProgrammeGenerator;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code benchmark}: generates a programme into a fresh folder and times the pipeline on it, in one
 * process, as a cron {@code run} does: first the whole inbox, then a second run with one new file
 * that changes the answers of {@value #TOUCHED} leaders. Prints each step's time and peak heap, and
 * the second run against what it should cost: importing that file plus rendering {@value #TOUCHED}
 * reports at the first run's rate.
 */
final class Benchmark {

  static final int TOUCHED = 10;

  /** The generated CSV export the second run's file is cut from. */
  private static final String TOUCH_SOURCE = "google-forms May 2026.csv";

  private final PrintStream out;

  Benchmark(PrintStream out) {
    this.out = out;
  }

  ExitCode run(Path dir, long seed, int leaders) {
    if (Files.exists(dir)) {
      out.println("benchmark: " + dir + " exists; give a new folder so every run starts alike");
      return ExitCode.USAGE;
    }
    out.printf(
        "benchmark: %d leaders, %d cores, max heap %d MB%n",
        leaders,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Instant generating = Instant.now();
    var summary = SampleProgrammeGenerator.generate(dir, seed, leaders);
    out.printf("generate      %8s  %s%n", PipelineRun.seconds(since(generating)), summary);
    Workspace workspace = new Workspace(dir);
    out.printf(
        "inbox/        %d files, %.1f MB%n",
        Inbox.waitingFiles(workspace).size(), size(workspace.inbox()) / 1e6);
    try (HeapSampler heap = new HeapSampler()) {
      Instant starting = Instant.now();
      try (ConfigurableApplicationContext context = SpringContexts.start(workspace, List.of())) {
        out.printf("start-up      %8s  application context%n", seconds(since(starting)));
        out.println("First run: the whole inbox");
        JobExecution first = start(context, workspace);
        print(first, heap);
        if (first.getStatus() != BatchStatus.COMPLETED) {
          return failed(first);
        }
        Path source = workspace.processed().resolve(TOUCH_SOURCE);
        if (!Files.isRegularFile(source)) {
          out.println("benchmark: no " + source + " to make the second run's file from");
          return ExitCode.OK;
        }
        var touch =
            TouchedLeaders.write(
                source,
                workspace.inbox().resolve("benchmark-" + TOUCHED + "-leaders.csv"),
                TOUCHED);
        out.printf(
            "Second run: one new file, %d rows changing %d leaders (%s)%n",
            touch.rows(), touch.leaders().size(), String.join(" ", touch.leaders()));
        JobExecution second = start(context, workspace);
        print(second, heap);
        if (second.getStatus() != BatchStatus.COMPLETED) {
          return failed(second);
        }
        compare(first, second, leaders, touch.leaders().size());
      }
      out.println("whole benchmark: " + heap.overall().describe());
    }
    return ExitCode.OK;
  }

  private void print(JobExecution execution, HeapSampler heap) {
    for (StepExecution step : execution.getStepExecutions()) {
      out.printf(
          "%-13s %8s  read %d, written %d, skipped %d; %s%n",
          step.getStepName(),
          seconds(took(step)),
          step.getReadCount(),
          step.getWriteCount(),
          step.getFilterCount() + step.getSkipCount(),
          heap.peak(step.getStartTime(), step.getEndTime()).describe());
    }
    out.printf(
        "%-13s %8s  %s%n",
        "the run",
        seconds(Duration.between(execution.getStartTime(), execution.getEndTime())),
        heap.peak(execution.getStartTime(), execution.getEndTime()).describe());
  }

  /** The yardstick: the second run within 10 % of importing its file plus its reports. */
  private void compare(JobExecution first, JobExecution second, int leaders, int touched) {
    Duration secondRun = Duration.between(second.getStartTime(), second.getEndTime());
    Duration importFile = took(second, "importStep");
    Duration reportsAtFirstRate =
        took(first, ReportStepConfiguration.STEP_NAME).multipliedBy(touched).dividedBy(leaders);
    Duration yardstick = importFile.plus(reportsAtFirstRate);
    out.printf(
        "second run %s; importing its file %s + %d reports at the first run's rate %s = %s;"
            + " ratio %.2f (target at most 1.10)%n",
        seconds(secondRun),
        seconds(importFile),
        touched,
        seconds(reportsAtFirstRate),
        seconds(yardstick),
        yardstick.isZero() ? 0 : (double) secondRun.toMillis() / Math.max(1, yardstick.toMillis()));
  }

  private ExitCode failed(JobExecution execution) {
    out.println("run failed: " + RunSummary.of(execution).failures());
    return ExitCode.JOB_FAILED;
  }

  private static Duration took(JobExecution execution, String stepName) {
    return execution.getStepExecutions().stream()
        .filter(s -> s.getStepName().equals(stepName))
        .map(Benchmark::took)
        .reduce(Duration.ZERO, Duration::plus);
  }

  private static Duration took(StepExecution step) {
    return Duration.between(step.getStartTime(), step.getEndTime());
  }

  private static JobExecution start(ConfigurableApplicationContext context, Workspace workspace) {
    try {
      return context
          .getBean(JobOperator.class)
          .start(
              context.getBean(JobNames.RUN, Job.class),
              new JobParametersBuilder()
                  .addString(JobNames.WORKSPACE, workspace.root().toString())
                  .addString(
                      JobNames.PROGRAMME,
                      context.getBean(org.habittrends.domain.Programme.class).id())
                  .addString(JobNames.REQUESTED_AT, Instant.now().toString())
                  .toJobParameters());
    } catch (Exception e) {
      throw new IllegalStateException("could not start " + JobNames.RUN, e);
    }
  }

  private static String seconds(Duration duration) {
    return PipelineRun.seconds(duration);
  }

  private static Duration since(Instant start) {
    return Duration.between(start, Instant.now());
  }

  private static long size(Path folder) {
    return Inbox.files(folder).stream().mapToLong(p -> p.toFile().length()).sum();
  }
}
