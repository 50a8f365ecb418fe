package org.habittrends.report;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Catalogue habits' titles in the report's language, from the report bundles ({@code habit.CODE} in
 * {@code i18n/report_xx.properties}). The catalogue table holds English titles; a language without
 * a title for a code, and a programme's own habit codes, keep the catalogue's title. Only the
 * habit's title is translated: a leader's own goal wording is printed as written.
 */
final class HabitTitles {

  private static final String PREFIX = "habit.";

  private final ResourceBundle bundle;

  HabitTitles(Locale language) {
    Locale lang = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language.getLanguage());
    this.bundle =
        ResourceBundle.getBundle(
            "i18n/report",
            lang,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The title to print for {@code code}: the language's, else the catalogue's, else the code. */
  String title(String code, String catalogueTitle) {
    if (code != null && bundle.containsKey(PREFIX + code)) {
      return bundle.getString(PREFIX + code);
    }
    return catalogueTitle == null ? code : catalogueTitle;
  }

  /**
   * What a reader sees for a goal (as Goal.title()): the leader's own wording, else the habit's.
   */
  static String goalTitle(String wording, String habitTitle) {
    return wording == null || wording.isBlank() ? habitTitle : wording.trim();
  }
}
