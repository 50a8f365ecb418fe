package org.habittrends.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.habittrends.analysis.ResultsPublisher;
import org.habittrends.domain.Programme;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code reports/trends.xlsx}: the result tables as a workbook coaches open in Excel, one sheet per
 * level. Streamed (SXSSF), so its size does not bound memory; written under a temporary name and
 * moved into place. The same results give the same content: rows in a fixed order, no timestamps,
 * fixed document properties.
 */
public final class TrendsWorkbook implements ResultsPublisher {

  public static final String FILE_NAME = "trends.xlsx";

  /** Fixed creation date in the document properties: 2000-01-01T00:00:00Z. */
  private static final Date FIXED_DATE = new Date(946_684_800_000L);

  private final JdbcTemplate jdbc;
  private final Path folder;

  public TrendsWorkbook(JdbcTemplate jdbc, Path reportsFolder) {
    this.jdbc = jdbc;
    this.folder = reportsFolder;
  }

  @Override
  public void publish(Programme programme) {
    Path target = folder.resolve(FILE_NAME);
    Path temporary = folder.resolve("." + FILE_NAME + ".tmp");
    try {
      Files.createDirectories(folder);
      try (OutputStream out = Files.newOutputStream(temporary)) {
        write(programme, out);
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  @Override
  public Path output() {
    return folder.resolve(FILE_NAME);
  }

  void write(Programme programme, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(500);
    try {
      SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
      LeaderSheets leaders = new LeaderSheets(jdbc, programme);
      CohortSheets cohort = new CohortSheets(jdbc, programme);
      AboutSheet.write(new SheetWriter(workbook, styles, "About", AboutSheet.COLUMNS), programme);
      sheet(workbook, styles, "Waves", SheetColumns.WAVES, leaders::waves);
      sheet(workbook, styles, "Trends", SheetColumns.TRENDS, leaders::trends);
      sheet(workbook, styles, "Groups", SheetColumns.GROUPS, leaders::groups);
      sheet(workbook, styles, "Cohort habits", SheetColumns.HABITS, cohort::habits);
      sheet(workbook, styles, "Follow-up", SheetColumns.FOLLOW_UP, cohort::followUp);
      sheet(workbook, styles, "Response rates", SheetColumns.RESPONSE_RATES, cohort::responseRates);
      fixProperties(workbook, programme);
      workbook.write(out);
    } finally {
      workbook.close(); // also deletes SXSSF's temporary files
    }
  }

  private static void sheet(
      SXSSFWorkbook workbook,
      SheetWriter.Styles styles,
      String name,
      List<Column> columns,
      Consumer<SheetWriter> rows) {
    rows.accept(new SheetWriter(workbook, styles, name, columns));
  }

  private static void fixProperties(SXSSFWorkbook workbook, Programme programme) {
    POIXMLProperties.CoreProperties core =
        workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setCreator("habit-trends");
    core.setTitle(CellText.neutralise("Trends: " + programme.name()));
    core.setCreated(Optional.of(FIXED_DATE));
    core.setModified(Optional.of(FIXED_DATE));
  }
}
