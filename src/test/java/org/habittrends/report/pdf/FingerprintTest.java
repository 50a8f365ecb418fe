package org.habittrends.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.habittrends.domain.Verdict;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  record Row(int wave, Double mean, int[] counts) {}

  record Model(String name, LocalDate day, Verdict verdict, List<Row> rows) {}

  private static Model model(double mean) {
    return new Model(
        "Zoë Ørsted",
        LocalDate.of(2026, 7, 17),
        Verdict.IMPROVING,
        List.of(new Row(1, null, new int[] {0, 1}), new Row(3, mean, new int[] {2, 3})));
  }

  @Test
  void theSameDataGivesTheSameDigestInEveryRun() {
    assertThat(Fingerprint.md5(model(1.875))).isEqualTo(Fingerprint.md5(model(1.875)));
    // fixed here so that a change of what is digested (or of its order) shows up
    assertThat(HexFormat.of().formatHex(Fingerprint.md5(model(1.875))))
        .isEqualTo("b7dd640ac3f0c0ba546af92540ca35fe");
  }

  @Test
  void anyNestedValueChangesTheDigest() {
    byte[] base = Fingerprint.md5(model(1.875));
    assertThat(Fingerprint.md5(model(1.876))).isNotEqualTo(base);
    Model other =
        new Model(
            "Zoë Ørsted",
            LocalDate.of(2026, 7, 17),
            Verdict.IMPROVING,
            List.of(new Row(1, null, new int[] {0, 1}), new Row(3, 1.875, new int[] {2, 4})));
    assertThat(Fingerprint.md5(other)).isNotEqualTo(base);
  }
}
