package org.habittrends.launch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.habittrends.ingest.ImportStepConfiguration;
import org.habittrends.report.ReportStepConfiguration;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The one-line account of a run that ends every command. */
record RunSummary(
    String status,
    Duration duration,
    long rowsRead,
    long rowsImported,
    long rowsRejected,
    long reports,
    String failures) {

  static RunSummary of(JobExecution execution) {
    long read = 0;
    long imported = 0;
    long rejected = 0;
    long reports = 0;
    for (StepExecution step : execution.getStepExecutions()) {
      switch (step.getStepName()) {
        case ImportStepConfiguration.STEP_NAME -> {
          read += step.getReadCount();
          imported += step.getWriteCount();
          rejected += step.getFilterCount() + step.getSkipCount();
        }
        case ReportStepConfiguration.STEP_NAME -> reports += step.getWriteCount();
        default -> {}
      }
    }
    LocalDateTime start = execution.getStartTime();
    LocalDateTime end =
        execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
    String failures =
        execution.getAllFailureExceptions().stream()
            .map(SpringContexts::rootMessage)
            .distinct()
            .collect(Collectors.joining("; "));
    return new RunSummary(
        execution.getStatus().name(),
        start == null ? Duration.ZERO : Duration.between(start, end),
        read,
        imported,
        rejected,
        reports,
        failures);
  }

  String line(Command command) {
    return String.format(
        "%s %s in %s: %d rows read, %d imported, %d rejected; %d reports written",
        command.word(),
        status.toLowerCase(java.util.Locale.ROOT),
        PipelineRun.seconds(duration),
        rowsRead,
        rowsImported,
        rowsRejected,
        reports);
  }
}
