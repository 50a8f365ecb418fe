package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flywaydb.core.Flyway;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.habittrends.domain.Workspace;
import org.habittrends.report.pdf.PdfCohortReportRenderer;
import org.habittrends.report.pdf.PdfLeaderReportRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Runs the real step against H2 with the real migrations and a hand-filled result table. */
@SpringJUnitConfig(ReportStepTest.Context.class)
class ReportStepTest {

  static final Path WORKSPACE = createWorkspace();

  @Autowired JobRepository jobRepository;
  @Autowired JobOperator jobOperator;
  @Autowired JdbcTemplate jdbc;
  @Autowired Workspace workspace;
  @Autowired Programme programme;

  @Autowired
  @Qualifier(ReportStepConfiguration.STEP_NAME)
  Step reportStep;

  @Test
  void writesOneReportPerLeaderTheCohortReportAndAProgressCohortReport() throws Exception {
    fillOnce();
    Files.createDirectories(workspace.reports());
    Files.writeString(workspace.reports().resolve(".L01-zoe-orsted.pdf.tmp"), "left by a crash");

    JobExecution run = jobOperator.start(job("reportTest"), new JobParameters());

    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(files(workspace.reports()))
        .as("reports/ holds exactly one PDF per leader")
        .containsExactly("L01-zoe-orsted.pdf", "L02-nguyen-thi-mai.pdf");
    assertThat(files(workspace.reports().resolve("cohort"))).containsExactly("cohort-report.pdf");
    assertThat(run.getStepExecutions())
        .filteredOn(s -> s.getStepName().equals(ReportStepConfiguration.STEP_NAME))
        .singleElement()
        .satisfies(s -> assertThat(s.getWriteCount()).as("leader reports").isEqualTo(2));
    assertThat(files(workspace.reports().resolve("progress/wave-0/cohort")))
        .as("the cohort as of the wave before the latest")
        .containsExactly("cohort-report.pdf");
    String zoe = text(workspace.reports().resolve("L01-zoe-orsted.pdf"));
    assertThat(zoe)
        .contains("Zoë Ørsted", "Łukasz Wąsik", "Nordlys Leadership 2026")
        .contains("Listen to the end before I answer", "Habit: Not listening")
        .contains("Failing to give proper recognition")
        .contains("Baseline", "Wave 1", "+1.9", "no ratings", "Improving (significant)")
        .contains("Wave 1, 30 April 2026")
        .contains("Direct reports", "fewer than 3 responses")
        .doesNotContain("Peers  (n", "+2.4")
        .contains("Say thank you in the meeting, not afterwards.")
        .doesNotContain("anna.berg@nordlys.example", "Anna Berg");
    assertThat(text(workspace.reports().resolve("L02-nguyen-thi-mai.pdf")))
        .contains("Nguyễn Thị Mai", "no ratings yet", "Fewer than 3 stakeholders wrote");
    String cohort = text(workspace.reports().resolve("cohort/cohort-report.pdf"));
    assertThat(cohort)
        .contains("COHORT REPORT", "Not listening", "Zoë Ørsted", "Nguyễn Thị Mai")
        .contains("Consistent follow-up", "wave-1.xlsx", "Rows rejected", "75 %");
    assertThat(cohort.indexOf("Zoë Ørsted"))
        .as("improving leaders come before those without data")
        .isLessThan(cohort.indexOf("Nguyễn Thị Mai"));
  }

  @Test
  void progressReportsUseOnlyTheWavesUpToTheGivenOneAndGoToTheirOwnFolder() throws Exception {
    fillOnce();
    JobExecution run =
        jobOperator.start(
            job("progressTest"),
            new JobParametersBuilder()
                .addLong(ReportStepConfiguration.AS_OF_WAVE, 0L)
                .toJobParameters());

    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    Path progress = workspace.reports().resolve("progress/wave-0");
    assertThat(files(progress)).containsExactly("L01-zoe-orsted.pdf", "L02-nguyen-thi-mai.pdf");
    assertThat(files(progress.resolve("cohort"))).containsExactly("cohort-report.pdf");
    assertThat(text(progress.resolve("cohort/cohort-report.pdf")))
        .contains("COHORT PROGRESS REPORT AS OF WAVE 0");
    String zoe = text(progress.resolve("L01-zoe-orsted.pdf"));
    assertThat(zoe)
        .contains("PROGRESS REPORT AS OF WAVE 0", "Baseline", "+0.3")
        .doesNotContain("+1.9", "April 2026");
  }

