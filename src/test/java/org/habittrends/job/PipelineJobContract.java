package org.habittrends.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole pipeline over sample-data/, run as the {@code runJob}: the same assertions for every
 * database the project supports. Subclasses choose the database.
 */
abstract class PipelineJobContract {

  /**
   * Data rows in sample-data/inbox/ (generator seed 2026): the five exports hold 364 answer rows
   * (late-corrections.xlsx repeats 30 wave-2 answers), of which 9 must be rejected (7 deliberate
   * errors in late-corrections.xlsx, 2 superseded or unfinished rows in the Qualtrics export).
   */
  private static final long SAMPLE_DATA_ROWS = 364;

  private static final long SAMPLE_REJECTED_ROWS = 9;

  @Autowired JobOperatorTestUtils jobs;
  @Autowired JdbcTemplate jdbc;
  @Autowired Workspace workspace;

  @Autowired
  @Qualifier(JobNames.RUN)
  Job runJob;

  @Test
  void importsAnalysesAndReportsTheSampleProgramme() throws Exception {
    long exports;
    try (Stream<Path> files = Files.list(workspace.inbox())) {
      exports = files.count();
    }
    jobs.setJob(runJob);

    JobExecution execution =
        jobs.startJob(
            new JobParametersBuilder()
                .addString(JobNames.WORKSPACE, workspace.root().toString())
                .addString(JobNames.REQUESTED_AT, "first")
                .toJobParameters());

    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(count("leader")).isEqualTo(12);
    assertThat(count("goal")).isBetween(12L, 24L);
    // every export file is logged, and each of its data rows imported or rejected with a reason
    assertThat(count("imported_file")).isEqualTo(exports);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from imported_file"
                    + " where rows_read <> rows_imported + rows_rejected",
                Long.class))
        .isZero();
    long imported = sum("rows_imported");
    long rejects = count("reject");
    assertThat(sum("rows_rejected")).isEqualTo(rejects);
    assertThat(imported + rejects).isEqualTo(SAMPLE_DATA_ROWS);
    assertThat(rejects).isEqualTo(SAMPLE_REJECTED_ROWS);
    long responses = count("survey_response");
    assertThat(responses).isPositive().isLessThanOrEqualTo(imported);
    assertThat(count("rating")).isGreaterThanOrEqualTo(responses);
    assertThat(jdbc.queryForObject("select count(*) from rating where rating is null", Long.class))
        .as("N/A answers stored as missing ratings")
        .isPositive();
    // one result per goal, and per leader for the overall-effectiveness question (goal 0)
    long overall =
        jdbc.queryForObject(
            "select count(distinct leader_id) from rating where goal_no = 0", Long.class);
    assertThat(overall).as("sample-data asks the overall question").isEqualTo(12);
    assertThat(count("trend_result")).isEqualTo(count("goal") + overall);
    assertThat(count("wave_result")).isEqualTo((count("goal") + overall) * 4);
    try (Stream<Path> inbox = Files.list(workspace.inbox())) {
      assertThat(inbox).as("inbox emptied").isEmpty();
    }
    assertEveryLeaderHasAReportNamingThemAndTheirGoals();
  }

  private void assertEveryLeaderHasAReportNamingThemAndTheirGoals() throws IOException {
    List<Map<String, Object>> leaders = jdbc.queryForList("select leader_id, name from leader");
    List<Path> reports;
    try (Stream<Path> files = Files.list(workspace.reports())) {
      reports = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertThat(reports).hasSize(leaders.size());
    for (Map<String, Object> leader : leaders) {
      String id = (String) leader.get("leader_id");
      Path pdf =
          reports.stream()
              .filter(p -> p.getFileName().toString().startsWith(id + "-"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no report for " + id));
      String text = normalise(textOf(pdf));
      assertThat(text).contains(normalise((String) leader.get("name")));
      List<Goal> goals =
          jdbc.query(
              "select goal_no, habit_code, wording from goal where leader_id = ?",
              (rs, i) -> new Goal(rs.getInt(1), rs.getString(2), rs.getString(3)),
              id);
      for (Goal goal : goals) {
        assertThat(text).contains(normalise(goal.title()));
      }
    }
  }

  private long sum(String column) {
    return jdbc.queryForObject("select sum(" + column + ") from imported_file", Long.class);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private static String textOf(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Text extraction breaks lines and may decompose accents; compare on collapsed whitespace. */
  private static String normalise(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
        .replaceAll("\\s+", " ");
  }
}
