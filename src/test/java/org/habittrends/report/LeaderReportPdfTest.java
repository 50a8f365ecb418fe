package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.habittrends.report.pdf.PdfLeaderReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaderReportPdfTest {

  private static final LeaderReportRenderer RENDERER = new PdfLeaderReportRenderer();

  @TempDir Path reports;

  @Test
  void rendersTheLeaderReportAndLeavesOnlyTheFinalPdf() throws IOException {
    ReportFolder folder = new ReportFolder(reports);
    RenderedReport rendered =
        ReportRenderingProcessor.render(SampleReports.zoe(), folder, RENDERER);
    folder.publish(rendered.temporary(), rendered.target());

    assertThat(files()).containsExactly("L01-zoe-orsted.pdf");
    try (PDDocument pdf = Loader.loadPDF(rendered.target().toFile())) {
      assertThat(pdf.getNumberOfPages()).as("cover + one page per goal").isEqualTo(3);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Zoë Ørsted", "Łukasz Wąsik", "Nordlys Leadership 2026")
          .contains("Listen to the end before I answer", "Failing to give proper recognition")
          .contains("Wave 1", "Wave 2", "Wave 3", "no ratings")
          .contains("+0.4", "+1.9", "\u22120.3", "+1.2 to +2.6")
          .contains("7 of 8 stakeholders see improvement")
          .contains("Only 3 stakeholders answered")
          .contains("Improving (significant)", "Not enough data")
          .contains("target +1", "Confidential \u2014 prepared for Zoë Ørsted", "page 3 of 3");
      assertThat(pdf.getDocumentInformation().getTitle()).contains("Zoë Ørsted");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(2);
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        }
      }
    }
  }

  @Test
  void accentedNamesOfAllKindsRender() throws IOException {
    for (String name : new String[] {"Søren Kierkegård", "Nguyễn Thị Mai", "Łukasz Wąsik"}) {
      LeaderReport base = SampleReports.zoe();
      LeaderReport report =
          new LeaderReport(
              base.programmeName(),
              base.sponsor(),
              "L02",
              name,
              base.coach(),
              base.dataWave(),
              base.dataDate(),
              base.goals());
      RenderedReport rendered =
          ReportRenderingProcessor.render(report, new ReportFolder(reports), RENDERER);
      try (PDDocument pdf = Loader.loadPDF(rendered.temporary().toFile())) {
        assertThat(new PDFTextStripper().getText(pdf)).contains(name);
      }
    }
  }

  @Test
  void aFailedRenderingLeavesNoFileBehind() {
    LeaderReportRenderer broken =
        (report, out) -> {
          out.write("%PDF-1.5 half".getBytes());
          throw new IOException("disk full");
        };
    assertThatThrownBy(
            () ->
                ReportRenderingProcessor.render(
                    SampleReports.zoe(), new ReportFolder(reports), broken))
        .hasMessage("disk full");
    assertThat(files()).isEmpty();
  }

  private java.util.List<String> files() {
    try (Stream<Path> list = Files.list(reports)) {
      return list.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
