package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

  @TempDir Path reports;

  @Test
  void slugsAreAsciiWhateverTheName() {
    assertThat(ReportFolder.slug("Zoë Ørsted")).isEqualTo("zoe-orsted");
    assertThat(ReportFolder.slug("Łukasz Wąsik")).isEqualTo("lukasz-wasik");
    assertThat(ReportFolder.slug("Søren")).isEqualTo("soren");
    assertThat(ReportFolder.slug("Nguyễn Thị Mai")).isEqualTo("nguyen-thi-mai");
    assertThat(ReportFolder.slug("Ayşe Yılmaz")).isEqualTo("ayse-yilmaz");
    assertThat(ReportFolder.slug("  O'Brien-Smith, Jr. ")).isEqualTo("o-brien-smith-jr");
  }

  @Test
  void targetNameIsLeaderIdAndSlug() {
    ReportFolder folder = new ReportFolder(reports);
    assertThat(folder.target("L01", "Zoë Ørsted")).isEqualTo(reports.resolve("L01-zoe-orsted.pdf"));
    assertThat(folder.target("L09", "李娜")).isEqualTo(reports.resolve("L09.pdf"));
  }

  @Test
  void leftoversOfACrashedRunAreRemovedButReportsStay() throws IOException {
    Files.writeString(reports.resolve(".L01-zoe-orsted.pdf.tmp"), "half");
    Files.writeString(reports.resolve("L02-soren.pdf"), "done");
    assertThat(new ReportFolder(reports).removeLeftovers()).isEqualTo(1);
    assertThat(reports.resolve("L02-soren.pdf")).exists();
    assertThat(reports.resolve(".L01-zoe-orsted.pdf.tmp")).doesNotExist();
  }
}
