package org.habittrends.report;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The report step's listener: removes temporary files a crashed run left, once, before any
 * partition starts (never per partition: it would delete files other partitions are writing), and
 * logs the summary.
 */
class LeftoverCleaner implements StepExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(LeftoverCleaner.class);

  private final Path reports;

  LeftoverCleaner(Path reports) {
    this.reports = reports;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    ReportFolder folder = folder(stepExecution);
    int removed = folder.removeLeftovers() + folder.cohort().removeLeftovers();
    if (removed > 0) {
      log.info(
          "Removed {} unfinished report file(s) left in {} by an earlier run",
          removed,
          folder.folder());
    }
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    log.info(
        "Report step {}: {} leader report(s) written to {}, {} unchanged",
        stepExecution.getStatus(),
        stepExecution.getWriteCount(),
        folder(stepExecution).folder(),
        stepExecution.getFilterCount());
    return null;
  }

  private ReportFolder folder(StepExecution stepExecution) {
    return ReportFolder.of(
        reports, ReportStepConfiguration.asOfWave(stepExecution.getJobParameters()));
  }
}
