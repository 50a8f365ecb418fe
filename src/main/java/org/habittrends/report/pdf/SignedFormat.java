package org.habittrends.report.pdf;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis labels for perceived change: "+2", "0", "−1" (a true minus sign). */
final class SignedFormat extends NumberFormat {

  private static final long serialVersionUID = 1L;

  @Override
  public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
    return format(Math.round(number), to, pos);
  }

  @Override
  public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
    String sign = number > 0 ? "+" : number < 0 ? Wording.MINUS : "";
    return to.append(sign).append(Math.abs(number));
  }

  /** Reads what {@link #format} writes; per the NumberFormat contract, null with an error index. */
  @Override
  public Number parse(String source, ParsePosition pos) {
    int i = pos.getIndex();
    int sign = 1;
    if (i < source.length() && "+-\u2212".indexOf(source.charAt(i)) >= 0) {
      sign = source.charAt(i) == '+' ? 1 : -1;
      i++;
    }
    int digits = i;
    while (i < source.length() && Character.isDigit(source.charAt(i))) {
      i++;
    }
    if (i == digits) {
      pos.setErrorIndex(i);
      return null;
    }
    pos.setIndex(i);
    return sign * Long.parseLong(source.substring(digits, i));
  }
}
