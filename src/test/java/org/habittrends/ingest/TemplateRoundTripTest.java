package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.habittrends.ingest.read.UnreadableFileException;
import org.habittrends.ingest.read.XlsxSheetStreamer;
import org.habittrends.ingest.rows.TemplateRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRoundTripTest {

  private record Line(int line, List<String> cells) {}

  @TempDir Path dir;

  private static List<Line> read(Path file) throws UnreadableFileException {
    List<Line> lines = new ArrayList<>();
    XlsxSheetStreamer.stream(file, (line, cells) -> lines.add(new Line(line, cells)));
    return lines;
  }

  @Test
  void writtenTemplateStreamsBackWithDatesAndRatings() throws Exception {
    Path file = dir.resolve("wave-1.xlsx");
    try (TemplateWriter writer = TemplateWriter.open(file, 2)) {
      writer.write(
          new SurveyResponse(
              "L01",
              "L01-S03",
              1,
              LocalDateTime.of(2026, 3, 4, 9, 30),
              List.of(new Rating(1, -2), new Rating(2, null)),
              FollowUp.A_LITTLE,
              "Zoë says hi"));
      writer.write(
          new SurveyResponse("L02", "L02-S01", 1, null, List.of(new Rating(1, 3)), null, null));
      writer.writeRaw(List.of("L99", "1", "L99-S01", "2026-03-05 10:00", "+5"));
    }
    List<Line> lines = read(file);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).cells()).isEqualTo(TemplateWriter.headers(2));
    assertThat(lines.get(1).cells())
        .containsExactly(
            "L01",
            "1",
            "L01-S03",
            "2026-03-04T09:30",
            "-2",
            "N/A",
            "A little follow-up",
            "Zoë says hi");
    assertThat(lines.get(2).line()).isEqualTo(3);
    assertThat(lines.get(2).cells()).containsExactly("L02", "1", "L02-S01", "", "3");
    assertThat(lines.get(3).cells())
        .containsExactly("L99", "1", "L99-S01", "2026-03-05 10:00", "+5");

    TemplateColumns columns = TemplateColumns.of(lines.get(0).cells());
    assertThat(columns.missing()).isEmpty();
    TemplateRow row = columns.row(2, lines.get(1).cells());
    assertThat(row.goals()).containsExactly("-2", "N/A", null);
    assertThat(row.followUp()).isEqualTo("A little follow-up");
  }

  @Test
  void columnsAreFoundByHeaderTextInAnyOrder() {
    TemplateColumns columns =
        TemplateColumns.of(
            List.of(
                " feedforward",
                "GOAL 1",
                "Extra",
                "stakeholder",
                "wave",
                "Leader  ID",
                "Submitted",
                "Follow up"));
    assertThat(columns.missing()).isEmpty();
    TemplateRow row =
        columns.row(9, List.of("Nice", "+1", "x", "L01-S01", "2", "L01", "2026-01-01", "Some"));
    assertThat(row.leaderId()).isEqualTo("L01");
    assertThat(row.wave()).isEqualTo("2");
    assertThat(row.goals()).containsExactly("+1", null, null);
    assertThat(row.followUp()).isEqualTo("Some");
    assertThat(TemplateColumns.of(List.of("Leader ID", "Goal 1")).missing())
        .containsExactly("Wave", "Stakeholder", "Submitted");
  }

  @Test
  void filesThatAreNoWorkbookAreUnreadable() throws Exception {
    Path csv = dir.resolve("answers.xlsx");
    Files.writeString(csv, "Leader ID,Wave\nL01,1\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(csv))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not an Excel workbook");
    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
    assertThatThrownBy(() -> read(broken))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("damaged");
  }
}
