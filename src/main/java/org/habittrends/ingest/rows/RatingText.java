package org.habittrends.ingest.rows;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.habittrends.domain.Rating;

/**
 * Reads one rating cell: a whole number −3..+3 written as a number or text ("+1", "'-2", "−3", the
 * decimal comma "1,0" of semicolon-separated files), a label with the number inside ("Somewhat more
 * effective (+1)"), or an N/A word, which is a missing rating rather than an error.
 */
final class RatingText {

  static final Set<String> NOT_APPLICABLE =
      Set.of("n/a", "na", "n.a.", "not observed", "don't know", "dont know", "not applicable");
  private static final Pattern SIGNED_WHOLE = Pattern.compile("[+-]?\\d+([.,]0+)?");
  private static final Pattern IN_PARENTHESES = Pattern.compile("\\(\\s*([+-]?\\d+)\\s*\\)");

  /** The outcome: {@code problem} is null when readable; {@code value} null means N/A. */
  record Parsed(Integer value, String problem) {
    boolean ok() {
      return problem == null;
    }
  }

  private RatingText() {}

  static Parsed parse(String raw) {
    String text = normalise(raw);
    if (text.isEmpty() || NOT_APPLICABLE.contains(text.toLowerCase(Locale.ROOT))) {
      return new Parsed(null, null);
    }
    String number = text;
    if (!SIGNED_WHOLE.matcher(number).matches()) {
      Matcher inside = IN_PARENTHESES.matcher(text);
      if (!inside.find()) {
        return new Parsed(null, notARating(raw));
      }
      number = inside.group(1);
    }
    int value;
    try {
      value = (int) Double.parseDouble(number.replace(',', '.'));
    } catch (NumberFormatException e) {
      return new Parsed(null, notARating(raw));
    }
    if (value < Rating.MIN || value > Rating.MAX) {
      return new Parsed(null, raw.trim() + " is outside the scale -3 to +3");
    }
    return new Parsed(value, null);
  }

  /** The problem and its remedy: a scale label the import does not know is mapped by the coach. */
  private static String notARating(String raw) {
    String text = raw.trim();
    return "\""
        + text
        + "\" is not a rating from -3 to +3 or N/A; if it is a label of the scale, map it in"
        + " programme.yml: import: ratings: labels: {\""
        + text.replace("\"", "\\\"")
        + "\": 1} (its value -3..+3), or add it to import: ratings: not-applicable:";
  }

  /** Strips a leading apostrophe (Excel's text marker) and maps typographic minus and quotes. */
  private static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    String text = raw.strip().replace('\u2212', '-').replace('\u2013', '-').replace('\u2019', '\'');
    if (text.startsWith("'")) {
      text = text.substring(1).strip();
    }
    return text;
  }
}
