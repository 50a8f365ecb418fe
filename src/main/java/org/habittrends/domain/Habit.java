package org.habittrends.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 21 habits of "What Got You Here Won't Get You There". Codes are stable: they are stored in
 * the database and written in programme files, so never rename one.
 */
public enum Habit {
  WINNING_TOO_MUCH("Winning too much"),
  ADDING_TOO_MUCH_VALUE("Adding too much value"),
  PASSING_JUDGMENT("Passing judgment"),
  MAKING_DESTRUCTIVE_COMMENTS("Making destructive comments"),
  STARTING_WITH_NO_BUT_HOWEVER(
      "Starting with \u201cno\u201d, \u201cbut\u201d or \u201chowever\u201d"),
  TELLING_THE_WORLD_HOW_SMART_WE_ARE("Telling the world how smart we are"),
  SPEAKING_WHEN_ANGRY("Speaking when angry"),
  NEGATIVITY("Negativity"),
  WITHHOLDING_INFORMATION("Withholding information"),
  FAILING_TO_GIVE_PROPER_RECOGNITION("Failing to give proper recognition"),
  CLAIMING_CREDIT_WE_DONT_DESERVE("Claiming credit we don\u2019t deserve"),
  MAKING_EXCUSES("Making excuses"),
  CLINGING_TO_THE_PAST("Clinging to the past"),
  PLAYING_FAVOURITES("Playing favourites"),
  REFUSING_TO_EXPRESS_REGRET("Refusing to express regret"),
  NOT_LISTENING("Not listening"),
  FAILING_TO_EXPRESS_GRATITUDE("Failing to express gratitude"),
  PUNISHING_THE_MESSENGER("Punishing the messenger"),
  PASSING_THE_BUCK("Passing the buck"),
  AN_EXCESSIVE_NEED_TO_BE_ME("An excessive need to be \u201cme\u201d"),
  GOAL_OBSESSION("Goal obsession");

  private final String title;

  Habit(String title) {
    this.title = title;
  }

  /** The habit's name as the book gives it, in English. */
  public String title() {
    return title;
  }

  public static Optional<Habit> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String normalised = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(h -> h.name().equals(normalised)).findFirst();
  }

  /**
   * The habit a coach named by code or by title, as people type them: any case, with or without
   * apostrophes and quotes (don't, don’t, dont), with or without "that" ("Claiming credit that we
   * don't deserve").
   */
  public static Optional<Habit> parse(String text) {
    String key = key(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(h -> h.keys().contains(key)).findFirst();
  }

  /** Whether a question names this habit by title or code, in the forms {@link #parse} reads. */
  public boolean isNamedIn(String question) {
    String padded = " " + key(question) + " ";
    return keys().stream().anyMatch(k -> padded.contains(" " + k + " "));
  }

  /** The {@code count} habits whose code or title is closest in spelling to {@code text}. */
  public static List<Habit> nearest(String text, int count) {
    String key = key(text);
    return Arrays.stream(values())
        .sorted(
            Comparator.comparingInt(
                (Habit h) -> h.keys().stream().mapToInt(k -> distance(key, k)).min().orElseThrow()))
        .limit(count)
        .toList();
  }

  private List<String> keys() {
    return List.of(key(name()), key(title));
  }

  /** Lower case, letters and digits only, single spaces, without accents and the word "that". */
  private static String key(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['\u2018\u2019`\u00b4]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ");
    return (" " + plain + " ").replace(" that ", " ").strip();
  }

  /** Levenshtein distance: how many letters to change, add or drop. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
