package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.habittrends.analysis.AnalysisStepConfiguration;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.habittrends.domain.Workspace;
import org.habittrends.report.pdf.PdfCohortReportRenderer;
import org.habittrends.report.pdf.PdfLeaderReportRenderer;
import org.habittrends.report.workbook.TrendsWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
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

/**
 * One rule for small numbers, end to end: ratings in, the real analyse and report steps, every
 * output read back. Ada's goal has 5 ratings in March, 1 in May and 2 in July (k = 3); nothing
 * computed from the May or July ratings may appear anywhere, not even pooled with Mary's, who chose
 * the same habit, and "fewer than 3 responses" stands in their place.
 */
@SpringJUnitConfig(SmallNumbersTest.Context.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallNumbersTest {

  private static final String FEWER = "fewer than 3 responses";
  private static final Path WORKSPACE = temporaryFolder();

  /** Ada's July ratings (+3, +2) and what any output would print from them. */
  private static final double JULY_MEAN = 2.5;

  private static final double JULY_SD = Math.sqrt(0.5);
  private static final double JULY_HALF_WIDTH =
      new TDistribution(null, 1).inverseCumulativeProbability(0.975) * JULY_SD / Math.sqrt(2);
  private static final double JULY_P =
      2
          * (1
              - new TDistribution(null, 1)
                  .cumulativeProbability(JULY_MEAN / (JULY_SD / Math.sqrt(2))));

  @Autowired JobRepository jobRepository;
  @Autowired JobOperator jobOperator;
  @Autowired JdbcTemplate jdbc;
  @Autowired Workspace workspace;

  @Autowired
  @Qualifier(AnalysisStepConfiguration.STEP_NAME)
  Step analyseStep;

  @Autowired
  @Qualifier(ReportStepConfiguration.STEP_NAME)
  Step reportStep;

  @BeforeAll
  void analyseAndReport() throws Exception {
    fill();
    var full =
        jobOperator.start(
            new JobBuilder("smallNumbers", jobRepository)
                .start(analyseStep)
                .next(reportStep)
                .build(),
            new JobParameters());
    assertThat(full.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    var progress =
        jobOperator.start(
            new JobBuilder("smallNumbersProgress", jobRepository).start(reportStep).build(),
            new JobParametersBuilder()
                .addLong(ReportStepConfiguration.AS_OF_WAVE, 2L)
                .toJobParameters());
    assertThat(progress.getStatus()).isEqualTo(BatchStatus.COMPLETED);
  }

  /** What the leader and cohort PDFs would print from Ada's May (−2) and July (+3, +2) ratings. */
  private static List<String> figuresOfTheFewRatings() {
    return List.of(
        "+2.5", // July mean (leader table, summary, headline, cohort latest mean and follow-up)
        signed(JULY_MEAN - JULY_HALF_WIDTH), // July interval
        signed(JULY_MEAN + JULY_HALF_WIDTH),
        String.format(Locale.ROOT, "p = %.3f", JULY_P), // the final wave's t-test
        "n = 2",
        "2 of 2", // "2 of 2 stakeholders see improvement"
        "2 / 0 / 0", // improved / unchanged / worse
        "50%", // July's spread bar: +3 and +2 half each
        "\u22122.0", // May mean
        "n = 1",
        "1 of 1",
        "0 / 0 / 1",
        "100%", // May's spread bar: all at −2
        "+1.4"); // July's Not listening pooled with Mary's 3 ratings: (3 + 2 + 1 + 0 + 1) / 5
  }

  @Test
  void theLeaderReportWithholdsEveryFigureOfTheWavesWithFewRatings() throws IOException {
    String ada = text(workspace.reports().resolve("L1-ada-lovelace.pdf"));

    assertThat(ada).doesNotContain(figuresOfTheFewRatings());
    assertThat(occurrences(ada, FEWER))
        .as("summary, headline, table rows, chart labels and spread bars of May and July")
        .isGreaterThanOrEqualTo(8);
    assertThat(ada)
        .as("the slope is a weighted difference of wave means: it would give May and July away")
        .doesNotContain("ratings changed by")
        .contains("The change per wave is not shown");
    assertThat(ada)
        .as("March has 5 ratings and is shown; July's response rate counts responses")
        .contains("+0.6", "n = 5", "4 / 6 (67 %)", "2 / 6 (33 %)");
    assertThat(ada)
        .as("a verdict from the 2 July ratings would be a figure of them too")
        .contains("Not enough data", "A verdict needs at least 3 ratings in the latest wave");
  }

  @Test
  void theCohortReportWithholdsTheLatestMeanHabitAndFollowUpOfFewRatings() throws IOException {
    String cohort = text(workspace.reports().resolve("cohort/cohort-report.pdf"));

    assertThat(cohort).doesNotContain(figuresOfTheFewRatings());
    assertThat(cohort)
        .as("habit cells of May and July, Ada's latest mean, the follow-up level of July")
        .contains(
            "Not listening +0.6 (n 5, 1 leader) " + FEWER + " withheld to protect a smaller group")
        .as("Ada's verdict rests on her 2 July ratings: withheld as well")
        .contains("Listen to the end \u25CB Not enough data " + FEWER)
        .contains("Consistent follow-up " + FEWER);
    assertThat(cohort).as("Grace's July, 3 ratings, is shown").contains("+1.7 (n 3, 1 leader)");
  }

  @Test
  void progressReportsAsOfMayWithholdTheLoneMayRating() throws IOException {
    Path progress = workspace.reports().resolve("progress/wave-2");
    String ada = text(progress.resolve("L1-ada-lovelace.pdf"));
    String cohort = text(progress.resolve("cohort/cohort-report.pdf"));

    for (String report : List.of(ada, cohort)) {
      assertThat(report).doesNotContain(figuresOfTheFewRatings()).contains(FEWER);
    }
    assertThat(ada).contains("PROGRESS REPORT AS OF WAVE 2", "+0.6");
  }

  @Test
  void theWorkbookHoldsNoFigureOfTheFewRatings() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(Files.newInputStream(workspace.reports().resolve("trends.xlsx")))) {
      List<Double> forbidden =
          List.of(
              JULY_MEAN,
              JULY_SD,
              JULY_MEAN - JULY_HALF_WIDTH,
              JULY_MEAN + JULY_HALF_WIDTH,
              JULY_P,
              -2.0,
              1.4);
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC) {
              double value = cell.getNumericCellValue();
              assertThat(forbidden)
                  .as("%s!%s", sheet.getSheetName(), cell.getAddress())
                  .noneMatch(f -> Math.abs(f - value) < 1e-9);
            }
          }
        }
      }
      Sheet waves = workbook.getSheet("Waves");
      for (int wave : new int[] {2, 3}) {
        List<String> cells = row(waves, "L1", 1, wave);
        assertThat(cells.subList(8, 24)).as("Ada, wave %d", wave).containsOnly(FEWER);
      }
      assertThat(row(waves, "L1", 1, 1).get(8)).isEqualTo("5.0");
      List<String> trend = row(workbook.getSheet("Trends"), "L1", 1, -1);
      assertThat(trend.subList(5, 12))
          .as("Ada's n and slope")
          .containsOnly("withheld so that a wave with " + FEWER + " cannot be worked out");
      assertThat(trend.subList(13, 17)).as("Ada's final wave, July").containsOnly(FEWER);
      List<String> pooled = row(workbook.getSheet("Cohort habits"), "NOT_LISTENING", 3);
      assertThat(pooled.subList(5, 10))
          .as("Not listening in July: Ada's 2 ratings and Mary's 3")
          .containsOnly("withheld so that a wave with " + FEWER + " cannot be worked out");
    }
  }

  /** The cohort habit row of a habit in a wave. */
  private static List<String> row(Sheet sheet, String habit, int wave) {
    for (Row row : sheet) {
      List<String> cells = texts(row);
      if (cells.get(0).equals(habit) && cells.get(2).equals(wave + ".0")) {
        return cells;
      }
    }
    throw new AssertionError("no row for " + habit + " wave " + wave);
  }

  /** The row of a leader's goal, in one wave (or the first, for a wave below 0). */
  private static List<String> row(Sheet sheet, String leader, int goal, int wave) {
    for (Row row : sheet) {
      List<String> cells = texts(row);
      if (cells.get(0).equals(leader)
          && cells.get(2).equals(goal + ".0")
          && (wave < 0 || cells.get(4).equals(wave + ".0"))) {
        return cells;
      }
    }
    throw new AssertionError("no row for " + leader + " goal " + goal + " wave " + wave);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      texts.add(
          cell == null
              ? ""
              : cell.getCellType() == CellType.STRING
                  ? cell.getStringCellValue()
                  : String.valueOf(cell.getNumericCellValue()));
    }
    return texts;
  }

  private static String signed(double value) {
    String digits = String.format(Locale.ROOT, "%.1f", Math.abs(value));
    return (value > 0 ? "+" : "\u2212") + digits;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      // the chart's and bars' labels and the table cells may break lines anywhere
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private void fill() {
    jdbc.update(
        "insert into programme (id, name, sponsor, anonymity_threshold) values"
            + " ('P', 'Small Numbers 2026', 'HR', 3)");
    jdbc.update(
        "insert into wave (programme_id, wave_no, label, closes) values"
            + " ('P', 1, 'March', date '2026-03-31'), ('P', 2, 'May', date '2026-05-31'),"
            + " ('P', 3, 'July', date '2026-07-31')");
    jdbc.update(
        "insert into leader (programme_id, leader_id, name) values"
            + " ('P', 'L1', 'Ada Lovelace'), ('P', 'L2', 'Grace Hopper'),"
            + " ('P', 'L3', 'Mary Somerville')");
    jdbc.update(
        "insert into goal (programme_id, leader_id, goal_no, habit_code, wording) values"
            + " ('P', 'L1', 1, 'NOT_LISTENING', 'Listen to the end'),"
            + " ('P', 'L2', 1, 'PASSING_THE_BUCK', null),"
            + " ('P', 'L3', 1, 'NOT_LISTENING', null)");
    for (int s = 1; s <= 6; s++) {
      stakeholder("L1", "A" + s, s <= 3 ? "DIRECT_REPORT" : "PEER");
    }
    for (int s = 1; s <= 4; s++) {
      stakeholder("L2", "G" + s, "PEER");
    }
    for (int s = 1; s <= 3; s++) {
      stakeholder("L3", "M" + s, "PEER");
    }
    // Ada: March 5 ratings; May 1 rating (and an N/A); July 2 ratings (and two N/A)
    response("L1", "A1", 1, "SOME", 1);
    response("L1", "A2", 1, "SOME", 1);
    response("L1", "A3", 1, "NONE", 0);
    response("L1", "A4", 1, "SOME", 1);
    response("L1", "A5", 1, "NONE", 0);
    response("L1", "A1", 2, "SOME", -2);
    response("L1", "A2", 2, "SOME", null);
    response("L1", "A1", 3, "CONSISTENT", 3);
    response("L1", "A2", 3, "CONSISTENT", 2);
    response("L1", "A3", 3, "NONE", null);
    response("L1", "A4", 3, "NONE", null);
    // Mary shares Ada's habit: 3 ratings in July, shown; pooled with Ada's two they would not be
    response("L3", "M1", 3, "FREQUENT", 1);
    response("L3", "M2", 3, "FREQUENT", 0);
    response("L3", "M3", 3, "FREQUENT", 1);
    // Grace: 3 ratings in every wave, all shown
    int[][] grace = {{2, 1, 1}, {0, 1, 2}, {2, 1, 2}};
    for (int wave = 1; wave <= 3; wave++) {
      for (int s = 0; s < 3; s++) {
        response("L2", "G" + (s + 1), wave, "NONE", grace[wave - 1][s]);
      }
    }
  }

  private void stakeholder(String leader, String key, String relationship) {
    jdbc.update(
        "insert into stakeholder (programme_id, leader_id, stakeholder_key, relationship)"
            + " values ('P', ?, ?, ?)",
        leader,
        key,
        relationship);
  }

  /** A response rating goal 1; a null rating is an N/A answer. */
  private void response(String leader, String key, int wave, String followUp, Integer rating) {
    jdbc.update(
        "insert into survey_response (programme_id, leader_id, stakeholder_key, wave_no,"
            + " follow_up, rated_1, rating_1) values ('P', ?, ?, ?, ?, true, ?)",
        leader,
        key,
        wave,
        followUp,
        rating);
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("small-numbers");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Configuration
  @EnableBatchProcessing
  @EnableJdbcJobRepository
  @Import({
    AnalysisStepConfiguration.class,
    ReportStepConfiguration.class,
    PdfLeaderReportRenderer.class,
    PdfCohortReportRenderer.class
  })
  static class Context {

    @Bean
    DataSource dataSource() {
      DriverManagerDataSource dataSource =
          new DriverManagerDataSource(
              "jdbc:h2:mem:small-numbers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
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
    TrendsWorkbook trendsWorkbook(JdbcTemplate jdbc, Workspace workspace) {
      return new TrendsWorkbook(jdbc, workspace.reports());
    }

    @Bean
    Programme programme() {
      return new Programme(
          "P",
          "Small Numbers 2026",
          "HR",
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 12, 31),
          List.of(
              new Wave(1, "March", null, LocalDate.of(2026, 3, 31)),
              new Wave(2, "May", null, LocalDate.of(2026, 5, 31)),
              new Wave(3, "July", null, LocalDate.of(2026, 7, 31))),
          new Anonymity(3, 3, false),
          Locale.ENGLISH);
    }
  }
}
