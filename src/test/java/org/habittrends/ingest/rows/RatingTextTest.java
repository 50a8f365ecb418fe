package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTextTest {

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "3,3",
        "+1,1",
        "'-2,-2",
        "-3,-3",
        "0,0",
        "2.0,2",
        "' +2,2",
        "\u22121,-1",
        "Somewhat more effective (+1),1",
        "Much less effective (-3),-3"
      })
  void readsWholeNumbersWrittenInManyWays(String text, int expected) {
    RatingText.Parsed parsed = RatingText.parse(text);
    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "  ", "N/A", "n/a", "NA", "Not observed", "Don't know", "Don\u2019t know"})
  void notApplicableWordsAreMissingRatingsNotErrors(String text) {
    RatingText.Parsed parsed = RatingText.parse(text);
    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.value()).isNull();
  }

  @Test
  void outOfRangeIsAProblem() {
    assertThat(RatingText.parse("+5").problem()).isEqualTo("+5 is outside the scale -3 to +3");
    assertThat(RatingText.parse("-4").ok()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"great", "1.5", "two", "-", "1-2"})
  void unreadableTextIsAProblem(String text) {
    assertThat(RatingText.parse(text).problem()).contains("is not a rating from -3 to +3 or N/A");
  }

  @Test
  void nullIsNotApplicable() {
    assertThat(RatingText.parse(null).value()).isNull();
  }
}
