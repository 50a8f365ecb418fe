package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.habittrends.report.Feedforward.Stakeholder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedforwardTest {

  private static final List<Stakeholder> ROSTER =
      List.of(
          new Stakeholder("S-peer-7", "anna.berg@nordlys.example"),
          new Stakeholder("Jonas", "j.krüger@nordlys.example"),
          new Stakeholder("S3", null));

  @Test
  void emailAddressesAndNamesFromTheRosterAreRemoved() {
    assertThat(
            Feedforward.clean(
                "Anna Berg here (anna.berg@nordlys.example, or a.b@x.org): keep it up.", ROSTER))
        .isEqualTo("[…] here ([…], or […]): keep it up.");
    assertThat(Feedforward.clean("As BERG, ANNA said, and anna.berg too.", ROSTER))
        .isEqualTo("As […] said, and […] too.");
    assertThat(Feedforward.clean("Ask S-peer-7 and Jonas.", ROSTER))
        .as("roster keys of 3+ characters")
        .isEqualTo("Ask […] and […].");
  }

  @Test
  void ordinaryWordsAndShortKeysStay() {
    assertThat(Feedforward.clean("Bergamot tea and S3 planning: Annabelle liked it.", ROSTER))
        .isEqualTo("Bergamot tea and S3 planning: Annabelle liked it.");
  }

  @Test
  void belowCommentKNothingIsShownFromItUpAll() {
    List<String> two = List.of("One.", "Two.", " ");
    assertThat(Feedforward.forReport("L01", two, ROSTER, 3)).isEmpty();
    assertThat(Feedforward.forReport("L01", List.of("One.", "Two.", "Three."), ROSTER, 3))
        .hasSize(3);
  }

  /** Stable whatever order the database returns, and not the order of the responses. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void theOrderIsStableAndIndependentOfResponseOrder(long seed) {
    List<String> comments = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      comments.add("Suggestion number " + i + ".");
    }
    List<String> expected = Feedforward.forReport("L07", comments, ROSTER, 3);
    List<String> shuffled = new ArrayList<>(comments);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(Feedforward.forReport("L07", shuffled, ROSTER, 3)).isEqualTo(expected);
    assertThat(expected).containsExactlyInAnyOrderElementsOf(comments).isNotEqualTo(comments);
  }
}
