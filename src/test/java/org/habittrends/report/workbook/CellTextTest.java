package org.habittrends.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "=1+2|'=1+2",
        "+SUM(A1)|'+SUM(A1)",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "  =HYPERLINK(\"x\")|'  =HYPERLINK(\"x\")",
        "＝1|'＝1",
        "Ada Lovelace|Ada Lovelace",
        "Not listening|Not listening",
        "a=b|a=b"
      })
  void textThatCouldRunAsAFormulaIsQuoted(String text, String expected) {
    assertThat(CellText.neutralise(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'\t=1'", "'\rcmd'"})
  void leadingControlCharactersAreQuoted(String text) {
    assertThat(CellText.neutralise(text)).startsWith("'");
  }
}
