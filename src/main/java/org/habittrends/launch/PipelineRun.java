package org.habittrends.launch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.DataLoss;
import org.habittrends.ingest.ImportStepConfiguration;
import org.habittrends.job.JobNames;
import org.habittrends.roster.InvalidWorkspaceException;
import org.habittrends.roster.ProgrammeDefinition;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs one of the pipeline jobs on a workspace and prints what happened: takes the run lock, starts
 * the job or resumes its unfinished run, and turns the outcome into an exit code.
 */
final class PipelineRun {

  private final PrintStream out;
  private final PrintStream err;

  PipelineRun(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  ExitCode run(Command command, Workspace workspace, List<String> springProperties) {
    return run(command, workspace, null, springProperties, false, false);
  }

  /**
   * @param checked the programme the command line has just read from the workspace, or null to have
   *     the context read it
   * @param all recompute and re-render everything (report, analyse, run {@code --all})
   */
  ExitCode run(
      Command command,
      Workspace workspace,
      ProgrammeDefinition checked,
      List<String> springProperties,
      boolean dryRun,
      boolean all) {
    int waiting = Inbox.waitingFiles(workspace).size();
    ConfigurableApplicationContext context;
    try {
      context = SpringContexts.start(workspace, checked, springProperties);
    } catch (RuntimeException e) {
      return startFailure(e);
    }
    try (context) {
      String programme = context.getBean(Programme.class).id();
      try (var lock =
          RunLock.tryAcquire(context.getBean(DataSource.class), programme).orElse(null)) {
        if (lock == null) {
          err.println(
              "habit-trends: another run of programme "
                  + programme
                  + " is in progress (it holds the database lock); not starting");
          return ExitCode.ANOTHER_RUN;
        }
        String jobName = jobName(command);
        JobExecution execution;
        try (GracefulStop stop = new GracefulStop(context, jobName)) {
          execution = launch(context, jobName, key(workspace, programme, command, dryRun, all));
        }
        return outcome(
            command,
            execution,
            waiting,
            dataLoss(context, programme, execution),
            maxRejectShare(context));
      }
    } catch (Exception e) {
      return startFailure(e instanceof RuntimeException r ? r : new IllegalStateException(e));
    }
  }

  /**
   * The files of this run's import that lost data, read from the ledger while the context is open;
   * empty for a run without an import step in it.
   */
  private static List<DataLoss.FileCounts> dataLoss(
      ConfigurableApplicationContext context, String programme, JobExecution execution) {
    double maxShare = maxRejectShare(context);
    return execution.getStepExecutions().stream()
        .filter(s -> s.getStepName().equals(ImportStepConfiguration.STEP_NAME))
        .filter(s -> s.getStartTime() != null)
        .findFirst()
        .map(
            step ->
                DataLoss.lost(
                    DataLoss.filesSince(
                        context.getBean(JdbcTemplate.class), programme, step.getStartTime()),
                    maxShare))
        .orElse(List.of());
  }

  /** The setting, else programme.yml's {@code import: max-reject-share:}, else the default. */
  static double maxRejectShare(ConfigurableApplicationContext context) {
    return maxRejectShare(
        context.getEnvironment(), context.getBeanProvider(ImportSettings.class).getIfAvailable());
  }

  static double maxRejectShare(Environment environment, ImportSettings settings) {
    Double programme = settings == null ? null : settings.maxRejectShare();
    return environment.getProperty(
        DataLoss.MAX_REJECT_SHARE_PROPERTY,
        Double.class,
        programme == null ? DataLoss.DEFAULT_MAX_REJECT_SHARE : programme);
  }

  private ExitCode outcome(
      Command command,
      JobExecution execution,
      int waiting,
      List<DataLoss.FileCounts> lost,
      double maxShare) {
    RunSummary summary = RunSummary.of(execution).withDataLoss(lost.size());
    if (execution.getStatus() == BatchStatus.STOPPED) {
      err.println(
          "habit-trends: "
              + command.word()
              + " stopped on request; run the same command again to resume it");
      err.println(summary.line(command));
      return ExitCode.JOB_FAILED;
    }
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      err.println(
          "habit-trends: "
              + command.word()
              + " "
              + execution.getStatus().name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + summary.failures());
      err.println(summary.line(command));
      return ExitCode.JOB_FAILED;
    }
    if ((command == Command.RUN || command == Command.IMPORT) && waiting == 0) {
      out.println("Nothing new to import: inbox/ holds no export files.");
    }
    out.println(summary.line(command));
    if (command == Command.DELIVER && summary.undelivered() > 0) {
      err.println(
          "habit-trends: "
              + summary.undelivered()
              + " report(s) could not be delivered; the log names each leader and the reason"
              + " (also kept in the delivery_log table)");
      return ExitCode.DELIVERY_INCOMPLETE;
    }
    if (!lost.isEmpty()) {
      // the rest of the data is fine, so the reports were written; the exit code is what is loud
      err.println("habit-trends: " + DataLoss.headline(lost.size(), maxShare));
      lost.forEach(file -> err.println("  " + file.describe()));
      err.println(
          "  The reports were written from the rows that were imported. See rejected/ for each"
              + " file's rejects; run 'check --workspace DIR' on a corrected file before dropping"
              + " it into inbox/ again.");
      return ExitCode.DATA_LOST;
    }
    return ExitCode.OK;
  }

  private static String jobName(Command command) {
    return switch (command) {
      case IMPORT -> JobNames.IMPORT;
      case ANALYSE -> JobNames.ANALYSE;
      case REPORT -> JobNames.REPORT;
      case DELIVER -> JobNames.DELIVER;
      default -> JobNames.RUN;
    };
  }

  private static Map<String, String> key(
      Workspace workspace, String programme, Command command, boolean dryRun, boolean all) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put(JobNames.WORKSPACE, workspace.root().toString());
    key.put(JobNames.PROGRAMME, programme);
    if (command == Command.DELIVER) {
      key.put(JobNames.DRY_RUN, Boolean.toString(dryRun));
    }
    if (all) {
      // only when asked: a plain run still resumes a failed --all run, which stays forced
      key.put(JobNames.ALL, "true");
    }
    return key;
  }

  private static JobExecution launch(
      ConfigurableApplicationContext context, String jobName, Map<String, String> key)
      throws Exception {
    Job job = context.getBean(jobName, Job.class);
    return new Resumption(
            context.getBean(JobOperator.class),
            context.getBean(JobRepository.class),
            context.getBean(JdbcTemplate.class))
        .startOrResume(job, key);
  }

  private ExitCode startFailure(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidWorkspaceException invalid) {
        err.println("habit-trends: " + invalid.getMessage());
        return ExitCode.INVALID_WORKSPACE;
      }
    }
    if (SpringContexts.isDatabaseInUse(e)) {
      err.println(
          "habit-trends: the workspace database is in use by another habit-trends process"
              + " (the embedded H2 database admits one process at a time); not starting");
      return ExitCode.ANOTHER_RUN;
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
