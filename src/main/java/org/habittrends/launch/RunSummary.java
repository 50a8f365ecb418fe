package org.habittrends.launch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.habittrends.analysis.AnalysisStepConfiguration;
import org.habittrends.delivery.DeliveryStepConfiguration;
import org.habittrends.ingest.ImportStepConfiguration;
import org.habittrends.report.ReportStepConfiguration;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The one-line account of a run that ends every command. */
record RunSummary(
    long executionId,
    String status,
    Duration duration,
    long rowsRead,
    long rowsImported,
    long rowsRejected,
    long reports,
    Delivery delivery,
    String failures,
    int filesLosingData,
    Incremental incremental) {

  /**
   * What the analyse and report steps did not redo: whether results were recomputed (null: no
   * analyse step), leader reports left as they were, cohort reports written.
   */
  record Incremental(Boolean recomputed, long reportsUnchanged, long cohortReports) {

    /** Nothing was recomputed or rewritten by the steps that ran. */
    boolean nothingRewritten(long reports) {
      return !Boolean.TRUE.equals(recomputed) && reports == 0 && cohortReports == 0;
    }
  }

  /** The deliver step's counts: sent (or written to outbox/), delivered before, not delivered. */
  record Delivery(long sent, long deliveredBefore, long undelivered, boolean dryRun) {}

  static RunSummary of(JobExecution execution) {
    long read = 0;
    long imported = 0;
    long rejected = 0;
    long reports = 0;
    boolean dryRun =
        "true".equals(execution.getJobParameters().getString(DeliveryStepConfiguration.DRY_RUN));
    Delivery delivery = new Delivery(0, 0, 0, dryRun);
    Boolean recomputed = null;
    long unchanged = 0;
    long cohortReports = 0;
    for (StepExecution step : execution.getStepExecutions()) {
      switch (step.getStepName()) {
        case AnalysisStepConfiguration.STEP_NAME -> recomputed = step.getReadCount() > 0;
        case ImportStepConfiguration.STEP_NAME -> {
          read += step.getReadCount();
          imported += step.getWriteCount();
          rejected += step.getFilterCount() + step.getSkipCount();
        }
        case ReportStepConfiguration.STEP_NAME -> {
          reports += step.getWriteCount();
          unchanged += step.getFilterCount();
          cohortReports +=
              step.getExecutionContext().getInt(ReportStepConfiguration.COHORT_REPORTS_WRITTEN, 0);
        }
        case DeliveryStepConfiguration.STEP_NAME ->
            delivery =
                new Delivery(
                    step.getWriteCount(), step.getFilterCount(), step.getSkipCount(), dryRun);
        default -> {}
      }
    }
    LocalDateTime start = execution.getStartTime();
    LocalDateTime end =
        execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
    String failures =
        execution.getAllFailureExceptions().stream()
            .map(RunSummary::explain)
            .distinct()
            .collect(Collectors.joining("; "));
    return new RunSummary(
        execution.getId(),
        execution.getStatus().name(),
        start == null ? Duration.ZERO : Duration.between(start, end),
        read,
        imported,
        rejected,
        reports,
        delivery,
        failures,
        0,
        new Incremental(recomputed, unchanged, cohortReports));
  }

  /** The same summary, counting the files of the import that lost data ({@code DataLoss}). */
  RunSummary withDataLoss(int files) {
    return new RunSummary(
        executionId,
        status,
        duration,
        rowsRead,
        rowsImported,
        rowsRejected,
        reports,
        delivery,
        failures,
        files,
        incremental);
  }

  /**
   * Our own exceptions say what happened and include the root cause; framework wrappers ("Unable to
   * process chunk") do not, so for those the root cause is the sentence to show.
   */
  static String explain(Throwable failure) {
    String root = SpringContexts.rootMessage(failure);
    String top = failure.getMessage();
    return top != null && top.contains(root) ? top : root;
  }

  long undelivered() {
    return delivery.undelivered();
  }

  String line(Command command) {
    String head =
        String.format(
            "%s %s in %s (run %d): ",
            command.word(),
            status.toLowerCase(java.util.Locale.ROOT),
            PipelineRun.seconds(duration),
            executionId);
    if (command == Command.DELIVER) {
      return head
          + String.format(
              "%d reports %s, %d delivered before, %d not delivered",
              delivery.sent(),
              delivery.dryRun() ? "written to outbox/ (dry run)" : "sent",
              delivery.deliveredBefore(),
              delivery.undelivered());
    }
    return head
        + String.format(
            "%d rows read, %d imported, %d rejected; %d reports written",
            rowsRead, rowsImported, rowsRejected, reports)
        + (incremental.reportsUnchanged() == 0
            ? ""
            : String.format(", %d unchanged", incremental.reportsUnchanged()))
        + (rowsImported == 0 && incremental.nothingRewritten(reports) && command != Command.IMPORT
            ? "; nothing new: no result recomputed, no file rewritten"
            : "")
        + (filesLosingData == 0
            ? ""
            : String.format("; DATA LOST in %d file(s) (below)", filesLosingData));
  }
}
