package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.habittrends.ingest.DataLoss.FileCounts;
import org.habittrends.ingest.DataLoss.ReasonCount;
import org.junit.jupiter.api.Test;

/** The data-loss rule that turns a quietly emptied import into a loud exit code. */
class DataLossTest {

  private static FileCounts file(String name, int read, int rejected) {
    return new FileCounts(
        name,
        read,
        read - rejected,
        rejected,
        false,
        rejected == 0 ? List.of() : List.of(new ReasonCount("Leader ID is missing", rejected, 2)));
  }

  @Test
  void aFileLosesDataOnlyAboveTheAllowedShare() {
    FileCounts atTheLimit = file("limit.xlsx", 100, 20);
    FileCounts justAbove = file("above.xlsx", 100, 21);
    FileCounts clean = file("clean.csv", 50, 0);

    assertThat(DataLoss.lost(List.of(atTheLimit, justAbove, clean), 0.20))
        .containsExactly(justAbove);
    assertThat(DataLoss.lost(List.of(atTheLimit, justAbove, clean), 0.10))
        .containsExactly(atTheLimit, justAbove);
    assertThat(DataLoss.lost(List.of(atTheLimit, justAbove), 1.0)).isEmpty();
  }

  @Test
  void theTodayCaseOf141RejectedOf178IsDataLoss() {
    FileCounts wrongMapping = file("wave-2 forms.xlsx", 178, 141);

    assertThat(DataLoss.lost(List.of(wrongMapping), DataLoss.DEFAULT_MAX_REJECT_SHARE))
        .containsExactly(wrongMapping);
    assertThat(wrongMapping.describe())
        .startsWith("wave-2 forms.xlsx: 141 of 178 rows rejected (79 %), 37 imported")
        .contains("Leader ID is missing (141 rows, first on line 2)");
  }

  @Test
  void anUnreadableFileLosesAllItsData() {
    FileCounts unreadable =
        new FileCounts(
            "answers.xlsx", 0, 0, 0, true, List.of(new ReasonCount("the file is empty", 0, 0)));

    assertThat(unreadable.rejectShare()).isEqualTo(1.0);
    assertThat(DataLoss.lost(List.of(unreadable), 1.0)).containsExactly(unreadable);
    assertThat(unreadable.describe())
        .isEqualTo("answers.xlsx: not imported at all; the file is empty");
  }

  @Test
  void aShareOutsideZeroToOneIsRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> DataLoss.lost(List.of(), 20))
        .hasMessageContaining(DataLoss.MAX_REJECT_SHARE_PROPERTY);
    assertThatThrownBy(() -> DataLoss.lost(List.of(), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLeadersWaveLeftWithoutAnswersIsDataLossWhateverTheShare() {
    FileCounts fewRows =
        new FileCounts(
            "cohort.xlsx",
            100,
            95,
            5,
            false,
            List.of(new ReasonCount("no answer for any goal of leader L07", 5, 40)),
            "L07 wave 2");

    assertThat(DataLoss.lost(List.of(fewRows, file("clean.csv", 50, 0)), 0.20))
        .containsExactly(fewRows);
    assertThat(fewRows.describe())
        .contains("no answer imported for L07 wave 2 although rows of the file name them");
  }
}
