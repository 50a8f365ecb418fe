package org.habittrends.ingest.layout;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header comparison: case, spacing, hyphens, quotes and HTML entities (SurveyMonkey writes {@code
 * &apos;}) do not matter. A name written as {@code /.../} is a regular expression.
 */
public final class HeaderText {

  private HeaderText() {}

  public static String normalise(String header) {
    if (header == null) {
      return "";
    }
    String text =
        header
            .replace("&apos;", "'")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&nbsp;", " ");
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("[\u201c\u201d\u201e\"\u2018\u2019'`\u00ab\u00bb]", "")
        .replaceAll("[-_\\s\u00a0\u2013]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** A whole-header match: equal after normalising, or a /regex/ found in the header. */
  static boolean isColumn(String header, String name) {
    if (isRegex(name)) {
      return regex(name).matcher(header == null ? "" : header).find();
    }
    return normalise(header).equals(normalise(name));
  }

  /** A question match: the text appears in the question, or a /regex/ is found in it. */
  public static boolean mentions(String header, String text) {
    if (isRegex(text)) {
      return regex(text).matcher(header == null ? "" : header).find();
    }
    String wanted = normalise(text);
    return !wanted.isEmpty() && normalise(header).contains(wanted);
  }

  private static boolean isRegex(String name) {
    return name.length() > 2 && name.startsWith("/") && name.endsWith("/");
  }

  private static Pattern regex(String name) {
    return Pattern.compile(
        name.substring(1, name.length() - 1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
