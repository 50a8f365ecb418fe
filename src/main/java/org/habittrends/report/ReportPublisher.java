package org.habittrends.report;

import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Moves rendered reports to their final names; logs each report and a summary. */
class ReportPublisher implements ItemWriter<RenderedReport>, StepExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(ReportPublisher.class);

  private final ReportFolder folder;

  ReportPublisher(ReportFolder folder) {
    this.folder = folder;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    int removed = folder.removeLeftovers();
    if (removed > 0) {
      log.info(
          "Removed {} unfinished report file(s) left in {} by an earlier run",
          removed,
          folder.folder());
    }
  }

  @Override
  public void write(Chunk<? extends RenderedReport> reports) throws IOException {
    try {
      for (RenderedReport report : reports) {
        folder.publish(report.temporary(), report.target());
        log.info(
            "Report for {} ({}) written: {} ({} bytes)",
            report.leaderId(),
            report.leaderName(),
            report.target().getFileName(),
            Files.size(report.target()));
      }
    } finally {
      // A failed chunk is rendered again on restart; its temporary files must not linger.
      for (RenderedReport report : reports) {
        Files.deleteIfExists(report.temporary());
      }
    }
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    log.info(
        "Report step {}: {} leader report(s) written to {}",
        stepExecution.getStatus(),
        stepExecution.getWriteCount(),
        folder.folder());
    return null;
  }
}
