package org.habittrends.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.text.ParsePosition;
import org.junit.jupiter.api.Test;

class SignedFormatTest {

  private final SignedFormat format = new SignedFormat();

  @Test
  void writesSignsWithATrueMinus() {
    assertThat(format.format(2)).isEqualTo("+2");
    assertThat(format.format(0)).isEqualTo("0");
    assertThat(format.format(-1.0)).isEqualTo("\u22121");
  }

  @Test
  void readsBackWhatItWrites() throws ParseException {
    for (long value = -3; value <= 3; value++) {
      assertThat(format.parse(format.format(value)).longValue()).isEqualTo(value);
    }
    assertThat(format.parse("-2").longValue()).isEqualTo(-2);
  }

  @Test
  void reportsTextThatIsNoNumber() {
    ParsePosition pos = new ParsePosition(0);
    assertThat(format.parse("target", pos)).isNull();
    assertThat(pos.getErrorIndex()).isZero();
  }
}
