package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.SurveyResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relationship an export states is checked against the roster, which decides. */
class RelationshipCheckTest {

  private RelationshipCheck check;

  @BeforeEach
  void setUp() {
    RosterIndex roster = new RosterIndex();
    roster.addLeader("L01");
    roster.addStakeholder("L01", "L01-S01", null, RelationshipGroup.MANAGER);
    roster.addStakeholder("L01", "L01-S02", null, RelationshipGroup.DIRECT_REPORT);
    check = new RelationshipCheck(roster, 0);
  }

  /**
   * A valid answer of L01's stakeholder whose relationship column (the first) says {@code text}.
   */
  private void say(int line, String stakeholder, String text) {
    check.check(
        line,
        new SurveyResponse(
            stakeholder.substring(0, 3), stakeholder, 1, null, List.of(), null, null),
        Arrays.asList(text));
  }

  @Test
  void agreementInAnySpellingAndBlanksSayNothing() {
    say(2, "L01-S01", "Manager");
    say(3, "L01-S02", "direct reports");
    say(4, "L01-S02", "DIRECT_REPORT");
    say(5, "L01-S02", " ");
    say(6, "L01-S02", null);
    assertThat(check.summary()).isEmpty();
  }

  @Test
  void disagreementsAndUnknownWordsAreNamedWithTheirLines() {
    say(2, "L01-S02", "Peer");
    say(3, "L01-S01", "Jefe directo");
    assertThat(check.summary())
        .hasValue(
            "1 answer states another relationship than the roster's; 1 answer states a relationship"
                + " that is not recognised (the roster's group is used): line 2 says Peers, the"
                + " roster Direct reports; line 3 says \"Jefe directo\", which is no relationship"
                + " group");
  }

  @Test
  void examplesStopAtThree() {
    for (int line = 2; line <= 6; line++) {
      say(line, "L01-S01", "Peer");
    }
    assertThat(check.summary().orElseThrow())
        .startsWith("5 answers state another relationship than the roster's")
        .contains("line 4 says Peers")
        .doesNotContain("line 5")
        .endsWith("; …");
  }
}
