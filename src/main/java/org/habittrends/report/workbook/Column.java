package org.habittrends.report.workbook;

/** A worksheet column: its header and what it holds (listed on the About sheet). */
record Column(String header, String meaning, int width) {

  static Column of(String header, String meaning) {
    return new Column(header, meaning, Math.max(10, header.length() + 2));
  }

  static Column wide(String header, String meaning) {
    return new Column(header, meaning, 32);
  }
}
