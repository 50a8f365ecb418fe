package org.habittrends.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;

/**
 * Writes habit-trends' own response template (.xlsx) with a streaming workbook, so hundreds of
 * thousands of rows take little memory. N/A ratings are written as "N/A"; a goal the response does
 * not mention stays blank. Use as try-with-resources; the file is complete after close.
 */
public final class TemplateWriter implements AutoCloseable {

  /** Name of the template's (first and only) sheet. */
  public static final String SHEET_NAME = "Responses";

  /** Header of the optional overall-effectiveness column, −3..+3, stored as goal 0. */
  public static final String OVERALL = "Overall";

  private static final int ROWS_IN_MEMORY = 200;

  private final Path file;
  private final int goalColumns;
  private final boolean overall;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final SXSSFSheet sheet;
  private final CellStyle dateTime;
  private int nextRow;

  private TemplateWriter(Path file, int goalColumns, boolean overall) {
    if (goalColumns < 1 || goalColumns > TemplateColumns.MAX_GOALS) {
      throw new IllegalArgumentException("goal columns must be 1 to 3: " + goalColumns);
    }
    this.file = file;
    this.goalColumns = goalColumns;
    this.overall = overall;
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(SHEET_NAME);
    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    writeRaw(headers(goalColumns, overall));
  }

  /** Starts a template file with columns Goal 1..{@code goalColumns} (1 to 3). */
  public static TemplateWriter open(Path file, int goalColumns) {
    return new TemplateWriter(file, goalColumns, false);
  }

  /** As {@link #open(Path, int)}, with an Overall column (overall effectiveness, goal 0). */
  public static TemplateWriter open(Path file, int goalColumns, boolean overall) {
    return new TemplateWriter(file, goalColumns, overall);
  }

  /** Writes a whole template in one call. */
  public static void write(Path file, int goalColumns, List<SurveyResponse> responses)
      throws IOException {
    try (TemplateWriter writer = open(file, goalColumns)) {
      responses.forEach(writer::write);
    }
  }

  /** The header row: Leader ID, Wave, Stakeholder, Submitted, Goal 1.., Follow-up, Feedforward. */
  public static List<String> headers(int goalColumns) {
    return headers(goalColumns, false);
  }

  /** The header row, with Overall after the goals when {@code overall}. */
  public static List<String> headers(int goalColumns, boolean overall) {
    List<String> headers = new ArrayList<>();
    headers.addAll(
        List.of(
            TemplateColumns.LEADER_ID,
            TemplateColumns.WAVE,
            TemplateColumns.STAKEHOLDER,
            TemplateColumns.SUBMITTED));
    for (int n = 1; n <= goalColumns; n++) {
      headers.add(TemplateColumns.goalHeader(n));
    }
    if (overall) {
      headers.add(OVERALL);
    }
    headers.add(TemplateColumns.FOLLOW_UP);
    headers.add(TemplateColumns.FEEDFORWARD);
    return headers;
  }

  public void write(SurveyResponse response) {
    Row row = sheet.createRow(nextRow++);
    row.createCell(0).setCellValue(response.leaderId());
    row.createCell(1).setCellValue(response.wave());
    row.createCell(2).setCellValue(response.stakeholderKey());
    if (response.submittedAt() != null) {
      Cell submitted = row.createCell(3);
      submitted.setCellValue(response.submittedAt());
      submitted.setCellStyle(dateTime);
    }
    int extra = overall ? 1 : 0;
    for (Rating rating : response.ratings()) {
      if (rating.goalNumber() > goalColumns || (rating.goalNumber() == 0 && !overall)) {
        throw new IllegalArgumentException("no column for goal " + rating.goalNumber());
      }
      int column = rating.goalNumber() == 0 ? 4 + goalColumns : 3 + rating.goalNumber();
      Cell cell = row.createCell(column);
      if (rating.value() == null) {
        cell.setCellValue("N/A");
      } else {
        cell.setCellValue(rating.value());
      }
    }
    if (response.followUp() != null) {
      row.createCell(4 + goalColumns + extra).setCellValue(response.followUp().label());
    }
    if (response.feedforward() != null) {
      row.createCell(5 + goalColumns + extra).setCellValue(response.feedforward());
    }
  }

  /** Appends a row of arbitrary text cells, e.g. a deliberately invalid row for tests. */
  public void writeRaw(List<String> cells) {
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) != null) {
        row.createCell(i).setCellValue(cells.get(i));
      }
    }
  }

  @Override
  public void close() throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
