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
import org.habittrends.report.pdf.PdfLeaderReportRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
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

  @Autowired
  @Qualifier(ReportStepConfiguration.STEP_NAME)
  Step reportStep;

  @Test
  void writesOneReportPerLeaderAndNothingElse() throws Exception {
    fill();
    Files.createDirectories(workspace.reports());
    Files.writeString(workspace.reports().resolve(".L01-zoe-orsted.pdf.tmp"), "left by a crash");

    JobExecution run =
        jobOperator.start(
            new JobBuilder("reportTest", jobRepository).start(reportStep).build(),
            new JobParameters());

    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(files()).containsExactly("L01-zoe-orsted.pdf", "L02-nguyen-thi-mai.pdf");
    try (PDDocument pdf =
        Loader.loadPDF(workspace.reports().resolve("L01-zoe-orsted.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(pdf.getNumberOfPages()).isEqualTo(3);
      assertThat(text)
          .contains("Zoë Ørsted", "Łukasz Wąsik", "Nordlys Leadership 2026")
          .contains("Listen to the end before I answer", "Habit: Not listening")
          .contains("Failing to give proper recognition")
          .contains("Baseline", "Wave 1", "+1.9", "no ratings", "Improving (significant)")
          .contains("Wave 1, 30 April 2026");
    }
    try (PDDocument pdf =
        Loader.loadPDF(workspace.reports().resolve("L02-nguyen-thi-mai.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      assertThat(new PDFTextStripper().getText(pdf)).contains("Nguyễn Thị Mai", "no ratings yet");
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
            + " sd, ci_low, ci_high, improved, unchanged, worse) values"
            + " ('P1', 'L01', 1, 0, 7, 8, 0.3, 0.9, -0.5, 1.1, 3, 2, 2),"
            + " ('P1', 'L01', 1, 1, 8, 8, 1.875, 0.8, 1.2, 2.55, 7, 1, 0),"
            + " ('P1', 'L01', 2, 1, 0, 8, null, null, null, null, 0, 0, 0),"
            + " ('P1', 'L02', 1, 0, 0, 6, null, null, null, null, 0, 0, 0)");
    jdbc.update(
        "insert into trend_result (programme_id, leader_id, goal_no, waves, n, slope, slope_se,"
            + " slope_p, verdict) values ('P1', 'L01', 1, 2, 15, 1.5, 0.4, 0.002,"
            + " 'IMPROVING_SIGNIFICANT')");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(workspace.reports())) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
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
  @Import({ReportStepConfiguration.class, PdfLeaderReportRenderer.class})
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
