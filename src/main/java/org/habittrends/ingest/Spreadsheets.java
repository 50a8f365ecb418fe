package org.habittrends.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.habittrends.ingest.read.CsvSheetReader;
import org.habittrends.ingest.read.ExportReader;
import org.habittrends.ingest.read.UnreadableFileException;

/**
 * Reads small, header-first sheets (roster, settings) fully into memory. Survey exports, which can
 * be large, are streamed by the import step instead.
 */
public final class Spreadsheets {

  private Spreadsheets() {}

  /**
   * Rows of the named sheet, keyed by the first row's header texts; blank rows are skipped. A CSV
   * file has a single table, read whatever the sheet name.
   *
   * @throws IOException when the file cannot be read or has no such sheet
   */
  public static List<SheetRow> readSheet(Path file, String sheetName) throws IOException {
    if (isText(file)) {
      return readText(file);
    }
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

  /**
   * The number of answer rows in a survey export of any supported layout: the non-blank rows below
   * the header row(s) the import detects, title rows above it not counted.
   *
   * @throws IOException when the file is not a readable export
   */
  public static int countAnswerRows(Path export) throws IOException {
    try {
      FileImporter importer = new FileImporter(null);
      int last = importer.header(export).lastHeaderLine();
      int[] rows = {0};
      ExportReader.stream(export, (line, cells) -> rows[0] += line > last ? 1 : 0);
      return rows[0];
    } catch (UnreadableFileException e) {
      throw new IOException(export.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private static boolean isText(Path file) throws IOException {
    FileMagic magic = FileMagic.valueOf(file.toFile());
    return magic != FileMagic.OOXML && magic != FileMagic.OLE2;
  }

  /** A CSV table keyed by its first row (encoding and delimiter detected). */
  private static List<SheetRow> readText(Path file) throws IOException {
    List<String> headers = new ArrayList<>();
    List<SheetRow> rows = new ArrayList<>();
    try {
      CsvSheetReader.stream(
          file,
          (line, cells) -> {
            if (headers.isEmpty()) {
              cells.forEach(c -> headers.add(c.strip()));
              return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
              values.put(headers.get(i), i < cells.size() ? cells.get(i).strip() : "");
            }
            rows.add(new SheetRow(line, values));
          });
    } catch (UnreadableFileException e) {
      throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
    }
    return rows;
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
