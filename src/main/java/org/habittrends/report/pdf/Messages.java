package org.habittrends.report.pdf;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words in the programme's language, from {@code i18n/report*.properties} (UTF-8).
 * English is the fallback for a language without a bundle and for a key a bundle lacks.
 */
final class Messages {

  private static final String BUNDLE = "i18n/report";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  static Messages of(Locale requested) {
    Locale language =
        requested == null ? Locale.ENGLISH : Locale.forLanguageTag(requested.getLanguage());
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Messages(
        bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale(), bundle);
  }

  /** The language actually used: the requested one if it has a bundle, else English. */
  Locale locale() {
    return locale;
  }

  /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
  String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("report text missing: " + key, e);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  DateTimeFormatter day() {
    return DateTimeFormatter.ofPattern(get("format.day"), locale);
  }

  DateTimeFormatter month() {
    return DateTimeFormatter.ofPattern(get("format.month"), locale);
  }
}
