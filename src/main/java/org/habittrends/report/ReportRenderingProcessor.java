package org.habittrends.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Builds a leader's model and renders it to a temporary file next to its final name; a leader whose
 * report is up to date (same input fingerprint, file still the one written) is filtered out, so an
 * unchanged report is never touched. One instance per partition (step scope).
 */
class ReportRenderingProcessor implements ItemProcessor<String, RenderedReport> {

  private final LeaderReportQueries queries;
  private final ReportFolder folder;
  private final LeaderReportRenderer renderer;
  private final int asOf;
  private final Incremental incremental;
  private Map<String, String> fingerprints;

  /**
   * Which leaders' reports may be kept: this partition's range and whether the job asks for all.
   */
  record Incremental(ReportFingerprints fingerprints, String first, String last, boolean all) {}

  ReportRenderingProcessor(
      LeaderReportQueries queries,
      ReportFolder folder,
      LeaderReportRenderer renderer,
      int asOf,
      Incremental incremental) {
    this.queries = queries;
    this.folder = folder;
    this.renderer = renderer;
    this.asOf = asOf;
    this.incremental = incremental;
  }

  @Override
  public RenderedReport process(String leaderId) throws IOException {
    if (fingerprints == null) {
      fingerprints =
          incremental.fingerprints().leaders(incremental.first(), incremental.last(), asOf);
    }
    String fingerprint = fingerprints.get(leaderId);
    int wave = ReportFingerprints.ledgerWave(asOf);
    if (!incremental.all()
        && fingerprint != null
        && incremental.fingerprints().ledger().upToDate(leaderId, wave, fingerprint)) {
      return null;
    }
    return render(queries.load(leaderId, asOf), folder, renderer)
        .withFingerprint(fingerprint, wave);
  }

  /** Renders to the temporary file; on failure removes it, so nothing half-written remains. */
  static RenderedReport render(
      LeaderReport report, ReportFolder folder, LeaderReportRenderer renderer) throws IOException {
    Path target = folder.target(report.leaderId(), report.leaderName());
    Path temporary = folder.writeTemporary(target, out -> renderer.render(report, out));
    return new RenderedReport(report.leaderId(), report.leaderName(), temporary, target, null, 0);
  }
}
