package org.habittrends.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Habit;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.ingest.ExportWriter;

/**
 * Exports with one header row, as Microsoft Forms (.xlsx) and Google Forms (.csv) write them for a
 * form shared by the whole cohort: the stakeholder picks the leader, then rates that leader's
 * goals.
 */
final class SingleHeaderExports {

  static final String LEADER_QUESTION = "Which leader is this feedback about?";
  static final String OVERALL_QUESTION = "Overall, how has this leader's effectiveness changed?";
  static final String FOLLOW_UP_QUESTION = "How often did this leader follow up with you?";
  static final String FEEDFORWARD_QUESTION = "One suggestion for the future (feedforward)";

  private static final DateTimeFormatter GOOGLE_TIME =
      DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss");

  private SingleHeaderExports() {}

  /**
   * Microsoft Forms: ID, Start time, Completion time, Email, Name, then one question per habit any
   * leader chose ("... changed on: Not listening?"), answered with scale labels.
   */
  static void microsoftForms(
      Path file,
      Map<String, Leader> leaders,
      List<SurveyResponse> answers,
      Map<String, String> emails)
      throws IOException {
    Set<String> habits = new LinkedHashSet<>();
    leaders.values().forEach(l -> l.goals().forEach(g -> habits.add(g.habitCode())));
    List<Object> header =
        new ArrayList<>(
            List.of("ID", "Start time", "Completion time", "Email", "Name", LEADER_QUESTION));
    habits.forEach(
        h ->
            header.add(
                "Since the programme began, how has this leader changed on: "
                    + Habit.fromCode(h).map(Habit::title).orElse(h)
                    + "?"));
    header.addAll(List.of(OVERALL_QUESTION, FOLLOW_UP_QUESTION, FEEDFORWARD_QUESTION));
    try (ExportWriter out = ExportWriter.xlsx(file, "Form1")) {
      out.row(header);
      int id = 1;
      for (SurveyResponse r : answers) {
        Leader leader = leaders.get(r.leaderId());
        List<Object> row =
            new ArrayList<>(
                List.of(
                    id++,
                    r.submittedAt().minusMinutes(4),
                    r.submittedAt(),
                    emails.get(r.stakeholderKey()),
                    "",
                    leader.name() + " (" + leader.id() + ")"));
        for (String habit : habits) {
          Goal goal =
              leader.goals().stream()
                  .filter(g -> g.habitCode().equals(habit))
                  .findFirst()
                  .orElse(null);
          row.add(
              goal == null ? null : AnswerWords.label(rating(r, goal.number()), "Not observed"));
        }
        row.add(AnswerWords.label(rating(r, 0), "Not observed"));
        row.add(AnswerWords.followUp(r.followUp()));
        row.add(r.feedforward());
        out.row(row);
      }
    }
  }

  /**
   * Google Forms, downloaded as CSV: Timestamp as US text, Email Address, the leader by name, and a
   * grid "Perceived change [Goal n]" whose linear scale exports the number.
   */
  static void googleForms(
      Path file,
      Map<String, Leader> leaders,
      List<SurveyResponse> answers,
      Map<String, String> emails,
      int goalColumns)
      throws IOException {
    List<Object> header = new ArrayList<>(List.of("Timestamp", "Email Address", LEADER_QUESTION));
    for (int n = 1; n <= goalColumns; n++) {
      header.add("Perceived change since the programme began [Goal " + n + "]");
    }
    header.addAll(List.of(FOLLOW_UP_QUESTION, FEEDFORWARD_QUESTION));
    try (ExportWriter out = ExportWriter.csv(file)) {
      out.row(header);
      for (SurveyResponse r : answers) {
        List<Object> row =
            new ArrayList<>(
                List.of(
                    GOOGLE_TIME.format(r.submittedAt()),
                    emails.get(r.stakeholderKey()),
                    leaders.get(r.leaderId()).name() + " (" + r.leaderId() + ")"));
        for (int n = 1; n <= goalColumns; n++) {
          boolean has = hasGoal(r, n);
          Integer value = rating(r, n);
          row.add(!has ? "" : value == null ? "N/A" : (value > 0 ? "+" : "") + value);
        }
        row.add(AnswerWords.followUp(r.followUp()));
        row.add(r.feedforward());
        out.row(row);
      }
    }
  }

  static Integer rating(SurveyResponse r, int goal) {
    return r.ratings().stream()
        .filter(x -> x.goalNumber() == goal)
        .findFirst()
        .map(Rating::value)
        .orElse(null);
  }

  static boolean hasGoal(SurveyResponse r, int goal) {
    return r.ratings().stream().anyMatch(x -> x.goalNumber() == goal);
  }
}
