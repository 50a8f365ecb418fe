package org.habittrends.sample;

import org.habittrends.domain.FollowUp;

/** How survey tools show answers: scale labels with or without the number, N/A words. */
final class AnswerWords {

  private static final String[] LABELS = {
    "Much less effective",
    "Clearly less effective",
    "Somewhat less effective",
    "No change",
    "Somewhat more effective",
    "Clearly more effective",
    "Much more effective"
  };

  private AnswerWords() {}

  /** "Somewhat more effective", or {@code notApplicable} for N/A. */
  static String label(Integer rating, String notApplicable) {
    return rating == null ? notApplicable : LABELS[rating + 3];
  }

  /** "Somewhat more effective (+1)", as a scale whose labels carry the number. */
  static String labelWithNumber(Integer rating, String notApplicable) {
    if (rating == null) {
      return notApplicable;
    }
    return LABELS[rating + 3] + " (" + (rating > 0 ? "+" : "") + rating + ")";
  }

  static String followUp(FollowUp level) {
    return level == null ? null : level.label();
  }
}
