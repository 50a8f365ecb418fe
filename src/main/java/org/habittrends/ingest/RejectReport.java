package org.habittrends.ingest;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code <file>.rejects.csv}: line, reason, then the row's original values. UTF-8 with a
 * byte-order mark so that Excel shows accents correctly; cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe, except plain numbers such as the rating -2.
 */
final class RejectReport implements Closeable {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

  private final CSVPrinter printer;

  RejectReport(Path file, List<String> headers) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    List<String> header = new ArrayList<>(List.of("line", "reason"));
    header.addAll(headers);
    printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
    printer.printRecord(header.stream().map(RejectReport::neutralise).toList());
  }

  void add(int line, String reason, List<String> originals) throws IOException {
    List<String> record = new ArrayList<>(originals.size() + 2);
    record.add(Integer.toString(line));
    record.add(neutralise(reason));
    originals.forEach(v -> record.add(neutralise(v)));
    printer.printRecord(record);
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
    printer.close();
  }
}
