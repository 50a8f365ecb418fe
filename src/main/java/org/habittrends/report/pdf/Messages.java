package org.habittrends.report.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The report's words in the programme's language, from {@code i18n/report*.properties} (UTF-8).
 * English is the fallback for a language without a bundle and for a key a bundle lacks.
 *
 * <p>Each language's bundle is read and its patterns parsed once per JVM (immutable, shared by all
 * threads); an instance adds the per-document state (a number format) and belongs to one document
 * on one thread.
 */
final class Messages {

  private static final String BUNDLE = "i18n/report";
  private static final ConcurrentMap<Locale, Catalogue> CATALOGUES = new ConcurrentHashMap<>();

  /** Counts below this are written from a table made once per language by its NumberFormat. */
  private static final int SMALL = 1000;

  private final Catalogue catalogue;
  private NumberFormat numbers;

  private Messages(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  static Messages of(Locale requested) {
    Locale language =
        requested == null ? Locale.ENGLISH : Locale.forLanguageTag(requested.getLanguage());
    return new Messages(CATALOGUES.computeIfAbsent(language, Catalogue::load));
  }

  /** The language actually used: the requested one if it has a bundle, else English. */
  Locale locale() {
    return catalogue.locale;
  }

  /** The text for {@code key}, with {@code {0}}-style arguments filled in (MessageFormat rules). */
  String get(String key, Object... args) {
    MessagePattern pattern = catalogue.pattern(key);
    return args.length == 0 ? pattern.source() : pattern.format(args, this::number);
  }

  DateTimeFormatter day() {
    return catalogue.day;
  }

  DateTimeFormatter month() {
    return catalogue.month;
  }

  char decimalSeparator() {
    return catalogue.symbols.getDecimalSeparator();
  }

  /** A new format for {@code pattern} with this language's symbols (formats are not shared). */
  DecimalFormat decimalFormat(String pattern) {
    return new DecimalFormat(pattern, catalogue.symbols); // copies the symbols
  }

  /** A number as MessageFormat writes a plain {@code {0}} argument. */
  private String number(Number value) {
    if ((value instanceof Integer || value instanceof Long || value instanceof Short)
        && value.longValue() >= 0
        && value.longValue() < SMALL) {
      return catalogue.small[value.intValue()];
    }
    if (numbers == null) {
      numbers = NumberFormat.getInstance(catalogue.locale);
    }
    return numbers.format(value);
  }

  /** One language's patterns and formatters; immutable once built. */
  private static final class Catalogue {
    private final Locale locale;
    private final Map<String, MessagePattern> patterns;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DecimalFormatSymbols symbols; // never modified; DecimalFormat copies it
    private final String[] small = new String[SMALL];

    private Catalogue(Locale locale, Map<String, MessagePattern> patterns) {
      this.locale = locale;
      this.patterns = patterns;
      this.day = DateTimeFormatter.ofPattern(pattern("format.day").source(), locale);
      this.month = DateTimeFormatter.ofPattern(pattern("format.month").source(), locale);
      this.symbols = DecimalFormatSymbols.getInstance(locale);
      NumberFormat numbers = NumberFormat.getInstance(locale);
      for (int i = 0; i < SMALL; i++) {
        small[i] = numbers.format(i);
      }
    }

    private MessagePattern pattern(String key) {
      MessagePattern pattern = patterns.get(key);
      if (pattern == null) {
        throw new IllegalStateException("report text missing: " + key);
      }
      return pattern;
    }

    static Catalogue load(Locale language) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              language,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      Locale locale =
          bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
      Map<String, MessagePattern> patterns = new HashMap<>();
      for (String key : bundle.keySet()) {
        patterns.put(key, MessagePattern.parse(bundle.getString(key), locale));
      }
      return new Catalogue(locale, Map.copyOf(patterns));
    }
  }
}
