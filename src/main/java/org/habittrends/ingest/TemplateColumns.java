package org.habittrends.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habittrends.ingest.rows.TemplateRow;

/**
 * Finds the template's columns in a header row by their text (case, spacing and hyphens do not
 * matter), never by position; extra columns are carried along only as original values.
 */
final class TemplateColumns {

  static final String LEADER_ID = "Leader ID";
  static final String WAVE = "Wave";
  static final String STAKEHOLDER = "Stakeholder";
  static final String SUBMITTED = "Submitted";
  static final String FOLLOW_UP = "Follow-up";
  static final String FEEDFORWARD = "Feedforward";
  static final int MAX_GOALS = 3;

  private static final List<String> REQUIRED = List.of(LEADER_ID, WAVE, STAKEHOLDER, SUBMITTED);

  private final List<String> headers;
  private final Map<String, Integer> index = new LinkedHashMap<>();

  private TemplateColumns(List<String> headers) {
    this.headers = List.copyOf(headers);
    for (int i = 0; i < headers.size(); i++) {
      index.putIfAbsent(key(headers.get(i)), i);
    }
  }

  static TemplateColumns of(List<String> headerCells) {
    List<String> trimmed = new ArrayList<>();
    headerCells.forEach(h -> trimmed.add(h == null ? "" : h.strip()));
    return new TemplateColumns(trimmed);
  }

  static String goalHeader(int number) {
    return "Goal " + number;
  }

  /** Required columns this header row lacks, in template order; empty when usable. */
  List<String> missing() {
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      if (!index.containsKey(key(name))) {
        missing.add(name);
      }
    }
    if (!index.containsKey(key(goalHeader(1)))) {
      missing.add(goalHeader(1));
    }
    return missing;
  }

  /** The header texts as the file wrote them, for reject reports. */
  List<String> headers() {
    return headers;
  }

  TemplateRow row(int line, List<String> cells) {
    List<String> goals = new ArrayList<>();
    for (int n = 1; n <= MAX_GOALS; n++) {
      goals.add(index.containsKey(key(goalHeader(n))) ? cell(cells, goalHeader(n)) : null);
    }
    return new TemplateRow(
        line,
        cell(cells, LEADER_ID),
        cell(cells, WAVE),
        cell(cells, STAKEHOLDER),
        cell(cells, SUBMITTED),
        goals,
        cell(cells, FOLLOW_UP),
        cell(cells, FEEDFORWARD));
  }

  /** The cells under this file's headers, padded so that each header has a value. */
  List<String> originals(List<String> cells) {
    List<String> values = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      values.add(i < cells.size() && cells.get(i) != null ? cells.get(i) : "");
    }
    return values;
  }

  private String cell(List<String> cells, String name) {
    Integer i = index.get(key(name));
    if (i == null || i >= cells.size() || cells.get(i) == null) {
      return "";
    }
    return cells.get(i).strip();
  }

  private static String key(String header) {
    return header
        .replace('\u00a0', ' ')
        .replaceAll("[-_\\s]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
