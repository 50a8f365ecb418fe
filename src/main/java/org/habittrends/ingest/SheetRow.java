package org.habittrends.ingest;

import java.util.Map;

/** One data row of a sheet, its values keyed by header text, with its 1-based line number. */
public record SheetRow(int line, Map<String, String> values) {

  /** The trimmed value under {@code header}, or an empty string. */
  public String get(String header) {
    String value = values.get(header);
    return value == null ? "" : value.trim();
  }
}
