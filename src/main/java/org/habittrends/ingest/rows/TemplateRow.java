package org.habittrends.ingest.rows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One data row, in any layout, brought to the template's shape as trimmed text; {@code goals} holds
 * the answers for goals 1..3, null where the file has no such question; {@code overall} the answer
 * on overall effectiveness (stored as goal 0), null without such a question. {@code problems} are
 * what the mapping already found wrong (an unfinished response, a date nothing settles); {@code
 * coded} says the answers are choice codes rather than scale values.
 */
public record TemplateRow(
    int line,
    String leaderId,
    String wave,
    String stakeholder,
    String submitted,
    List<String> goals,
    String followUp,
    String feedforward,
    String overall,
    List<String> problems,
    boolean coded) {

  public TemplateRow {
    goals = Collections.unmodifiableList(new ArrayList<>(goals));
    problems = List.copyOf(problems);
  }

  public TemplateRow(
      int line,
      String leaderId,
      String wave,
      String stakeholder,
      String submitted,
      List<String> goals,
      String followUp,
      String feedforward) {
    this(
        line,
        leaderId,
        wave,
        stakeholder,
        submitted,
        goals,
        followUp,
        feedforward,
        null,
        List.of(),
        false);
  }
}
