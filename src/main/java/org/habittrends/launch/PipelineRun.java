package org.habittrends.launch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.habittrends.domain.Workspace;
import org.habittrends.job.JobNames;
import org.habittrends.roster.InvalidWorkspaceException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs one of the pipeline jobs on a workspace and prints what happened. */
final class PipelineRun {

  private final PrintStream out;
  private final PrintStream err;

  PipelineRun(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  ExitCode run(Command command, Workspace workspace, List<String> springProperties) {
    int waiting = Inbox.waitingFiles(workspace).size();
    ConfigurableApplicationContext context;
    try {
      context = SpringContexts.start(workspace, springProperties);
    } catch (RuntimeException e) {
      return startFailure(e);
    }
    try (context) {
      JobExecution execution = launch(context, command, workspace);
      RunSummary summary = RunSummary.of(execution);
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        err.println("habit-trends: " + command.word() + " failed: " + summary.failures());
        err.println(summary.line(command));
        return ExitCode.JOB_FAILED;
      }
      if ((command == Command.RUN || command == Command.IMPORT) && waiting == 0) {
        out.println("Nothing new to import: inbox/ holds no export files.");
      }
      out.println(summary.line(command));
      return ExitCode.OK;
    } catch (RuntimeException e) {
      return startFailure(e);
    }
  }

  private static JobExecution launch(
      ConfigurableApplicationContext context, Command command, Workspace workspace) {
    String jobName =
        switch (command) {
          case IMPORT -> JobNames.IMPORT;
          case ANALYSE -> JobNames.ANALYSE;
          case REPORT -> JobNames.REPORT;
          default -> JobNames.RUN;
        };
    Job job = context.getBean(jobName, Job.class);
    String programme = context.getBean(org.habittrends.domain.Programme.class).id();
    JobParameters parameters =
        new JobParametersBuilder()
            .addString(JobNames.WORKSPACE, workspace.root().toString())
            .addString(JobNames.PROGRAMME, programme)
            .addString(JobNames.REQUESTED_AT, Instant.now().toString())
            .toJobParameters();
    try {
      return context.getBean(JobOperator.class).start(job, parameters);
    } catch (Exception e) {
      throw new IllegalStateException("could not start " + jobName + ": " + e.getMessage(), e);
    }
  }

  private ExitCode startFailure(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidWorkspaceException invalid) {
        err.println("habit-trends: " + invalid.getMessage());
        return ExitCode.INVALID_WORKSPACE;
      }
    }
    if (SpringContexts.isDatabaseFailure(e)) {
      err.println("habit-trends: the database cannot be used: " + SpringContexts.rootMessage(e));
      return ExitCode.DATABASE_UNAVAILABLE;
    }
    err.println("habit-trends: unexpected error: " + SpringContexts.rootMessage(e));
    e.printStackTrace(err);
    return ExitCode.INTERNAL_ERROR;
  }

  static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
