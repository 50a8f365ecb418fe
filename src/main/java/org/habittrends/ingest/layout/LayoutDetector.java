package org.habittrends.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.habittrends.domain.ImportSettings;
import org.habittrends.ingest.read.UnreadableFileException;

/**
 * Finds the header row(s) among a file's first rows and the tool that wrote them. Rows above the
 * header (titles, notes) are not data. Each column gets a name and the alternative names under
 * which a mapping may refer to it (Qualtrics' ids such as {@code Q2_1}; SurveyMonkey's question and
 * option label).
 */
public final class LayoutDetector {

  /** How many leading rows are searched for a header. */
  public static final int ROWS_SEARCHED = 30;

  /** A row as streamed. */
  public record Line(int line, List<String> cells) {}

  /** One column: its display name and further names a mapping may use. */
  public record Column(int index, String name, List<String> alternates) {
    List<String> names() {
      List<String> names = new ArrayList<>(alternates);
      names.add(0, name);
      return names;
    }
  }

  /**
   * What was found: the layout, its columns, the last line that belongs to the header, and the text
   * of the rows above it (a form's title, which may name the leader).
   */
  public record Header(
      ExportLayout layout, List<Column> columns, int lastHeaderLine, String title) {
    Header(ExportLayout layout, List<Column> columns, int lastHeaderLine) {
      this(layout, columns, lastHeaderLine, "");
    }

    private Header titled(List<Line> above) {
      List<String> words = new ArrayList<>();
      for (Line line : above) {
        line.cells().stream()
            .filter(c -> c != null && !c.isBlank())
            .map(String::strip)
            .forEach(words::add);
      }
      return new Header(layout, columns, lastHeaderLine, String.join(" ", words));
    }
  }

  private final ImportSettings settings;

  public LayoutDetector(ImportSettings settings) {
    this.settings = settings;
  }

  /**
   * @throws UnreadableFileException when no known header is found
   */
  public Header detect(List<Line> first) throws UnreadableFileException {
    for (int i = 0; i < first.size(); i++) {
      List<String> cells = first.get(i).cells();
      if (cells.size() >= 3
          && cells.subList(0, 3).equals(ExportLayout.QUALTRICS_LEGACY_IDS)
          && i + 1 < first.size()
          && has(first.get(i + 1).cells(), List.of("ResponseID"))) {
        return qualtricsLegacy(first, i).titled(first.subList(0, i));
      }
      if (has(cells, List.of("ResponseId")) && has(cells, List.of("Finished", "StartDate"))) {
        return qualtrics(first, i).titled(first.subList(0, i));
      }
      if (has(cells, ExportLayout.SM_RESPONDENT) && has(cells, ExportLayout.SM_COLLECTOR)) {
        return surveyMonkey(first, i).titled(first.subList(0, i));
      }
      if (has(cells, ExportLayout.MS_ID)
          && has(cells, ExportLayout.MS_START)
          && has(cells, ExportLayout.MS_COMPLETION)) {
        return single(ExportLayout.MICROSOFT_FORMS, first.get(i)).titled(first.subList(0, i));
      }
      if (!cells.isEmpty() && has(cells.subList(0, 1), ExportLayout.GOOGLE_TIMESTAMP)) {
        return single(ExportLayout.GOOGLE_FORMS, first.get(i)).titled(first.subList(0, i));
      }
      if (has(cells, with(settings.stakeholderColumns(), ExportColumns.STAKEHOLDER))
          && (has(cells, with(settings.leaderColumns(), ExportColumns.LEADER))
              || has(cells, with(settings.waveColumns(), ExportColumns.WAVE)))) {
        return single(ExportLayout.TEMPLATE, first.get(i)).titled(first.subList(0, i));
      }
    }
    throw new UnreadableFileException(
        "no header row was found in the first "
            + ROWS_SEARCHED
            + " rows: the file is not an export of Microsoft Forms, Google Forms, SurveyMonkey or"
            + " Qualtrics, nor the habit-trends template (Leader ID, Wave, Stakeholder, Submitted,"
            + " Goal 1, ...)");
  }

  private static Header single(ExportLayout layout, Line header) {
    List<Column> columns = new ArrayList<>();
    List<String> cells = header.cells();
    for (int c = 0; c < cells.size(); c++) {
      columns.add(new Column(c, cells.get(c).strip(), List.of()));
    }
    return new Header(layout, columns, header.line());
  }

  /** Row 1: fixed headers, then each question's text above its first column only; row 2: labels. */
  private static Header surveyMonkey(List<Line> first, int at) {
    List<String> top = first.get(at).cells();
    List<String> sub = at + 1 < first.size() ? first.get(at + 1).cells() : List.of();
    List<Column> columns = new ArrayList<>();
    String question = "";
    for (int c = 0; c < Math.max(top.size(), sub.size()); c++) {
      String above = cell(top, c);
      String below = cell(sub, c);
      if (!above.isEmpty()) {
        question = above;
      }
      boolean whole = below.isEmpty() || has(List.of(below), ExportLayout.SM_WHOLE_ANSWER);
      String name = whole ? question : question + " [" + below + "]";
      columns.add(new Column(c, name, whole ? List.of() : List.of(below)));
    }
    return new Header(
        ExportLayout.SURVEYMONKEY, columns, first.get(Math.min(at + 1, first.size() - 1)).line());
  }

  /** Row 1: ids; row 2: question text (translated); row 3, if present: {"ImportId":...}. */
  private static Header qualtrics(List<Line> first, int at) {
    List<String> ids = first.get(at).cells();
    List<String> texts = at + 1 < first.size() ? first.get(at + 1).cells() : List.of();
    int last = Math.min(at + 1, first.size() - 1);
    if (at + 2 < first.size() && cell(first.get(at + 2).cells(), 0).startsWith("{")) {
      last = at + 2;
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < ids.size(); c++) {
      String text = cell(texts, c);
      String id = cell(ids, c);
      columns.add(new Column(c, text.isEmpty() ? id : text, List.of(id)));
    }
    return new Header(ExportLayout.QUALTRICS, columns, first.get(last).line());
  }

  /** Row 1: ids V1, ..., Q1, Q2_1; row 2: ResponseID, ..., the question texts. */
  private static Header qualtricsLegacy(List<Line> first, int at) {
    List<String> ids = first.get(at).cells();
    List<String> texts = first.get(at + 1).cells();
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < Math.max(ids.size(), texts.size()); c++) {
      String text = cell(texts, c);
      String id = cell(ids, c);
      columns.add(
          new Column(c, text.isEmpty() ? id : text, id.isEmpty() ? List.of() : List.of(id)));
    }
    return new Header(ExportLayout.QUALTRICS_LEGACY, columns, first.get(at + 1).line());
  }

  private static boolean has(List<String> cells, List<String> names) {
    for (String cell : cells) {
      for (String name : names) {
        if (HeaderText.isColumn(cell, name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> with(List<String> configured, List<String> defaults) {
    List<String> all = new ArrayList<>(configured);
    all.addAll(defaults);
    return all;
  }

  private static String cell(List<String> cells, int c) {
    return c < cells.size() && cells.get(c) != null ? cells.get(c).strip() : "";
  }
}
