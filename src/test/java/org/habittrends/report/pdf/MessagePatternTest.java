package org.habittrends.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The parsed-once patterns write exactly what MessageFormat writes. */
class MessagePatternTest {

  private static final List<Object[]> ARGUMENTS =
      List.of(
          new Object[] {},
          new Object[] {"Zoë"},
          new Object[] {0, 0, "Wave 3", "+1.9"},
          new Object[] {1, 1, "Wave 3", "\u22120.4"},
          new Object[] {7, 8, "Wave 3", "+1.9"},
          new Object[] {2, 12, 3, 4},
          new Object[] {1234, 5678.5, 1, 2},
          new Object[] {-3, 2.25, 0.001, "x"},
          new Object[] {"a", null, "b", "c"});

  @Test
  void everyPatternOfEveryBundleFormatsLikeMessageFormat() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "i18n/report",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      NumberFormat numbers = NumberFormat.getInstance(locale);
      for (String key : bundle.keySet()) {
        String source = bundle.getString(key);
        MessagePattern pattern = MessagePattern.parse(source, locale);
        for (Object[] args : ARGUMENTS) {
          String expected;
          try {
            expected = new MessageFormat(source, locale).format(args);
          } catch (IllegalArgumentException e) {
            continue; // a choice given a word: both refuse (below)
          }
          assertThat(pattern.format(args, numbers::format))
              .as(locale + " " + key)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void quotesChoicesAndMissingArgumentsFollowMessageFormat() {
    List<String> sources =
        List.of(
            "it''s {0}",
            "'{0}' is literal, {0} is not",
            "{0,choice,0#none|1#one|1<{0,number,integer} of {1}}",
            "{1,choice,0#''none''|1#one|1<many}: {0}",
            "{2} and {5}",
            "{0,number,#.##} at {1}",
            "nothing to fill");
    List<Object[]> args =
        List.of(new Object[] {0, 3}, new Object[] {1, 1, 2}, new Object[] {2, 7}, new Object[] {5});
    for (String source : sources) {
      MessagePattern pattern = MessagePattern.parse(source, Locale.GERMAN);
      for (Object[] a : args) {
        assertThat(pattern.format(a, NumberFormat.getInstance(Locale.GERMAN)::format))
            .as(source)
            .isEqualTo(new MessageFormat(source, Locale.GERMAN).format(a));
      }
    }
  }

  @Test
  void refusesWhatMessageFormatRefuses() {
    assertThatThrownBy(() -> MessagePattern.parse("{0", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessagePattern.parse("{x}", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessagePattern.parse("{0,nonsense}", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
    MessagePattern choice = MessagePattern.parse("{0,choice,1#one|1<many}", Locale.ENGLISH);
    assertThatThrownBy(() -> choice.format(new Object[] {"word"}, String::valueOf))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void messagesWriteCountsAsTheLanguageDoes() {
    Messages de = Messages.of(Locale.GERMAN);
    assertThat(de.get("summary.ofN", 7, 8)).isEqualTo("7 von 8");
    assertThat(de.get("summary.ofN", 1234, 12345L))
        .isEqualTo(
            new MessageFormat("{0} von {1}", Locale.GERMAN).format(new Object[] {1234, 12345L}));
    assertThat(Messages.of(Locale.forLanguageTag("fi")).locale()).isEqualTo(Locale.ENGLISH);
  }
}
