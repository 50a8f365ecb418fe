package org.habittrends.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes the cohort report once every leader partition has completed: it is the partitions'
 * aggregate, so it runs inside the report step (a failure here fails the step, and a restart writes
 * it again). A full run also writes the cohort report as of the wave before the latest, to
 * reports/progress/wave-k/cohort/, so coaches always have a mid-programme comparison.
 */
class CohortReportWriter implements StepExecutionAggregator {

  private static final Logger log = LoggerFactory.getLogger(CohortReportWriter.class);

  private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();
  private final CohortReportQueries queries;
  private final CohortReportRenderer renderer;
  private final Path reports;

  CohortReportWriter(CohortReportQueries queries, CohortReportRenderer renderer, Path reports) {
    this.queries = queries;
    this.renderer = renderer;
    this.reports = reports;
  }

  @Override
  public void aggregate(StepExecution result, Collection<StepExecution> partitions) {
    counts.aggregate(result, partitions);
    if (partitions.stream().anyMatch(p -> p.getStatus() != BatchStatus.COMPLETED)) {
      return;
    }
    int asOf = ReportStepConfiguration.asOfWave(result.getJobParameters());
    try {
      write(queries.load(asOf), ReportFolder.of(reports, asOf).cohort());
      if (asOf == LeaderReportQueries.ALL_WAVES) {
        Integer previous = queries.waveBeforeLatest();
        if (previous != null) {
          write(queries.load(previous), ReportFolder.of(reports, previous).cohort());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(CohortReport report, ReportFolder folder) throws IOException {
    Path target = folder.cohortTarget();
    Path temporary = folder.writeTemporary(target, out -> renderer.render(report, out));
    folder.publish(temporary, target);
    log.info("Cohort report written: {} ({} bytes)", target, Files.size(target));
  }
}
