package org.habittrends.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.habittrends.incremental.IncrementalConfiguration;
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
 * reports/progress/wave-k/cohort/, so coaches always have a mid-programme comparison. A cohort
 * report whose fingerprint and file are unchanged is not written again (unless the job asks for
 * all); the number written goes into the step's context as {@link
 * ReportStepConfiguration#COHORT_REPORTS_WRITTEN}.
 */
class CohortReportWriter implements StepExecutionAggregator {

  private static final Logger log = LoggerFactory.getLogger(CohortReportWriter.class);

  private static final String KEY = "cohort";

  private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();
  private final CohortReportQueries queries;
  private final CohortReportRenderer renderer;
  private final Path reports;
  private final ReportFingerprints fingerprints;

  CohortReportWriter(
      CohortReportQueries queries,
      CohortReportRenderer renderer,
      Path reports,
      ReportFingerprints fingerprints) {
    this.queries = queries;
    this.renderer = renderer;
    this.reports = reports;
    this.fingerprints = fingerprints;
  }

  @Override
  public void aggregate(StepExecution result, Collection<StepExecution> partitions) {
    counts.aggregate(result, partitions);
    if (partitions.stream().anyMatch(p -> p.getStatus() != BatchStatus.COMPLETED)) {
      return;
    }
    int asOf = ReportStepConfiguration.asOfWave(result.getJobParameters());
    boolean all = IncrementalConfiguration.all(result.getJobParameters());
    int written = 0;
    Map<String, String> inputs = fingerprints.allInputs();
    try {
      written += write(asOf, all, inputs);
      if (asOf == LeaderReportQueries.ALL_WAVES) {
        Integer previous = queries.waveBeforeLatest();
        if (previous != null) {
          written += write(previous, all, inputs);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    result.getExecutionContext().putInt(ReportStepConfiguration.COHORT_REPORTS_WRITTEN, written);
  }

  /** Writes the cohort report as of {@code asOf} unless it is up to date; returns 1 if written. */
  private int write(int asOf, boolean all, Map<String, String> inputs) throws IOException {
    ReportFolder folder = ReportFolder.of(reports, asOf).cohort();
    Path target = folder.cohortTarget();
    String fingerprint = fingerprints.cohort(inputs, asOf);
    int wave = ReportFingerprints.ledgerWave(asOf);
    if (!all && fingerprints.ledger().upToDate(KEY, wave, fingerprint)) {
      log.info("Cohort report unchanged: {}", target);
      return 0;
    }
    CohortReport report = queries.load(asOf);
    Path temporary = folder.writeTemporary(target, out -> renderer.render(report, out));
    folder.publish(temporary, target);
    fingerprints.ledger().record(KEY, wave, target, fingerprint);
    log.info("Cohort report written: {} ({} bytes)", target, Files.size(target));
    return 1;
  }
}
