package org.habittrends.report;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Builds a leader's model and renders it to a temporary file next to its final name. */
class ReportRenderingProcessor implements ItemProcessor<String, RenderedReport> {

  private final LeaderReportQueries queries;
  private final ReportFolder folder;
  private final LeaderReportRenderer renderer;
  private final int asOf;

  ReportRenderingProcessor(
      LeaderReportQueries queries, ReportFolder folder, LeaderReportRenderer renderer, int asOf) {
    this.queries = queries;
    this.folder = folder;
    this.renderer = renderer;
    this.asOf = asOf;
  }

  @Override
  public RenderedReport process(String leaderId) throws IOException {
    return render(queries.load(leaderId, asOf), folder, renderer);
  }

  /** Renders to the temporary file; on failure removes it, so nothing half-written remains. */
  static RenderedReport render(
      LeaderReport report, ReportFolder folder, LeaderReportRenderer renderer) throws IOException {
    Path target = folder.target(report.leaderId(), report.leaderName());
    Path temporary = folder.writeTemporary(target, out -> renderer.render(report, out));
    return new RenderedReport(report.leaderId(), report.leaderName(), temporary, target);
  }
}
