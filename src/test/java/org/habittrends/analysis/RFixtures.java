package org.habittrends.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CSV files src/test/r/reference.R writes into src/test/resources/r/ (plain, unquoted). */
final class RFixtures {

  private RFixtures() {}

  /** Rows as header → value; R's NA is kept as the text "NA". */
  static List<Map<String, String>> read(String file) {
    try (InputStream in = RFixtures.class.getResourceAsStream("/r/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /r/" + file);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      String[] header = lines[0].split(",");
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
          row.put(header[c], cells[c]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** NA is NaN, as the Java statistics mark an undefined value. */
  static double number(Map<String, String> row, String column) {
    String value = row.get(column);
    return value.equals("NA") ? Double.NaN : Double.parseDouble(value);
  }
}
