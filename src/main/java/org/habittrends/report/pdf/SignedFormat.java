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

  @Override
  public Number parse(String source, ParsePosition pos) {
    throw new UnsupportedOperationException("labels are only formatted");
  }
}
