package org.habittrends.ingest.rows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.habittrends.domain.ImportSettings.DateOrder;

/**
 * Reads the response times survey tools write: ISO-8601 (what date cells become), Excel serial
 * numbers, and locale text such as {@code 8/31/2023 19:08:16}, {@code 31.08.2023 19:08}, {@code
 * 2026/09/27 3:00:00 PM GMT+3} or {@code 03/14/2026 09:30:00 AM}. A time zone suffix is dropped:
 * the wall-clock time the tool showed is what coaches compare with wave dates. Dates like
 * 03/04/2026 need a {@link DateOrder}; {@link #evidence} tells which order a value proves.
 * JavaScript's {@code Date.toString()}, which Google Apps Script writes when it copies responses
 * ({@code Mon Sep 08 2025 13:58:23 GMT-0500 (Central Daylight Time)}), reads as the wall time
 * written.
 */
public final class DateText {

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?.*)?");
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{2,4}),?"
              + "(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp])?\\.?[Mm]?\\.?)?"
              + "(?:\\s*(?:GMT|UTC|Z)?\\s*(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?");
  private static final Pattern JAVASCRIPT =
      Pattern.compile(
          "(?i)(?:[a-z]{3},?\\s+)?([a-z]{3})\\s+(\\d{1,2}),?\\s+(\\d{4})"
              + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"
              + "(?:\\s*(?:GMT|UTC)(?:[+-]\\d{2}:?\\d{2})?)?(?:\\s*\\([^)]*\\))?");
  private static final java.util.List<String> MONTHS =
      java.util.List.of(
          "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(?:\\.\\d+)?");
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  private DateText() {}

  /** Which order this value proves, or null when it proves none (ISO, or both parts ≤ 12). */
  public static DateOrder evidence(String text) {
    Matcher m = NUMERIC.matcher(text.strip());
    if (!m.matches() || m.group(1).length() == 4 || ".".equals(m.group(2))) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    if (first > 12 && second <= 12) {
      return DateOrder.DAY_FIRST;
    }
    if (second > 12 && first <= 12) {
      return DateOrder.MONTH_FIRST;
    }
    return null;
  }

  /** True when the value reads differently day-first and month-first. */
  public static boolean isAmbiguous(String text) {
    Matcher m = NUMERIC.matcher(text.strip());
    return m.matches()
        && m.group(1).length() < 4
        && !".".equals(m.group(2))
        && !m.group(1).equals(m.group(3))
        && Integer.parseInt(m.group(1)) <= 12
        && Integer.parseInt(m.group(3)) <= 12;
  }

  /**
   * @param order how to read an ambiguous value; AUTO leaves such values unread
   * @param date1904 whether serial numbers count from 1904 (old Mac Excel)
   */
  public static Optional<LocalDateTime> parse(String raw, DateOrder order, boolean date1904) {
    String text = raw == null ? "" : raw.strip();
    LocalDateTime common = isoMinutesOrSeconds(text);
    if (common != null) {
      return Optional.of(common);
    }
    try {
      Matcher iso = ISO.matcher(text);
      if (iso.matches()) {
        return Optional.of(at(year(iso.group(1)), iso.group(2), iso.group(3), iso, 4, null));
      }
      Matcher js = JAVASCRIPT.matcher(text);
      if (js.matches()) {
        int month = MONTHS.indexOf(js.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
        if (month == 0) {
          return Optional.empty();
        }
        return Optional.of(
            at(year(js.group(3)), Integer.toString(month), js.group(2), js, 4, null));
      }
      if (SERIAL.matcher(text).matches()) {
        return serial(Double.parseDouble(text), date1904);
      }
      Matcher m = NUMERIC.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
      if (m.group(1).length() == 4) {
        return Optional.of(at(year(m.group(1)), m.group(3), m.group(4), m, 5, m.group(8)));
      }
      DateOrder read = ".".equals(m.group(2)) ? DateOrder.DAY_FIRST : evidence(text);
      if (read == null) {
        read = m.group(1).equals(m.group(3)) ? DateOrder.DAY_FIRST : order;
      }
      if (read == DateOrder.AUTO) {
        return Optional.empty();
      }
      String day = read == DateOrder.DAY_FIRST ? m.group(1) : m.group(3);
      String month = read == DateOrder.DAY_FIRST ? m.group(3) : m.group(1);
      return Optional.of(at(year(m.group(4)), month, day, m, 5, m.group(8)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * 2026-03-14T09:30 or 2026-03-14T09:30:15 (as date cells and the mappers write times), without
   * the cost of DateTimeFormatter; null for anything else, including an impossible date.
   */
  static LocalDateTime isoMinutesOrSeconds(String text) {
    int length = text.length();
    if ((length != 16 && length != 19)
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || (length == 19 && text.charAt(16) != ':')) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = length == 19 ? digits(text, 17, 19) : 0;
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written by digits only in text[from, to), or -1. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static LocalDateTime at(
      int year, String month, String day, Matcher m, int timeGroup, String amPm) {
    LocalDate date = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
    if (m.group(timeGroup) == null) {
      return date.atStartOfDay();
    }
    int hour = Integer.parseInt(m.group(timeGroup));
    if (amPm != null) {
      if (hour < 1 || hour > 12) {
        throw new DateTimeException("hour " + hour + " with AM/PM");
      }
      hour = hour % 12 + (amPm.equalsIgnoreCase("p") ? 12 : 0);
    }
    String seconds = m.group(timeGroup + 2);
    return date.atTime(
        LocalTime.of(
            hour,
            Integer.parseInt(m.group(timeGroup + 1)),
            seconds == null ? 0 : Integer.parseInt(seconds)));
  }

  private static int year(String text) {
    int year = Integer.parseInt(text);
    return text.length() == 2 ? 2000 + year : year;
  }

  /** Excel serial days; 1900 system from 1 March 1900 (its fictitious 29 Feb 1900 is skipped). */
  private static Optional<LocalDateTime> serial(double value, boolean date1904) {
    if (value < 61 || value > 2958465) {
      return Optional.empty();
    }
    long days = (long) Math.floor(value);
    long seconds = Math.round((value - days) * 86400);
    LocalDate epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
    return Optional.of(epoch.plusDays(days).atStartOfDay().plusSeconds(seconds));
  }
}
