package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.habittrends.domain.Goal;
import org.habittrends.domain.SurveyResponse;
import org.junit.jupiter.api.Test;

/** Which leaders' waves a file names but gives no answer for. */
class LeaderWavesTest {

  private final RosterIndex roster = new RosterIndex();

  LeaderWavesTest() {
    for (String leader : List.of("L01", "L02")) {
      roster.addLeader(leader);
      roster.addGoal(leader, new Goal(1, "NOT_LISTENING", null));
    }
    roster.addLeaderAlias("L02", "Bram de Vries");
    roster.addWave(1);
    roster.addWave(2);
  }

  private static TemplateRow row(String leader, String wave) {
    return new TemplateRow(2, leader, wave, "S", "", Arrays.asList("1", null, null), "", "");
  }

  private static SurveyResponse answer(String leader, int wave) {
    return new SurveyResponse(leader, "S", wave, null, List.of(), null, null);
  }

  @Test
  void aNamedWaveWithoutAnyAnswerIsListedPerLeader() {
    LeaderWaves waves = new LeaderWaves(roster);
    waves.named(row("L01", "1"));
    waves.answered(answer("L01", 1));
    waves.named(row("Bram de Vries", "Wave 1"));
    waves.named(row("L02", "2.0"));

    assertThat(waves.unanswered((l, w) -> false)).containsExactly("L02 wave 1, 2");
    assertThat(waves.unanswered((l, w) -> w == 2)).containsExactly("L02 wave 1");
  }

  @Test
  void rowsNamingNoRosterLeaderOrNoProgrammeWaveNameNothing() {
    LeaderWaves waves = new LeaderWaves(roster);
    waves.named(row("L99", "1"));
    waves.named(row("L01", "9"));
    waves.named(row("L01", ""));
    waves.named(row("", "1"));

    assertThat(waves.unanswered((l, w) -> false)).isEmpty();
  }
}
