package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.habittrends.domain.Goal;
import org.junit.jupiter.api.Test;

class MissingGoalQuestionsTest {

  private static final List<String> QUESTIONS =
      List.of(
          "What is your role?",
          "How has Ana changed on listening?",
          "How has Ana changed on passing judgment?",
          "Any other comment?",
          "How often did Ana check in with you?");

  @Test
  void ranksTheQuestionsByTheWordsTheyShareWithTheGoal() {
    Goal listening = new Goal(1, "NOT_LISTENING", null);
    assertThat(MissingGoalQuestions.closest(listening, QUESTIONS, 3))
        .hasSize(3)
        .first()
        .isEqualTo("How has Ana changed on listening?");
    Goal judging = new Goal(2, "PASSING_JUDGMENT", "Stop judging ideas early");
    assertThat(MissingGoalQuestions.closest(judging, QUESTIONS, 3))
        .first()
        .isEqualTo("How has Ana changed on passing judgment?");
  }

  @Test
  void namesTheGoalTheClosestQuestionsAndTheLineToAdd() {
    String remedy = MissingGoalQuestions.remedy(new Goal(1, "NOT_LISTENING", null), QUESTIONS);
    assertThat(remedy)
        .startsWith("goal 1 \"Not listening\" has no question in this file (closest questions: ")
        .contains("\"How has Ana changed on listening?\"")
        .endsWith(
            "add to programme.yml under import: goals: - {question: \"How has Ana changed on"
                + " listening?\", habit: NOT_LISTENING}");
  }

  @Test
  void aGoalOfTheCoachsOwnIsMappedByNumberAndQuotesAreEscaped() {
    assertThat(
            MissingGoalQuestions.goalLine(
                new Goal(3, "DELEGATE", "Delegate more"), "Rate \"delegation\""))
        .isEqualTo("- {question: \"Rate \\\"delegation\\\"\", goal: 3}");
    assertThat(MissingGoalQuestions.remedy(new Goal(1, "NOT_LISTENING", null), List.of()))
        .isEqualTo(
            "goal 1 \"Not listening\" has no question in this file; if it is asked, add to"
                + " programme.yml under import: goals: - {question: \"the question's text\","
                + " habit: NOT_LISTENING}");
  }
}
