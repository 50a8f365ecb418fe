package org.habittrends.ingest.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the first visible sheet of a legacy Excel 97-2003 workbook (BIFF8). Such a file holds at
 * most 65,536 rows, so reading it whole stays small. Cells become text as in {@link
 * RawCellFormatter}: dates as ISO-8601, numbers as plain digits, formulas as their cached values.
 */
final class XlsSheetReader {

  private XlsSheetReader() {}

  static void stream(Path file, XlsxSheetStreamer.RowSink sink) throws UnreadableFileException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
        throw new UnreadableFileException(
            "the workbook is protected with a password; save it without a password and drop it"
                + " again");
      }
      if (!fs.getRoot().hasEntryCaseInsensitive("Workbook")
          && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
        throw new UnreadableFileException(
            "this is an Office file but not an Excel workbook; export the survey as .xlsx or"
                + " .csv");
      }
      try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        Sheet sheet = firstVisible(workbook);
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          boolean blank = true;
          for (Cell cell : row) {
            while (cells.size() < cell.getColumnIndex()) {
              cells.add("");
            }
            String text = text(cell, date1904);
            blank &= text.isBlank();
            cells.add(text);
          }
          if (!blank) {
            try {
              sink.row(row.getRowNum() + 1, cells);
            } catch (RuntimeException e) {
              throw new SinkStopped(e);
            }
          }
        }
      }
    } catch (EncryptedDocumentException e) {
      throw new UnreadableFileException(
          "the workbook is protected with a password; save it without a password and drop it"
              + " again",
          e);
    } catch (SinkStopped e) {
      throw e.getCause();
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(
          "the Excel 97-2003 workbook is damaged (" + e.getMessage() + ")", e);
    }
  }

  private static Sheet firstVisible(HSSFWorkbook workbook) throws UnreadableFileException {
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
        return workbook.getSheetAt(i);
      }
    }
    throw new UnreadableFileException("the workbook has no visible sheet");
  }

  private static String text(Cell cell, boolean date1904) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue());
      case NUMERIC:
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
          return DateUtil.getLocalDateTime(value, date1904, true).toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      default:
        return "";
    }
  }

  /** Carries a failure of the sink past the file-error handling. */
  private static final class SinkStopped extends RuntimeException {
    SinkStopped(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }
}
