package org.habittrends.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.habittrends.domain.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterFileReaderTest {

  @TempDir Path dir;

  private Path roster(String... leaderLines) throws Exception {
    Files.writeString(
        dir.resolve(RosterFileReader.LEADERS_CSV),
        "Leader ID,Name,Email,Coach,Goal 1,Goal 1 wording,Goal 2,Goal 2 wording\n"
            + String.join("\n", leaderLines)
            + "\n");
    Files.writeString(
        dir.resolve(RosterFileReader.STAKEHOLDERS_CSV),
        "Leader ID,Stakeholder,Email,Relationship\nL01,L01-S01,,PEER\n");
    return dir.resolve(RosterFileReader.LEADERS_CSV);
  }

  @Test
  void aGoalNamedByTheHabitsTitleIsThatHabitWithOrWithoutWording() throws Exception {
    Path file =
        roster(
            "L01,Ana,,Coach,Winning too much,,Not listening,Let others finish",
            "L02,Bram,,Coach,Claiming credit that we don't deserve,,,");
    List<Goal> ana = new RosterFileReader().read(file).leaders().get(0).goals();
    assertThat(ana)
        .containsExactly(
            new Goal(1, "WINNING_TOO_MUCH", null),
            new Goal(2, "NOT_LISTENING", "Let others finish"));
    assertThat(new RosterFileReader().read(file).leaders().get(1).goals())
        .containsExactly(new Goal(1, "CLAIMING_CREDIT_WE_DONT_DESERVE", null));
  }

  @Test
  void aGoalOfTheCoachsOwnNeedsItsWording() throws Exception {
    Path file = roster("L01,Ana,,Coach,Delegating,Hand work over early,,");
    assertThat(new RosterFileReader().read(file).leaders().get(0).goals())
        .containsExactly(new Goal(1, "Delegating", "Hand work over early"));
  }

  @Test
  void anUnknownHabitSuggestsTheNearestCodes() throws Exception {
    Path file = roster("L01,Ana,,Coach,Winnig to much,,,");
    InvalidWorkspaceException e =
        catchThrowableOfType(
            InvalidWorkspaceException.class, () -> new RosterFileReader().read(file));
    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith(
            "Leaders line 2: goal 1 \"Winnig to much\" is no habit code or name; did you mean"
                + " WINNING_TOO_MUCH, ")
        .endsWith(
            "? For a goal of your own, keep the text and give its wording in column \"Goal 1"
                + " wording\"");
  }
}
