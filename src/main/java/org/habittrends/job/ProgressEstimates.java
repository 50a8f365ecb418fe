package org.habittrends.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.habittrends.delivery.DeliveryStepConfiguration;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.ImportStepConfiguration;
import org.habittrends.report.ReportStepConfiguration;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The totals that progress is measured against, estimated when a step is first seen running: import
 * counts files (one transaction each: files done = commits; total = done + files still in inbox/),
 * report and deliver count leaders in the roster (leaders done = reports written plus skipped;
 * deliveries done = commits).
 */
@Component
class ProgressEstimates {

  private final Workspace workspace;
  private final Programme programme;
  private final JdbcTemplate jdbc;

  ProgressEstimates(Workspace workspace, Programme programme, JdbcTemplate jdbc) {
    this.workspace = workspace;
    this.programme = programme;
    this.jdbc = jdbc;
  }

  List<ProgressEstimate> all() {
    return List.of(
        new ProgressEstimate(
            ImportStepConfiguration.STEP_NAME,
            "files",
            StepExecution::getCommitCount,
            step -> step.getCommitCount() + filesIn(workspace.inbox())),
        new ProgressEstimate(
            ReportStepConfiguration.STEP_NAME,
            "leaders",
            step -> step.getWriteCount() + step.getSkipCount() + step.getFilterCount(),
            step -> leaders()),
        new ProgressEstimate(
            DeliveryStepConfiguration.STEP_NAME,
            "leaders",
            StepExecution::getCommitCount,
            step -> leaders()));
  }

  private long leaders() {
    Long count =
        jdbc.queryForObject(
            "select count(*) from leader where programme_id = ?", Long.class, programme.id());
    return count == null ? 0 : count;
  }

  private static long filesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .count();
    } catch (IOException e) {
      return 0;
    }
  }
}
