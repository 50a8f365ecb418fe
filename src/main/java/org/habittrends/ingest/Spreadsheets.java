package org.habittrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads small, header-first sheets (roster, settings) fully into memory. Survey exports, which can
 * be large, are streamed by the import step instead.
 */
public final class Spreadsheets {

  private Spreadsheets() {}

  /**
   * Rows of the named sheet, keyed by the first row's header texts; blank rows are skipped.
   *
   * @throws IOException when the file cannot be read or has no such sheet
   */
  public static List<SheetRow> readSheet(Path file, String sheetName) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet(sheetName);
      if (sheet == null) {
        throw new IOException(file.getFileName() + " has no sheet named \"" + sheetName + "\"");
      }
      return rows(sheet);
    } catch (RuntimeException e) {
      throw new IOException(file.getFileName() + " is not a readable spreadsheet: " + e, e);
    }
  }

  private static List<SheetRow> rows(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    List<String> headers = new ArrayList<>();
    List<SheetRow> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (headers.isEmpty()) {
        for (Cell cell : row) {
          while (headers.size() < cell.getColumnIndex()) {
            headers.add("");
          }
          headers.add(formatter.formatCellValue(cell).trim());
        }
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      boolean blank = true;
      for (int i = 0; i < headers.size(); i++) {
        Cell cell = row.getCell(i);
        String text = cell == null ? "" : formatter.formatCellValue(cell).trim();
        blank &= text.isEmpty();
        values.put(headers.get(i), text);
      }
      if (!blank) {
        rows.add(new SheetRow(row.getRowNum() + 1, values));
      }
    }
    return rows;
  }
}
