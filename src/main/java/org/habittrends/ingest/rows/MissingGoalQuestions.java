package org.habittrends.ingest.rows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Habit;
import org.habittrends.ingest.layout.HeaderText;

/**
 * Says what to do when a leader's goal has no question in a file: the file's questions most like
 * the goal, and the {@code import: goals:} line that would map the likeliest one. A coach then
 * copies one line into programme.yml instead of guessing how the mapping is written.
 */
final class MissingGoalQuestions {

  static final int CLOSEST = 3;
  // words every question has, which say nothing about the goal
  private static final Set<String> FILLER =
      Set.of(
          "the",
          "and",
          "how",
          "has",
          "have",
          "this",
          "that",
          "with",
          "for",
          "our",
          "your",
          "you",
          "was",
          "what",
          "his",
          "her",
          "their",
          "changed",
          "change",
          "leader",
          "goal",
          "effective");

  private MissingGoalQuestions() {}

  /** One remedy per goal without a question; {@code questions} are the unmapped headers. */
  static String remedy(List<Goal> missing, List<String> questions) {
    List<String> parts = new ArrayList<>();
    for (Goal goal : missing) {
      parts.add(remedy(goal, questions));
    }
    return String.join("; ", parts);
  }

  static String remedy(Goal goal, List<String> questions) {
    List<String> closest = closest(goal, questions, CLOSEST);
    StringBuilder text =
        new StringBuilder("goal ")
            .append(goal.number())
            .append(" \"")
            .append(goal.title())
            .append("\" has no question in this file");
    if (!closest.isEmpty()) {
      text.append(" (closest questions: ")
          .append(String.join(", ", closest.stream().map(q -> "\"" + q + "\"").toList()))
          .append(')');
    }
    String question = closest.isEmpty() ? "the question's text" : closest.get(0);
    return text.append("; if it is asked, add to programme.yml under import: goals: ")
        .append(goalLine(goal, question))
        .toString();
  }

  /** The mapping line: by habit where the goal is one, so it fits every leader with that goal. */
  static String goalLine(Goal goal, String question) {
    String target =
        Habit.fromCode(goal.habitCode())
            .map(h -> "habit: " + h.name())
            .orElse("goal: " + goal.number());
    return "- {question: " + yamlString(question) + ", " + target + "}";
  }

  /** The {@code count} questions sharing most words with the goal's habit title and wording. */
  static List<String> closest(Goal goal, List<String> questions, int count) {
    List<Set<String>> goalTexts = new ArrayList<>();
    Habit.fromCode(goal.habitCode()).ifPresent(h -> goalTexts.add(words(h.title())));
    if (goal.wording() != null) {
      goalTexts.add(words(goal.wording()));
    }
    if (goalTexts.isEmpty()) {
      goalTexts.add(words(goal.habitCode()));
    }
    return questions.stream()
        .filter(q -> !q.isBlank())
        .distinct()
        .sorted(
            Comparator.comparingDouble(
                    (String q) -> goalTexts.stream().mapToDouble(t -> shared(t, q)).max().orElse(0))
                .reversed())
        .limit(count)
        .toList();
  }

  /** The share of the goal's words that the question has, a word's first five letters counting. */
  private static double shared(Set<String> goalWords, String question) {
    if (goalWords.isEmpty()) {
      return 0;
    }
    Set<String> questionWords = words(question);
    long found = goalWords.stream().filter(questionWords::contains).count();
    return (double) found / goalWords.size();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : HeaderText.normalise(text).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3 && !FILLER.contains(word)) {
        words.add(word.length() > 5 ? word.substring(0, 5) : word);
      }
    }
    return words;
  }

  private static String yamlString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
