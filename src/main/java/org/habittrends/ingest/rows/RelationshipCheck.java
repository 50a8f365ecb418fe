package org.habittrends.ingest.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.SurveyResponse;

/**
 * Compares the relationship an export states (a "Relationship" column, or the programme's {@code
 * import: relationship: columns:}) with the roster's. The roster decides which group an answer
 * counts in: it is the coach's list, and a survey answer such as "Peer" from someone the roster
 * lists as a direct report is more likely a slip than a change. Disagreements are not rejected
 * (nothing is wrong with the ratings) but counted and named, so the coach can correct either side.
 */
public final class RelationshipCheck {

  private static final int EXAMPLES = 3;

  private final RosterIndex roster;
  private final int column;
  private final List<String> examples = new ArrayList<>();
  private int differing;
  private int unrecognised;

  /**
   * @param column the file's relationship column, -1 when it has none
   */
  public RelationshipCheck(RosterIndex roster, int column) {
    this.roster = roster;
    this.column = column;
  }

  /** Checks an imported answer's stated relationship; a blank one (or no column) says nothing. */
  public void check(int line, SurveyResponse response, List<String> originals) {
    String stated = column < 0 ? null : originals.get(column);
    if (stated == null || stated.isBlank()) {
      return;
    }
    Optional<RelationshipGroup> rostered =
        roster.group(response.leaderId(), response.stakeholderKey());
    Optional<RelationshipGroup> said = RelationshipGroup.parse(stated);
    if (said.isEmpty()) {
      unrecognised++;
      example("line " + line + " says \"" + stated.strip() + "\", which is no relationship group");
    } else if (rostered.isPresent() && rostered.get() != said.get()) {
      differing++;
      example(
          "line "
              + line
              + " says "
              + said.get().label()
              + ", the roster "
              + rostered.get().label());
    }
  }

  /** What the coach should know, if anything. */
  public Optional<String> summary() {
    if (differing == 0 && unrecognised == 0) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    if (differing > 0) {
      parts.add(answers(differing) + " another relationship than the roster's");
    }
    if (unrecognised > 0) {
      parts.add(answers(unrecognised) + " a relationship that is not recognised");
    }
    return Optional.of(
        String.join("; ", parts)
            + " (the roster's group is used): "
            + String.join("; ", examples)
            + (examples.size() < differing + unrecognised ? "; …" : ""));
  }

  private void example(String text) {
    if (examples.size() < EXAMPLES) {
      examples.add(text);
    }
  }

  private static String answers(int n) {
    return n == 1 ? "1 answer states" : n + " answers state";
  }
}
