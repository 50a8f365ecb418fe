package org.habittrends.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table the way a survey tool would export it, for sample data and tests: an .xlsx
 * (streaming, so large files take little memory) or a CSV in a chosen encoding and delimiter. Cells
 * are text, numbers, date-times (date cells in .xlsx, ISO text in CSV) or null for blank. The file
 * is complete after close.
 */
public final class ExportWriter implements AutoCloseable {

  private final Path file;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final CellStyle dateTime;
  private final CSVPrinter csv;
  private int nextRow;

  private ExportWriter(Path file, String sheetName, CSVPrinter csv) {
    this.file = file;
    this.csv = csv;
    if (csv == null) {
      workbook = new SXSSFWorkbook(200);
      workbook.setCompressTempFiles(true);
      sheet = workbook.createSheet(sheetName);
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
    } else {
      workbook = null;
      sheet = null;
      dateTime = null;
    }
  }

  /** An .xlsx workbook with one sheet. */
  public static ExportWriter xlsx(Path file, String sheetName) {
    return new ExportWriter(file, sheetName, null);
  }

  /** A CSV file; {@code bom} writes a byte-order mark as Excel and Qualtrics do. */
  public static ExportWriter csv(Path file, Charset charset, boolean bom, char delimiter)
      throws IOException {
    Writer writer =
        new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file), charset));
    if (bom) {
      writer.write('\uFEFF');
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
    return new ExportWriter(file, null, new CSVPrinter(writer, format));
  }

  /** A UTF-8 CSV with commas and no byte-order mark, as Google Forms downloads it. */
  public static ExportWriter csv(Path file) throws IOException {
    return csv(file, StandardCharsets.UTF_8, false, ',');
  }

  public void row(List<?> cells) throws IOException {
    if (csv != null) {
      for (Object cell : cells) {
        csv.print(
            cell == null
                ? ""
                : cell instanceof LocalDateTime t ? t.toString().replace('T', ' ') : cell);
      }
      csv.println();
      return;
    }
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (value instanceof LocalDateTime t) {
        cell.setCellValue(t);
        cell.setCellStyle(dateTime);
      } else {
        cell.setCellValue(value.toString());
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
      return;
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
