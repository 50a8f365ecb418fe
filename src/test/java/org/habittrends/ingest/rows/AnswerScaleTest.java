package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.habittrends.domain.FollowUp;
import org.habittrends.domain.ImportSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerScaleTest {

  private final AnswerScale scale = new AnswerScale(ImportSettings.DEFAULTS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "More effective           | 2",
        "Less effective           | -2",
        "No perceptible change    | 0",
        "Slightly more effective  | 1",
        "slightly less  effective | -1",
        "Somewhat more effective  | 1",
        "Much less effective      | -3"
      })
  void readsTheScaleLabelsTheStudiesUse(String label, int value) {
    assertThat(scale.rating(label, false).value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Consistent or periodic follow-up | CONSISTENT",
        "consistent or periodic follow up | CONSISTENT",
        "Consistent follow-up             | CONSISTENT",
        "Little follow-up                 | A_LITTLE",
        "A little follow-up               | A_LITTLE",
        "FREQUENT                         | FREQUENT"
      })
  void readsTheContactSportStudysFollowUpWording(String label, FollowUp level) {
    assertThat(scale.followUp(label)).hasValue(level);
  }

  @org.junit.jupiter.api.Test
  void anUnknownLabelSaysHowToMapIt() {
    assertThat(scale.rating("Bastante mejor", false).problem())
        .isEqualTo(
            "\"Bastante mejor\" is not a rating from -3 to +3 or N/A; if it is a label of the"
                + " scale, map it in programme.yml: import: ratings: labels: {\"Bastante mejor\":"
                + " 1} (its value -3..+3), or add it to import: ratings: not-applicable:");
  }
}
