package org.habittrends.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers read as plain digits, whatever the cell's display format. */
class RawCellFormatterTest {

  @ParameterizedTest
  @CsvSource({
    "2.0, 2",
    "-3.0, -3",
    "-0.0, 0",
    "1.5, 1.5",
    "0.1, 0.1",
    "12345678901234.0, 12345678901234",
    "1.0E20, 100000000000000000000",
    "-2.5E-3, -0.0025"
  })
  void numbersInGeneralFormat(double value, String text) {
    assertThat(new RawCellFormatter(false).formatRawCellContents(value, 0, "General"))
        .isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"false, 46100.5, 2026-03-19T12:00", "true, 44638.5, 2026-03-19T12:00"})
  void datesInEitherDateSystem(boolean date1904, double serial, String text) {
    assertThat(new RawCellFormatter(date1904).formatRawCellContents(serial, 22, "m/d/yy h:mm"))
        .isEqualTo(text);
  }
}
