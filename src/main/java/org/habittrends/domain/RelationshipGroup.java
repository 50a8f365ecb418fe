package org.habittrends.domain;

import java.util.Locale;
import java.util.Optional;

/** How a stakeholder relates to the leader. */
public enum RelationshipGroup {
  MANAGER("Manager"),
  DIRECT_REPORT("Direct reports"),
  PEER("Peers"),
  ALLIANCE_PARTNER("Alliance partners"),
  OTHER("Others");

  private final String label;

  RelationshipGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts the code in any case, with spaces or hyphens, and a plural "s". */
  public static Optional<RelationshipGroup> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String key = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (RelationshipGroup group : values()) {
      if (group.name().equals(key) || (group.name() + "S").equals(key)) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }
}
