package org.habittrends.ingest;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code <file>.rejects.csv} and {@code <file>.rejects.xlsx}: line, reason, then the row's
 * original values. The CSV is UTF-8 with a byte-order mark so that Excel shows accents correctly.
 * In both, cells that a spreadsheet would run as a formula are prefixed with an apostrophe, except
 * plain numbers such as the rating -2.
 */
final class RejectReport implements Closeable {

  /** Sheet name of the .xlsx report. */
  static final String SHEET = "Rejected rows";

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

  private final CSVPrinter printer;
  private final Path workbookFile;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
  private final SXSSFSheet sheet;
  private int nextRow;

  RejectReport(Path file, List<String> headers) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    List<String> header = new ArrayList<>(List.of("line", "reason"));
    header.addAll(headers);
    printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
    workbookFile = workbookFor(file);
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(SHEET);
    List<String> safe = header.stream().map(RejectReport::neutralise).toList();
    printer.printRecord(safe);
    row(safe);
  }

  /** The .xlsx written beside a .csv report: "x.rejects.csv[.part]" → "x.rejects.xlsx[.part]". */
  static Path workbookFor(Path csv) {
    String name = csv.getFileName().toString();
    return csv.resolveSibling(name.replace(".csv", ".xlsx"));
  }

  void add(int line, String reason, List<String> originals) throws IOException {
    List<String> record = new ArrayList<>(originals.size() + 2);
    record.add(Integer.toString(line));
    record.add(neutralise(reason));
    originals.forEach(v -> record.add(neutralise(v)));
    printer.printRecord(record);
    row(record);
  }

  private void row(List<String> cells) {
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < cells.size(); i++) {
      String value = cells.get(i);
      if (value != null && !value.isEmpty()) {
        if (i == 0 && nextRow > 1) {
          row.createCell(i).setCellValue(Integer.parseInt(value));
        } else {
          row.createCell(i)
              .setCellValue(value.length() > 32767 ? value.substring(0, 32767) : value);
        }
      }
    }
  }

  /** Makes a cell inert in spreadsheet programs (CSV formula injection). */
  static String neutralise(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (risky && !PLAIN_NUMBER.matcher(value).matches()) {
      return "'" + value;
    }
    return value;
  }

  @Override
  public void close() throws IOException {
    try {
      printer.close();
    } finally {
      try (OutputStream out = Files.newOutputStream(workbookFile)) {
        workbook.write(out);
      } finally {
        workbook.close();
      }
    }
  }
}
