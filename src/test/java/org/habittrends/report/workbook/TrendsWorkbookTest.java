package org.habittrends.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The workbook over result rows inserted by hand (the tables are its contract). */
class TrendsWorkbookTest {

  private static final String FEWER = "fewer than 3 responses";

  private JdbcTemplate jdbc;
  private Programme programme;

  @BeforeEach
  void setUp() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:workbook"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(h2);
    programme =
        new Programme(
            "p",
            "=Acme",
            null,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 1),
            List.of(new Wave(1, "March", null, null), new Wave(2, "May", null, null)),
            new Anonymity(3, 3, false),
            Locale.ENGLISH);
    jdbc.update("insert into programme (id, name) values ('p', '=Acme')");
    jdbc.update("insert into leader values ('p', 'L1', '=HYPERLINK(\"x\",\"Ada\")', null, null)");
    jdbc.update("insert into goal values ('p', 'L1', 1, 'NOT_LISTENING', null)");
    jdbc.update(
        "insert into wave_result (programme_id, leader_id, goal_no, wave_no, n, invited,"
            + " response_rate, mean, sd, ci_low, ci_high, improved, unchanged, worse, target_met,"
            + " dist_0, dist_p1, dist_p2) values"
            + " ('p', 'L1', 1, 1, 2, 7, 0.5, 0.5, 0.7, -5.8, 6.8, 1, 1, 0, false, 1, 1, 0),"
            + " ('p', 'L1', 1, 2, 5, 7, 0.8, 1.4, 0.5, 0.8, 2.0, 5, 0, 0, true, 0, 3, 2)");
    jdbc.update(
        "insert into trend_result (programme_id, leader_id, goal_no, waves, n, slope, slope_se,"
            + " slope_p, final_p, verdict, final_wave, final_n, final_mean, final_t, slope_df,"
            + " paired_n, paired_change, paired_ci_low, paired_ci_high) values"
            + " ('p', 'L1', 1, 2, 7, 0.9, 0.3, 0.02, 0.001, 'IMPROVING_SIGNIFICANT', 2, 5, 1.4,"
            + " 6.3, 4, 4, 1.25, 0.5, 2.0),"
            + " ('p', 'L1', 2, 2, 6, 0.1, 0.2, 0.6, 0.3, 'IMPROVING', 2, 3, 0.3, 1.1, 3, 2, 0.5,"
            + " -5.9, 6.9)");
    jdbc.update(
        "insert into group_result (programme_id, leader_id, goal_no, wave_no, relationship,"
            + " shown, suppression, n, mean) values"
            + " ('p', 'L1', 1, 2, 'DIRECT_REPORT', false, 'COMPLEMENTARY', null, null),"
            + " ('p', 'L1', 1, 2, 'PEER', false, 'BELOW_K', null, null),"
            + " ('p', 'L1', 1, 2, 'MANAGER', true, null, 3, 1.0)");
    jdbc.update(
        "insert into cohort_followup_result (programme_id, follow_up, n, mean, dist_0) values"
            + " ('p', 'NONE', 2, 0.0, 2), ('p', 'CONSISTENT', 4, 2.0, 0)");
    jdbc.update("insert into cohort_wave_result values ('p', 1, 10, 4, 0.4)");
  }

  @AfterEach
  void tearDown() {
    jdbc.execute("shutdown");
  }

  @Test
  void hasOneSheetPerLevelAfterTheAboutSheet() throws IOException {
    try (XSSFWorkbook workbook = read(write())) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names)
          .containsExactly(
              "About", "Waves", "Trends", "Groups", "Cohort habits", "Follow-up", "Response rates");
      assertThat(texts(workbook.getSheet("Waves").getRow(0))).startsWith("Leader ID", "Leader");
      for (Sheet sheet : workbook) {
        assertThat(texts(sheet.getRow(0))).noneMatch(header -> header.startsWith("'"));
      }
      // the About sheet documents every column of every data sheet
      assertThat(workbook.getSheet("About").getLastRowNum())
          .isEqualTo(
              2
                  + SheetColumns.WAVES.size()
                  + SheetColumns.TRENDS.size()
                  + SheetColumns.GROUPS.size()
                  + SheetColumns.HABITS.size()
                  + SheetColumns.FOLLOW_UP.size()
                  + SheetColumns.RESPONSE_RATES.size());
    }
  }

  @Test
  void suppressedFiguresReadAsWordsNeverAsNumbers() throws IOException {
    try (XSSFWorkbook workbook = read(write())) {
      Row smallWave = workbook.getSheet("Waves").getRow(1);
      assertThat(smallWave.getCell(7).getNumericCellValue()).isEqualTo(0.5); // response rate
      assertThat(texts(smallWave).subList(8, 24)).containsOnly(FEWER); // n and every figure
      Row shownWave = workbook.getSheet("Waves").getRow(2);
      assertThat(shownWave.getCell(9).getNumericCellValue()).isEqualTo(1.4);

      Sheet groups = workbook.getSheet("Groups");
      assertThat(groups.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Manager");
      assertThat(groups.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(3);
      assertThat(groups.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Direct reports");
      assertThat(texts(groups.getRow(2)).subList(6, 11))
          .containsOnly("withheld so that a smaller group cannot be worked out");
      assertThat(texts(groups.getRow(3)).subList(6, 11)).containsOnly(FEWER);

      Row none = workbook.getSheet("Follow-up").getRow(1);
      assertThat(none.getCell(0).getStringCellValue()).isEqualTo("No follow-up");
      assertThat(texts(none).subList(1, 12)).containsOnly(FEWER);
    }
  }

  @Test
  void textThatLooksLikeAFormulaIsNeutralised() throws IOException {
    try (XSSFWorkbook workbook = read(write())) {
      Cell name = workbook.getSheet("Trends").getRow(1).getCell(1);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\",\"Ada\")");
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  @Test
  void trendsShowTheClusteredSlopeAndThePairedChangeUnlessFewerThanKArePaired() throws IOException {
    // every wave with k ratings, so the small-numbers rule leaves the slope shown
    jdbc.update("update wave_result set n = 3 where wave_no = 1");
    try (XSSFWorkbook workbook = read(write())) {
      Sheet trends = workbook.getSheet("Trends");
      List<String> header = texts(trends.getRow(0));
      int se = header.indexOf("Slope SE (clustered)");
      int df = header.indexOf("Slope df");
      int paired = header.indexOf("Paired n");
      assertThat(df).isEqualTo(se + 1);
      assertThat(header.subList(paired, paired + 4))
          .containsExactly("Paired n", "Paired change", "Paired CI low", "Paired CI high");
      Row shown = trends.getRow(1);
      assertThat(shown.getCell(se).getNumericCellValue()).isEqualTo(0.3);
      assertThat(shown.getCell(df).getNumericCellValue()).isEqualTo(4);
      assertThat(shown.getCell(paired).getNumericCellValue()).isEqualTo(4);
      assertThat(shown.getCell(paired + 1).getNumericCellValue()).isEqualTo(1.25);
      assertThat(shown.getCell(paired + 3).getNumericCellValue()).isEqualTo(2.0);
      // 2 paired stakeholders with k = 3: their change would single them out
      assertThat(texts(trends.getRow(2)).subList(paired, paired + 4)).containsOnly(FEWER);
    }
  }

  @Test
  void theSameResultsGiveTheSameBytes() throws IOException {
    byte[] first = write();
    byte[] second = write();

    assertThat(second).isEqualTo(first);
    try (XSSFWorkbook workbook = read(first)) {
      var core = workbook.getProperties().getCoreProperties();
      assertThat(core.getCreated()).isEqualTo(new java.util.Date(946_684_800_000L));
      assertThat(core.getModified()).isEqualTo(core.getCreated());
    }
  }

  @Test
  void publishesIntoTheReportsFolderAtomically(@TempDir Path reports) throws IOException {
    new TrendsWorkbook(jdbc, reports).publish(programme);

    try (var files = Files.list(reports)) {
      assertThat(files).containsExactly(reports.resolve(TrendsWorkbook.FILE_NAME));
    }
  }

  private byte[] write() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TrendsWorkbook(jdbc, Path.of("unused")).write(programme, out);
    return out.toByteArray();
  }

  private static XSSFWorkbook read(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
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
}