  @Test
  void aGermanProgrammeGetsGermanHabitTitlesAndTheLeadersOwnWordingAsWritten() {
    fillOnce();
    Programme german =
        new Programme(
            programme.id(),
            programme.name(),
            programme.sponsor(),
            programme.start(),
            programme.end(),
            programme.waves(),
            programme.anonymity(),
            Locale.GERMAN);
    LeaderReportQueries leaders = new LeaderReportQueries(jdbc, german);

    LeaderReport zoe = leaders.load("L01");
    assertThat(zoe.goals())
        .extracting(LeaderReport.GoalSection::title, LeaderReport.GoalSection::habit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Listen to the end before I answer", "Nicht zuhören"),
            org.assertj.core.groups.Tuple.tuple(
                "Keine angemessene Anerkennung geben", "Keine angemessene Anerkennung geben"));
    CohortReport cohort =
        new CohortReportQueries(jdbc, leaders).load(LeaderReportQueries.ALL_WAVES);
    assertThat(cohort.habits())
        .extracting(CohortReport.HabitSummary::title)
        .contains("Nicht zuhören");
    assertThat(cohort.leaders())
        .extracting(CohortReport.LeaderLine::goal)
        .contains("Listen to the end before I answer", "Die Verantwortung abschieben");
    assertThat(new LeaderReportQueries(jdbc, programme).load("L01").goals())
        .extracting(LeaderReport.GoalSection::habit)
        .containsExactly("Not listening", "Failing to give proper recognition");
  }

  @Test
  void theAsOfWaveParameterHasTheJobsName() {
    assertThat(ReportStepConfiguration.AS_OF_WAVE)
        .isEqualTo(org.habittrends.job.JobNames.AS_OF_WAVE);
  }

