package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.habittrends.domain.SurveyResponse;
import org.junit.jupiter.api.Test;

/** check's stand-in for the stored answers applies the import's supersede rule. */
class CheckedAnswersTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 9, 18, 9, 0);

  @Test
  void aLaterLineOfTheSameFileSupersedesTheEarlierOne() {
    CheckedAnswers answers = new CheckedAnswers();
    assertThat(answers.offer("a.csv", 8, answer(NINE))).isEqualTo(CheckedAnswers.Outcome.STORED);

    CheckedAnswers.Outcome outcome = answers.offer("a.csv", 9, answer(NINE.plusHours(1)));

    assertThat(outcome.rejectedLine()).isEqualTo(8);
    assertThat(outcome.reason()).isEqualTo("superseded by line 9 (latest Submitted wins)");
  }

  @Test
  void anEarlierTimeOnALaterLineLosesWithinTheFile() {
    CheckedAnswers answers = new CheckedAnswers();
    answers.offer("a.csv", 8, answer(NINE));

    CheckedAnswers.Outcome outcome = answers.offer("a.csv", 9, answer(NINE.minusDays(1)));

    assertThat(outcome.rejectedLine()).isEqualTo(9);
    assertThat(outcome.reason()).isEqualTo("superseded by line 8 (latest Submitted wins)");
  }

  @Test
  void aLaterFileReplacesAnEarlierAnswerUnlessThatWasSubmittedLater() {
    CheckedAnswers answers = new CheckedAnswers();
    answers.offer("corrections.xlsx", 2, answer(NINE));

    CheckedAnswers.Outcome older = answers.offer("wave-4.csv", 4, answer(NINE.minusDays(10)));
    CheckedAnswers.Outcome newer = answers.offer("wave-4b.csv", 4, answer(NINE.plusDays(1)));

    assertThat(older.rejectedLine()).isEqualTo(4);
    assertThat(older.reason())
        .isEqualTo(
            "an answer submitted later (2026-09-18 09:00, from corrections.xlsx) is already stored");
    assertThat(newer)
        .as("replaces the stored answer, as the import does")
        .isEqualTo(CheckedAnswers.Outcome.STORED);
  }

  @Test
  void otherStakeholdersAndWavesDoNotCompete() {
    CheckedAnswers answers = new CheckedAnswers();
    answers.offer("a.csv", 2, answer(NINE));

    assertThat(
            answers.offer(
                "a.csv", 3, new SurveyResponse("L01", "S2", 4, NINE, List.of(), null, null)))
        .isEqualTo(CheckedAnswers.Outcome.STORED);
    assertThat(
            answers.offer(
                "a.csv", 4, new SurveyResponse("L01", "S1", 3, NINE, List.of(), null, null)))
        .isEqualTo(CheckedAnswers.Outcome.STORED);
  }

  private static SurveyResponse answer(LocalDateTime submitted) {
    return new SurveyResponse("L01", "S1", 4, submitted, List.of(), null, null);
  }
}
