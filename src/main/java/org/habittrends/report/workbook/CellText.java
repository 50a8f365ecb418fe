package org.habittrends.report.workbook;

/** Text for a workbook cell, made safe to open in a spreadsheet program. */
final class CellText {

  private CellText() {}

  /**
   * Text that a spreadsheet could take for a formula (leading =, +, −, @, tab or carriage return,
   * also after leading spaces) gets a leading apostrophe, as OWASP advises against CSV/formula
   * injection: roster names and wordings are typed by people.
   */
  static String neutralise(String text) {
    if (text == null) {
      return "";
    }
    String trimmed = text.stripLeading();
    if (!trimmed.isEmpty() && "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(trimmed.charAt(0)) >= 0) {
      return "'" + text;
    }
    if (!text.isEmpty() && (text.charAt(0) == '\t' || text.charAt(0) == '\r')) {
      return "'" + text;
    }
    return text;
  }
}
