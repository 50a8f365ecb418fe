package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A form per leader is found by the leader's name in its file name or title. */
class LeaderNamesTest {

  private final RosterIndex roster = new RosterIndex();

  LeaderNamesTest() {
    leader("L01", "Ana Pérez", "ana@example.com");
    leader("L02", "Zbigniew Kowalski", "zk@example.com");
    leader("L03", "Jan Nowak", "jan@example.com");
    leader("L04", "Jan Nowak", "jnowak@example.com");
    leader("L05", "Łukasz Wróbel", "lw@example.com");
    leader("L06", "Ana Pérez García", "apg@example.com");
  }

  private void leader(String id, String name, String email) {
    roster.addLeader(id);
    roster.addLeaderAlias(id, name);
    roster.addLeaderAlias(id, email);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Zbigniew Kowalski",
        "Kowalski, Zbigniew",
        "KOWALSKI Zbigniew - 360 feedback",
        "zbigniew_kowalski",
        "Feedback for Zbigniew Kowalski (wave 2)",
        "360 Feedback – Zbigniew Kowalski(1-12)"
      })
  void aNameInEitherOrderAndAnyCaseNamesTheLeader(String text) {
    assertThat(roster.leadersNamedIn(text)).containsExactly("L02");
  }

  @Test
  void accentsDoNotMatter() {
    assertThat(roster.leadersNamedIn("Feedback for Ana Perez (wave 2)")).containsExactly("L01");
    assertThat(roster.leadersNamedIn("Feedback for Ana Pérez (wave 2)")).containsExactly("L01");
    assertThat(roster.leadersNamedIn("Lukasz Wrobel")).containsExactly("L05");
  }

  @Test
  void theLongerOfTwoContainedNamesWins() {
    assertThat(roster.leadersNamedIn("Ana Pérez García wave 1")).containsExactly("L06");
  }

  @Test
  void aNameThatFitsTwoLeadersGivesBoth() {
    assertThat(roster.leadersNamedIn("Jan Nowak")).containsExactly("L03", "L04");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Zbigniew", "Kowalski wave 2", "Ana Kowalski", "responses", ""})
  void partOfANameNamesNoOne(String text) {
    assertThat(roster.leadersNamedIn(text)).isEmpty();
  }

  @Test
  void theRosterSpellingIsKeptForMessages() {
    assertThat(roster.name("L01")).isEqualTo("Ana Pérez");
    assertThat(roster.name("L99")).isEqualTo("L99");
  }
}
