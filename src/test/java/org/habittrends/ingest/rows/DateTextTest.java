package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.habittrends.domain.ImportSettings.DateOrder;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-14T09:30|2026-03-14T09:30",
        "2026-03-14 09:30:15|2026-03-14T09:30:15",
        "2026-03-14|2026-03-14T00:00",
        "8/31/2023 19:08:16|2023-08-31T19:08:16",
        "31/08/2023 19:08|2023-08-31T19:08",
        "31.08.2023 19:08|2023-08-31T19:08",
        "01.08.2023|2023-08-01T00:00",
        "2026/09/27 3:00:00 PM GMT+3|2026-09-27T15:00",
        "2026/09/27 12:05:00 AM|2026-09-27T00:05",
        "03/14/2026 09:30:00 AM|2026-03-14T09:30",
        "14/03/26 9:30|2026-03-14T09:30",
        "05/05/2026 10:00|2026-05-05T10:00",
        "46085.5|2026-03-04T12:00",
        "46086|2026-03-05T00:00"
      })
  void readsWhatSurveyToolsWrite(String text, String expected) {
    assertThat(DateText.parse(text, DateOrder.AUTO, false)).contains(LocalDateTime.parse(expected));
  }

  /** Google Apps Script copies a response's timestamp as JavaScript's Date.toString(). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mon Sep 08 2025 13:58:23 GMT-0500 (Central Daylight Time)|2025-09-08T13:58:23",
        "Sun Nov 02 2025 01:30:00 GMT-0600 (Central Standard Time)|2025-11-02T01:30",
        "Fri Mar 13 2026 23:59:59 GMT+0100 (Mitteleuropäische Normalzeit)|2026-03-13T23:59:59",
        "Tue Dec 01 2026 09:05:07 GMT+0000|2026-12-01T09:05:07",
        "Thu Jan 1 2026 7:00:00 GMT-0800 (PST)|2026-01-01T07:00"
      })
  void readsJavaScriptDatesAsTheWallTimeWritten(String text, String expected) {
    assertThat(DateText.parse(text, DateOrder.AUTO, false)).contains(LocalDateTime.parse(expected));
    assertThat(DateText.isAmbiguous(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "Mon Foo 08 2025 13:58:23 GMT-0500",
    "Mon Feb 30 2026 10:00:00 GMT+0000",
    "Mon Sep 08 2025 25:58:23 GMT-0500"
  })
  void impossibleJavaScriptDatesAreNotRead(String text) {
    assertThat(DateText.parse(text, DateOrder.AUTO, false)).isEmpty();
  }

  @Test
  void serialsCountFrom1904WhenTheWorkbookSaysSo() {
    // the same day is 1,462 serial days apart in the two systems
    assertThat(DateText.parse("44624", DateOrder.AUTO, true))
        .contains(LocalDateTime.parse("2026-03-05T00:00"));
  }

  @Test
  void ambiguousDatesNeedAnOrder() {
    assertThat(DateText.isAmbiguous("03/04/2026 10:00")).isTrue();
    assertThat(DateText.parse("03/04/2026 10:00", DateOrder.AUTO, false)).isEmpty();
    assertThat(DateText.parse("03/04/2026 10:00", DateOrder.DAY_FIRST, false))
        .contains(LocalDateTime.parse("2026-04-03T10:00"));
    assertThat(DateText.parse("03/04/2026 10:00", DateOrder.MONTH_FIRST, false))
        .contains(LocalDateTime.parse("2026-03-04T10:00"));
    assertThat(DateText.isAmbiguous("13/04/2026")).isFalse();
    assertThat(DateText.isAmbiguous("2026-04-03")).isFalse();
    assertThat(DateText.isAmbiguous("03.04.2026")).isFalse();
  }

  @Test
  void evidenceNamesTheOrderAValueProves() {
    assertThat(DateText.evidence("13/04/2026")).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(DateText.evidence("4/13/2026 9:00")).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(DateText.evidence("4/3/2026")).isNull();
    assertThat(DateText.evidence("2026-04-13")).isNull();
  }

  @ParameterizedTest
  @CsvSource({"31/02/2026", "2026-13-01", "yesterday", "13/13/2026", "25:00 14/03/2026"})
  void impossibleDatesAreNotRead(String text) {
    assertThat(DateText.parse(text, DateOrder.DAY_FIRST, false)).isEmpty();
  }

  /** Any time written in either order with a day above 12 reads back to itself. */
  @RepeatedTest(200)
  void unambiguousTextRoundTrips(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    LocalDateTime time =
        LocalDateTime.of(
            2020 + random.nextInt(10),
            1 + random.nextInt(12),
            13 + random.nextInt(16),
            random.nextInt(24),
            random.nextInt(60),
            random.nextInt(60));
    String dayFirst =
        String.format(
            "%d/%d/%d %d:%02d:%02d",
            time.getDayOfMonth(),
            time.getMonthValue(),
            time.getYear(),
            time.getHour(),
            time.getMinute(),
            time.getSecond());
    String monthFirst =
        String.format(
            "%d/%d/%d %d:%02d:%02d",
            time.getMonthValue(),
            time.getDayOfMonth(),
            time.getYear(),
            time.getHour(),
            time.getMinute(),
            time.getSecond());
    assertThat(DateText.parse(dayFirst, DateOrder.AUTO, false)).contains(time);
    assertThat(DateText.parse(monthFirst, DateOrder.AUTO, false)).contains(time);
  }
}
