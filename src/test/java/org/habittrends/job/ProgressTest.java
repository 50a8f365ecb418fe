package org.habittrends.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void estimatesTheTimeLeftFromTheRateSoFar() {
    Progress progress = new Progress("reportStep", "leaders", 40, 120, Duration.ofSeconds(10));

    assertThat(progress.rate()).isEqualTo(4.0);
    assertThat(progress.remaining()).contains(Duration.ofSeconds(20));
    assertThat(progress.line())
        .isEqualTo("reportStep: 40 of 120 leaders (33 %), 4.0 leaders/s, about 20 s left");
  }

  @Test
  void drawsABarThatFillsWithTheShareDone() {
    Progress progress = new Progress("importStep", "files", 3, 4, Duration.ofSeconds(90));

    assertThat(progress.bar())
        .startsWith("[" + "#".repeat(22) + ".".repeat(8) + "]  75 % importStep 3/4 files")
        .endsWith("0:30 left");
  }

  @Test
  void promisesNothingBeforeTheFirstItemOrWithoutATotal() {
    assertThat(new Progress("s", "files", 0, 10, Duration.ofSeconds(5)).remaining()).isEmpty();
    Progress unknownTotal = new Progress("s", "files", 7, 0, Duration.ofSeconds(7));
    assertThat(unknownTotal.remaining()).isEmpty();
    assertThat(unknownTotal.line()).isEqualTo("s: 7 files, 1.0 files/s");
  }

  @Test
  void neverShowsMoreDoneThanTheEstimatedTotal() {
    // import counts its final, empty transaction too: done may pass the estimate by one
    Progress progress = new Progress("importStep", "files", 6, 5, Duration.ofSeconds(5));

    assertThat(progress.done()).isEqualTo(5);
    assertThat(progress.percent()).isEqualTo(100);
    assertThat(progress.remaining()).contains(Duration.ZERO);
  }

  @Test
  void saysLongWaitsInMinutesAndHours() {
    assertThat(Progress.words(Duration.ofSeconds(59))).isEqualTo("59 s");
    assertThat(Progress.words(Duration.ofSeconds(150))).isEqualTo("3 min");
    assertThat(Progress.words(Duration.ofMinutes(90))).isEqualTo("1.5 h");
    assertThat(Progress.clock(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
  }
}
