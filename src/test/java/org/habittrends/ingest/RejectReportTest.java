package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectReportTest {

  @Test
  void neutralisesFormulasButKeepsNumbers() {
    assertThat(RejectReport.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(RejectReport.neutralise("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(RejectReport.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(RejectReport.neutralise("-1+2")).isEqualTo("'-1+2");
    assertThat(RejectReport.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(RejectReport.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(RejectReport.neutralise("-2")).isEqualTo("-2");
    assertThat(RejectReport.neutralise("+1")).isEqualTo("+1");
    assertThat(RejectReport.neutralise("-0.5")).isEqualTo("-0.5");
    assertThat(RejectReport.neutralise("Keep going")).isEqualTo("Keep going");
    assertThat(RejectReport.neutralise("")).isEmpty();
  }

  @Test
  void writesUtf8WithByteOrderMarkAndOriginalValues(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("answers.rejects.csv");
    try (RejectReport report =
        new RejectReport(file, List.of("Leader ID", "Goal 1", "Feedforward"))) {
      report.add(4, "Goal 1: +5 is outside the scale -3 to +3", List.of("L01", "+5", "=1+1"));
      report.add(5, "unknown leader \"Zoë\"", List.of("Zoë", "-2", "Très bien, merci"));
    }
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(text.split("\r\n"))
        .containsExactly(
            "line,reason,Leader ID,Goal 1,Feedforward",
            "4,Goal 1: +5 is outside the scale -3 to +3,L01,+5,'=1+1",
            "5,\"unknown leader \"\"Zoë\"\"\",Zoë,-2,\"Très bien, merci\"");
  }

  @Test
  void writesTheSameRowsAsAWorkbookWithFormulasNeutralised(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("answers.rejects.csv");
    try (RejectReport report = new RejectReport(csv, List.of("Leader ID", "Feedforward"))) {
      report.add(4, "unknown leader \"L9\"", List.of("L9", "=HYPERLINK(\"http://x\")"));
    }
    Path xlsx = dir.resolve("answers.rejects.xlsx");
    List<SheetRow> rows = Spreadsheets.readSheet(xlsx, RejectReport.SHEET);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("line")).isEqualTo("4");
    assertThat(rows.get(0).get("reason")).isEqualTo("unknown leader \"L9\"");
    assertThat(rows.get(0).get("Feedforward")).isEqualTo("'=HYPERLINK(\"http://x\")");
  }
}
