package org.habittrends.domain;

import java.util.Arrays;
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
    String normalised = code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(h -> h.name().equals(normalised)).findFirst();
  }
}
