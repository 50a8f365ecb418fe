package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TouchedLeadersTest {

  private static final String HEADER =
      "Timestamp,Email Address,Which leader is this feedback about?,Goal 1,Goal 2,Feedforward";

  @Test
  void copiesTheRowsOfTheChosenLeadersWithAnotherGoalOneRating(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("export.csv");
    Files.write(
        source,
        List.of(
            HEADER,
            "5/8/2026 9:07:00,a@x.org,Ann Lee (L1),+1,+2,",
            "5/8/2026 9:08:00,b@x.org,Bo Ek (L2),+3,0,\"Say thanks, often.\"",
            "5/8/2026 9:09:00,c@x.org,Bo Ek (L2),N/A,-1,",
            "5/8/2026 9:10:00,d@x.org,Cy Na (L3),0,0,"),
        StandardCharsets.UTF_8);
    Path target = dir.resolve("touch.csv");

    TouchedLeaders.Written written = TouchedLeaders.write(source, target, 1);

    assertThat(written.leaders()).containsExactly("L2");
    assertThat(written.rows()).isEqualTo(2);
    assertThat(Files.readAllLines(target, StandardCharsets.UTF_8))
        .containsExactly(
            HEADER,
            "5/8/2026 9:08:00,b@x.org,Bo Ek (L2),-3,0,\"Say thanks, often.\"",
            "5/8/2026 9:09:00,c@x.org,Bo Ek (L2),0,-1,");
  }

  @Test
  void spreadsTheChoiceOverAllLeadersAndTakesAllWhenThereAreFew() {
    List<String> ids = List.of("L0", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9");

    assertThat(TouchedLeaders.spread(ids, 2)).containsExactly("L2", "L7");
    assertThat(TouchedLeaders.spread(ids, 20)).isEqualTo(ids);
  }

  @Test
  void leavesRowsWithAQuotedLeaderAlone() {
    assertThat(TouchedLeaders.head("5/8/2026,a@x.org,\"Lee, Ann (L1)\",+1,+2,")).isNull();
  }
}
