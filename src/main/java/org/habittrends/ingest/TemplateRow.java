package org.habittrends.ingest;

import java.util.List;

/**
 * One data row of the template as trimmed text; {@code goals} holds Goal 1..3, null where the file
 * has no such column.
 */
record TemplateRow(
    int line,
    String leaderId,
    String wave,
    String stakeholder,
    String submitted,
    List<String> goals,
    String followUp,
    String feedforward) {

  TemplateRow {
    goals = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(goals));
  }
}
