package org.habittrends.domain;

import java.util.Locale;
import java.util.Optional;

/** How often the leader followed up with a stakeholder, as the contact-sport study asks it. */
public enum FollowUp {
  NONE("No follow-up"),
  A_LITTLE("A little follow-up"),
  SOME("Some follow-up"),
  FREQUENT("Frequent follow-up"),
  CONSISTENT("Consistent follow-up");

  private final String label;

  FollowUp(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts the code ("A_LITTLE"), the label ("A little follow-up") or its first words. */
  public static Optional<FollowUp> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    for (FollowUp level : values()) {
      String code = level.name().replace('_', ' ');
      String label = level.label.toUpperCase(Locale.ROOT).replace('-', ' ');
      if (key.equals(code) || key.equals(label) || key.equals(code + " FOLLOW UP")) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
