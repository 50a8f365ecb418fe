package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HabitTitlesTest {

  @Test
  void everyCatalogueHabitHasAGermanTitle() throws IOException {
    List<String> codes = catalogueCodes();
    assertThat(codes).hasSize(21);
    HabitTitles german = new HabitTitles(Locale.GERMAN);
    for (String code : codes) {
      assertThat(german.title(code, "English title")).as(code).isNotEqualTo("English title");
    }
    assertThat(german.title("NOT_LISTENING", "Not listening")).isEqualTo("Nicht zuhören");
    assertThat(new HabitTitles(Locale.forLanguageTag("de-CH")).title("NOT_LISTENING", "x"))
        .isEqualTo("Nicht zuhören");
  }

  @Test
  void englishAProgrammesOwnHabitAndALanguageWithoutTitlesKeepTheCatalogueTitle() {
    assertThat(new HabitTitles(Locale.ENGLISH).title("NOT_LISTENING", "Not listening"))
        .isEqualTo("Not listening");
    assertThat(new HabitTitles(Locale.GERMAN).title("OUR_OWN_HABIT", "Unser Thema"))
        .isEqualTo("Unser Thema");
    assertThat(new HabitTitles(Locale.GERMAN).title("OUR_OWN_HABIT", null))
        .isEqualTo("OUR_OWN_HABIT");
    assertThat(new HabitTitles(Locale.forLanguageTag("fi")).title("NOT_LISTENING", "Not listening"))
        .isEqualTo("Not listening");
    assertThat(new HabitTitles(null).title("NOT_LISTENING", "Not listening"))
        .isEqualTo("Not listening");
  }

  private static List<String> catalogueCodes() throws IOException {
    try (InputStream in =
        HabitTitlesTest.class.getResourceAsStream("/db/migration/V2__habit_catalogue.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Pattern.compile("\\('([A-Z_]+)',")
          .matcher(sql)
          .results()
          .map(m -> m.group(1))
          .toList();
    }
  }
}
