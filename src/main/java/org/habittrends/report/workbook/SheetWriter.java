package org.habittrends.report.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one worksheet row by row: a bold, frozen, filterable header, then typed cells. Numbers are
 * numeric cells with a display format; every text cell is neutralised against formula injection.
 */
final class SheetWriter {

  /** The cell styles of one workbook (POI limits styles per workbook, so they are shared). */
  record Styles(
      CellStyle header,
      CellStyle decimal,
      CellStyle probability,
      CellStyle percent,
      CellStyle plain) {

    static Styles of(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
      // every cell gets a style: a cell without one makes POI look up its column's style
      return new Styles(
          header,
          format(workbook, "0.00"),
          format(workbook, "0.000"),
          format(workbook, "0%"),
          workbook.getCellStyleAt(0));
    }

    private static CellStyle format(SXSSFWorkbook workbook, String pattern) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
      return style;
    }
  }

  private final SXSSFSheet sheet;
  private final Styles styles;
  private Row row;
  private int rows;
  private int cell;

  SheetWriter(SXSSFWorkbook workbook, Styles styles, String name, List<Column> columns) {
    this.sheet = workbook.createSheet(name);
    this.styles = styles;
    nextRow();
    for (int i = 0; i < columns.size(); i++) {
      sheet.setColumnWidth(i, columns.get(i).width() * 256);
      Cell header = row.createCell(cell++);
      header.setCellValue(CellText.neutralise(columns.get(i).header()));
      header.setCellStyle(styles.header());
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
  }

  void nextRow() {
    row = sheet.createRow(rows++);
    cell = 0;
  }

  void text(String value) {
    Cell c = row.createCell(cell++);
    c.setCellValue(CellText.neutralise(value));
    c.setCellStyle(styles.plain());
  }

  /** A count; null leaves the cell blank. */
  void integer(Number value) {
    Cell c = row.createCell(cell++);
    c.setCellStyle(styles.plain());
    if (value != null) {
      c.setCellValue(value.longValue());
    }
  }

  void decimal(Number value) {
    number(value, styles.decimal());
  }

  void probability(Number value) {
    number(value, styles.probability());
  }

  void percent(Number value) {
    number(value, styles.percent());
  }

  /** The same text in the next {@code cells} cells: a suppressed figure never shows its number. */
  void withheld(String reason, int cells) {
    for (int i = 0; i < cells; i++) {
      text(reason);
    }
  }

  private void number(Number value, CellStyle style) {
    Cell c = row.createCell(cell++);
    if (value != null && !Double.isNaN(value.doubleValue())) {
      c.setCellValue(value.doubleValue());
      c.setCellStyle(style);
    } else {
      c.setCellStyle(styles.plain());
    }
  }
}
