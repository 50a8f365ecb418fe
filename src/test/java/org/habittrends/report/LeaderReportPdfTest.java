package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
      int pages = pdf.getNumberOfPages();
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Zoë Ørsted", "Łukasz Wąsik", "Nordlys Leadership 2026")
          .contains("Listen to the end before I answer", "Failing to give proper recognition")
          .contains("Wave 1", "Wave 2", "Wave 3", "no ratings")
          .contains("+0.4", "+1.9", "\u22120.3", "+1.2 to +2.6")
          .contains("7 of 8 stakeholders see improvement")
          .contains("Only 3 stakeholders answered")
          .contains("Improving (significant)", "Not enough data")
          .contains("target +1", "Confidential \u2014 prepared for Zoë Ørsted")
          .contains("page " + pages + " of " + pages);
      assertThat(pdf.getDocumentInformation().getTitle()).contains("Zoë Ørsted");
      assertThat(pdf.getDocumentInformation().getSubject()).contains("Nordlys Leadership 2026");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(pdf.getDocumentCatalog().getDocumentOutline().children())
          .extracting(item -> item.getTitle())
          .containsExactly(
              "Summary",
              "Listen to the end before I answer",
              "Failing to give proper recognition",
              "Feedforward from your stakeholders",
              "Methodology");
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
  void theSummaryGivesEachGoalsVerdictLatestMeanShareImprovedAndResponseRate() throws IOException {
    String summary = page(SampleReports.zoe(), 2);
    assertThat(summary)
        .contains("Summary", "Verdict", "Latest mean", "See improvement", "Response rate")
        .contains("Improving (significant)", "+1.9", "target +1 reached", "88 %", "7 of 8", "89 %")
        .contains("Not enough data", "\u22120.3", "target +1 not reached", "33 %", "1 of 3");
  }

  @Test
  void aGroupBelowTheThresholdAppearsNowhereButSaysWhy() throws IOException {
    String text = text(SampleReports.zoe());
    assertThat(text)
        .contains("By relationship", "Direct reports", "+1.8 (n 5)", "Manager", "+2.0 (n 1)")
        .contains("Peers", "fewer than 3 responses")
        .doesNotContain(SampleReports.HIDDEN_MEAN)
        .contains("manager’s line is exempt");
    assertThat(text)
        .as("follow-up levels below k show words, not figures")
        .contains("By follow-up, Wave 3", "Some follow-up", "+1.7", "Frequent follow-up", "+2.3");
  }

  @Test
  void commentsAppearOnlyFromCommentKUp() throws IOException {
    assertThat(text(SampleReports.zoe()))
        .contains("\u201CKeep asking the quiet people first.\u201D")
        .contains("Your weekly check-ins help a lot.");
    LeaderReport two = SampleReports.withComments(SampleReports.zoe(), List.of("One.", "Two."));
    assertThat(text(two))
        .contains("Fewer than 3 stakeholders wrote a suggestion, so none are shown")
        .doesNotContain("\u201COne.\u201D");
  }

  @Test
  void theDistributionAndTheMethodologyAreThere() throws IOException {
    assertThat(text(SampleReports.zoe()))
        .contains("How the answers spread, wave by wave", "n = 8", "50%", "25%")
        .contains("Methodology", "The scale", "What the numbers mean", "Anonymity")
        .contains("Any figure based on fewer than 3 ratings");
  }

  @Test
  void germanProgrammesGetAGermanReport() throws IOException {
    String text = text(SampleReports.zoe(Locale.GERMAN));
    assertThat(text)
        .contains("Zusammenfassung", "Verbesserung (signifikant)", "+1,9", "Methodik")
        .contains("Vertraulich", "weniger als 3 Antworten")
        .doesNotContain("Summary", "Improving (significant)", "fewer than 3 responses");
  }

  private static String text(LeaderReport report) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes(report))) {
      return oneLine(new PDFTextStripper().getText(pdf));
    }
  }

  private static String page(LeaderReport report, int page) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes(report))) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return oneLine(stripper.getText(pdf));
    }
  }

  /** Text with line breaks as spaces: cells and paragraphs wrap wherever the layout says. */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  static byte[] bytes(LeaderReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RENDERER.render(report, out);
    return out.toByteArray();
  }

  @Test
  void accentedNamesOfAllKindsRender() throws IOException {
    for (String name : new String[] {"Søren Kierkegård", "Nguyễn Thị Mai", "Łukasz Wąsik"}) {
      LeaderReport report = SampleReports.named(SampleReports.zoe(), name);
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
