package org.habittrends.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.ingest.ExportWriter;

/**
 * Exports with several header rows: SurveyMonkey (.xlsx; question text above a block's first column
 * only, option labels below) and Qualtrics (.csv with a byte-order mark; ids, question text, then
 * ImportId JSON). The leader travels in a custom field (Custom Data 1, ExternalReference).
 */
final class MultiHeaderExports {

  private static final DateTimeFormatter MONKEY_TIME =
      DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
  private static final DateTimeFormatter QUALTRICS_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private MultiHeaderExports() {}

  static void surveyMonkey(
      Path file, List<SurveyResponse> answers, Map<String, String> emails, int goalColumns)
      throws IOException {
    List<Object> top =
        new ArrayList<>(
            List.of(
                "Respondent ID",
                "Collector ID",
                "Start Date",
                "End Date",
                "IP Address",
                "Email Address",
                "First Name",
                "Last Name",
                "Custom Data 1",
                "How has this leader&apos;s effectiveness changed on each goal?"));
    List<Object> sub = new ArrayList<>(Collections.nCopies(9, null));
    for (int n = 1; n <= goalColumns; n++) {
      sub.add("Goal " + n);
      if (n > 1) {
        top.add(null);
      }
    }
    top.addAll(
        List.of(SingleHeaderExports.FOLLOW_UP_QUESTION, SingleHeaderExports.FEEDFORWARD_QUESTION));
    sub.addAll(List.of("Response", "Open-Ended Response"));
    try (ExportWriter out = ExportWriter.xlsx(file, "Sheet")) {
      out.row(top);
      out.row(sub);
      long respondent = 114_000_000_000L;
      for (SurveyResponse r : answers) {
        List<Object> row =
            new ArrayList<>(
                List.of(
                    Long.toString(respondent++ * 7 % 1_000_000_000_000L),
                    "431234567",
                    MONKEY_TIME.format(r.submittedAt().minusMinutes(3)),
                    MONKEY_TIME.format(r.submittedAt()),
                    "203.0.113.9",
                    emails.get(r.stakeholderKey()),
                    "",
                    "",
                    r.leaderId()));
        for (int n = 1; n <= goalColumns; n++) {
          row.add(
              SingleHeaderExports.hasGoal(r, n)
                  ? AnswerWords.labelWithNumber(SingleHeaderExports.rating(r, n), "Don't know")
                  : null);
        }
        row.add(AnswerWords.followUp(r.followUp()));
        row.add(r.feedforward());
        out.row(row);
      }
    }
  }

  /** Choice-text export; {@code unfinished} adds an abandoned response that must be rejected. */
  static void qualtrics(
      Path file,
      List<SurveyResponse> answers,
      Map<String, String> emails,
      int goalColumns,
      SurveyResponse unfinished)
      throws IOException {
    List<Object> ids =
        new ArrayList<>(
            List.of(
                "StartDate",
                "EndDate",
                "Status",
                "IPAddress",
                "Progress",
                "Duration (in seconds)",
                "Finished",
                "RecordedDate",
                "ResponseId",
                "RecipientLastName",
                "RecipientFirstName",
                "RecipientEmail",
                "ExternalReference"));
    List<Object> texts =
        new ArrayList<>(
            List.of(
                "Start Date",
                "End Date",
                "Response Type",
                "IP Address",
                "Progress",
                "Duration (in seconds)",
                "Finished",
                "Recorded Date",
                "Response ID",
                "Recipient Last Name",
                "Recipient First Name",
                "Recipient Email",
                "External Data Reference"));
    List<Object> imports = new ArrayList<>();
    ids.forEach(id -> imports.add("{\"ImportId\":\"" + id + "\"}"));
    for (int n = 1; n <= goalColumns; n++) {
      ids.add("Q1_" + n);
      texts.add("How has this leader's effectiveness changed? - Goal " + n);
      imports.add("{\"ImportId\":\"QID1_" + n + "\"}");
    }
    ids.addAll(List.of("Q2", "Q3", "Q4"));
    texts.addAll(
        List.of(
            SingleHeaderExports.OVERALL_QUESTION,
            SingleHeaderExports.FOLLOW_UP_QUESTION,
            SingleHeaderExports.FEEDFORWARD_QUESTION));
    imports.addAll(
        List.of(
            "{\"ImportId\":\"QID2\"}", "{\"ImportId\":\"QID3\"}", "{\"ImportId\":\"QID4_TEXT\"}"));
    try (ExportWriter out = ExportWriter.csv(file, StandardCharsets.UTF_8, true, ',')) {
      out.row(ids);
      out.row(texts);
      out.row(imports);
      int id = 1;
      for (SurveyResponse r : answers) {
        out.row(qualtricsRow(r, emails, goalColumns, id++, true));
      }
      if (unfinished != null) {
        out.row(qualtricsRow(unfinished, emails, goalColumns, id, false));
      }
    }
  }

  private static List<Object> qualtricsRow(
      SurveyResponse r, Map<String, String> emails, int goalColumns, int id, boolean finished) {
    String end = QUALTRICS_TIME.format(r.submittedAt());
    List<Object> row =
        new ArrayList<>(
            List.of(
                QUALTRICS_TIME.format(r.submittedAt().minusMinutes(5)),
                end,
                "IP Address",
                "198.51.100.7",
                finished ? "100" : "40",
                "300",
                finished ? "True" : "False",
                end,
                "R_" + Long.toString(9_000_000L + id * 7919L, 36),
                "",
                "",
                emails.get(r.stakeholderKey()),
                r.leaderId()));
    for (int n = 1; n <= goalColumns; n++) {
      row.add(
          SingleHeaderExports.hasGoal(r, n)
              ? AnswerWords.label(SingleHeaderExports.rating(r, n), "Not observed")
              : "");
    }
    row.add(AnswerWords.label(SingleHeaderExports.rating(r, 0), "Not observed"));
    row.add(AnswerWords.followUp(r.followUp()));
    row.add(r.feedforward());
    return row;
  }
}
