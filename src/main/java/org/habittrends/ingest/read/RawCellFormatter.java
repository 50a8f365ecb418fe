package org.habittrends.ingest.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into text that does not depend on display formats or locale: dates and times
 * as ISO-8601 (in the workbook's 1900 or 1904 date system), other numbers as plain digits, so that
 * a rating shown as "+2.0" still reads 2.
 */
final class RawCellFormatter extends DataFormatter {

  /** Doubles below this hold every whole number exactly (2^53). */
  private static final double WHOLE_EXACTLY = 9.007199254740992E15;

  private final boolean date1904;
  // which number formats show dates: asked once per format, not once per cell
  private final Map<Integer, Boolean> dateFormats = new HashMap<>();

  RawCellFormatter(boolean date1904) {
    this.date1904 = date1904;
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    return formatRawCellContents(value, formatIndex, formatString, date1904);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    boolean date =
        dateFormats.computeIfAbsent(
            formatIndex, index -> DateUtil.isADateFormat(index, formatString));
    if (date && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value, use1904Windowing, true).toString();
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < WHOLE_EXACTLY) {
      return Long.toString((long) value); // ratings, waves, ids: most cells, without BigDecimal
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