  private org.springframework.batch.core.job.Job job(String name) {
    return new JobBuilder(name, jobRepository).start(reportStep).build();
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static boolean filled;

  private synchronized void fillOnce() {
    if (!filled) {
      fill();
      filled = true;
    }
  }

  private void fill() {
    jdbc.update(
        "insert into programme (id, name, sponsor) values ('P1', 'Nordlys Leadership 2026', 'HR')");
    jdbc.update(
        "insert into wave (programme_id, wave_no, label) values ('P1', 0, 'Baseline'), ('P1', 1,"
            + " 'Wave 1')");
    jdbc.update(
        "insert into leader (programme_id, leader_id, name, coach) values ('P1', 'L01', 'Zoë"
            + " Ørsted', 'Łukasz Wąsik'), ('P1', 'L02', 'Nguyễn Thị Mai', null)");
    jdbc.update(
        "insert into goal (programme_id, leader_id, goal_no, habit_code, wording) values"
            + " ('P1', 'L01', 1, 'NOT_LISTENING', 'Listen to the end before I answer'),"
            + " ('P1', 'L01', 2, 'FAILING_TO_GIVE_PROPER_RECOGNITION', null),"
            + " ('P1', 'L02', 1, 'PASSING_THE_BUCK', '')");
    jdbc.update(
        "insert into wave_result (programme_id, leader_id, goal_no, wave_no, n, invited, mean,"
            + " sd, ci_low, ci_high, improved, unchanged, worse, dist_m1, dist_0, dist_p1,"
            + " dist_p2, dist_p3) values"
            + " ('P1', 'L01', 1, 0, 7, 8, 0.3, 0.9, -0.5, 1.1, 3, 2, 2, 2, 2, 3, 0, 0),"
            + " ('P1', 'L01', 1, 1, 8, 8, 1.875, 0.8, 1.2, 2.55, 7, 1, 0, 0, 1, 1, 4, 2),"
            + " ('P1', 'L01', 2, 1, 0, 8, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0),"
            + " ('P1', 'L02', 1, 0, 0, 6, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0)");
    jdbc.update(
        "insert into trend_result (programme_id, leader_id, goal_no, waves, n, slope, slope_se,"
            + " slope_p, verdict) values ('P1', 'L01', 1, 2, 15, 1.5, 0.4, 0.002,"
            + " 'IMPROVING_SIGNIFICANT')");
    // The peers' figures exist in the table but are not shown: they must appear nowhere.
    jdbc.update(
        "insert into group_result (programme_id, leader_id, goal_no, wave_no, relationship,"
            + " shown, suppression, n, mean) values"
            + " ('P1', 'L01', 1, 1, 'DIRECT_REPORT', true, null, 6, 1.7),"
            + " ('P1', 'L01', 1, 1, 'PEER', false, 'BELOW_K', 2, 2.4)");
    jdbc.update(
        "insert into stakeholder (programme_id, leader_id, stakeholder_key, email, relationship)"
            + " values ('P1', 'L01', 'S1', 'anna.berg@nordlys.example', 'PEER'),"
            + " ('P1', 'L01', 'S2', null, 'PEER'), ('P1', 'L01', 'S3', null, 'DIRECT_REPORT'),"
            + " ('P1', 'L02', 'S4', null, 'PEER')");
    jdbc.update(
        "insert into survey_response (programme_id, leader_id, stakeholder_key, wave_no,"
            + " follow_up, feedforward) values"
            + " ('P1', 'L01', 'S1', 1, 'CONSISTENT', 'Anna Berg here: keep the weekly check-in."
            + " Mail me at anna.berg@nordlys.example'),"
            + " ('P1', 'L01', 'S2', 1, 'NONE', 'Say thank you in the meeting, not afterwards.'),"
            + " ('P1', 'L01', 'S3', 1, 'SOME', 'Ask the quiet ones first.'),"
            + " ('P1', 'L02', 'S4', 0, null, 'Only one comment: never shown.')");
    jdbc.update(
        "insert into cohort_habit_result (programme_id, habit_code, wave_no, leaders, n, mean)"
            + " values ('P1', 'NOT_LISTENING', 0, 1, 7, 0.3), ('P1', 'NOT_LISTENING', 1, 1, 8,"
            + " 1.875)");
    jdbc.update(
        "insert into cohort_followup_result (programme_id, follow_up, n, mean, dist_0, dist_p1,"
            + " dist_p2, dist_p3) values ('P1', 'CONSISTENT', 4, 2.25, 0, 0, 3, 1),"
            + " ('P1', 'NONE', 2, 0.5, 1, 1, 0, 0)");
    jdbc.update(
        "insert into cohort_wave_result (programme_id, wave_no, invited, responded,"
            + " response_rate) values ('P1', 0, 14, 7, 0.5), ('P1', 1, 8, 6, 0.75)");
    jdbc.update(
        "insert into imported_file (programme_id, file_name, sha256, status, rows_read,"
            + " rows_imported, rows_rejected, imported_at) values ('P1', 'wave-1.xlsx', '"
            + "a".repeat(64)
            + "', 'IMPORTED', 10, 9, 1, timestamp '2026-05-01 10:00:00')");
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private static Path createWorkspace() {
    try {
      return Files.createTempDirectory("report-step");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Configuration
  @EnableBatchProcessing
  @EnableJdbcJobRepository
  @Import({
    ReportStepConfiguration.class,
    PdfLeaderReportRenderer.class,
    PdfCohortReportRenderer.class
  })
  static class Context {

    @Bean
    DataSource dataSource() {
      DriverManagerDataSource dataSource =
          new DriverManagerDataSource(
              "jdbc:h2:mem:report-step;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
              "sa",
              "");
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration", "classpath:db/vendor/h2")
          .load()
          .migrate();
      return dataSource;
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
      return new JdbcTransactionManager(dataSource);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
      return new JdbcTemplate(dataSource);
    }

    @Bean
    Workspace workspace() {
      return new Workspace(WORKSPACE);
    }

    @Bean
    Programme programme() {
      return new Programme(
          "P1",
          "Nordlys Leadership 2026",
          "HR",
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 12, 31),
          List.of(
              new Wave(0, "Baseline", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
              new Wave(1, "Wave 1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))),
          Anonymity.DEFAULT,
          Locale.ENGLISH);
    }
  }
}
