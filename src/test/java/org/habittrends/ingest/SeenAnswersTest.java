package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.habittrends.ingest.store.StoredAnswers;
import org.junit.jupiter.api.Test;

class SeenAnswersTest {

  @Test
  void anAnswerAddedIsAlwaysSeen() {
    SeenAnswers seen = new SeenAnswers();
    for (int i = 0; i < 200_000; i++) {
      seen.add(StoredAnswers.key("L" + i / 40, "S" + i % 10, i / 10 % 4 + 1));
    }
    for (int i = 0; i < 200_000; i++) {
      assertThat(seen.mightContain(StoredAnswers.key("L" + i / 40, "S" + i % 10, i / 10 % 4 + 1)))
          .isTrue();
    }
  }

  @Test
  void answersNotAddedAreRarelyTakenForSeenEvenAfterHalfAMillion() {
    SeenAnswers seen = new SeenAnswers();
    for (int i = 0; i < 500_000; i++) {
      seen.add(StoredAnswers.key("L" + i / 40, "S" + i % 10, i / 10 % 4 + 1));
    }
    int wrong = 0;
    for (int i = 0; i < 100_000; i++) {
      if (seen.mightContain(StoredAnswers.key("L" + i / 40, "S" + i % 10, 5 + i % 3))) {
        wrong++;
      }
    }
    assertThat(wrong).as("false positives in 100,000").isLessThan(1_000);
  }
}
