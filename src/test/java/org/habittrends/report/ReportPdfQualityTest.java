package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.habittrends.report.pdf.PdfCohortReportRenderer;
import org.habittrends.report.pdf.PdfLeaderReportRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Archival quality: PDF/A-1b by veraPDF, byte-reproducible output, no lost characters. */
class ReportPdfQualityTest {

  private static final LeaderReportRenderer LEADER = new PdfLeaderReportRenderer();
  private static final CohortReportRenderer COHORT = new PdfCohortReportRenderer();

  @BeforeAll
  static void startValidator() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void leaderReportsArePdfA1b() throws Exception {
    assertPdfA1b(leader(SampleReports.zoe()));
    assertPdfA1b(leader(SampleReports.zoe(Locale.GERMAN)));
  }

  @Test
  void cohortReportsArePdfA1b() throws Exception {
    assertPdfA1b(cohort(SampleReports.cohort(Locale.ENGLISH, null)));
  }

  @Test
  void theSameDataGivesTheSameBytes() throws IOException {
    assertThat(leader(SampleReports.zoe())).isEqualTo(leader(SampleReports.zoe()));
    assertThat(cohort(SampleReports.cohort(Locale.ENGLISH, 2)))
        .isEqualTo(cohort(SampleReports.cohort(Locale.ENGLISH, 2)));
    assertThat(leader(SampleReports.zoe()))
        .as("a different leader gives a different file")
        .isNotEqualTo(leader(SampleReports.named(SampleReports.zoe(), "Zoe Orsted")));
  }

  @Test
  void charactersOutsideTheFontBecomeAVisibleSubstitute() throws IOException {
    LeaderReport report = SampleReports.named(SampleReports.zoe(), "李娜 Ørsted \uD83E\uDD84 Wąsik");
    String text = text(leader(report));
    assertThat(text)
        .contains("\uFFFD\uFFFD Ørsted \uFFFD Wąsik")
        .contains("Łukasz Wąsik")
        .doesNotContain("李", "\uD83E\uDD84");
  }

  @Test
  void theCohortReportShowsVerdictsFollowUpResponsesAndImports() throws IOException {
    String text = text(cohort(SampleReports.cohort(Locale.ENGLISH, null)));
    assertThat(text)
        .contains(
            "COHORT REPORT", "Habits across the cohort", "Not listening", "+1.6 (n 16, 2 leaders)")
        .contains("fewer than 3 ratings", "Leaders and their verdicts")
        .contains("Perceived change by follow-up", "No follow-up", "Consistent follow-up")
        .contains("n = 12, mean +0.3", "n = 6, mean +2.2")
        .contains(
            "Response rates per wave", "89 %", "11 %", "Import summary", "wave-3.csv", "notes.docx")
        .contains("Total", "45", "Methodology");
    assertThat(text.indexOf("Zoë Ørsted"))
        .as("by verdict: improving before no clear change before declining")
        .isLessThan(text.indexOf("Nguyễn Thị Mai"));
    assertThat(text.indexOf("Nguyễn Thị Mai")).isLessThan(text.indexOf("Søren Kierkegård"));
    assertThat(text(cohort(SampleReports.cohort(Locale.ENGLISH, 2))))
        .contains("COHORT PROGRESS REPORT AS OF WAVE 2");
  }

  private static void assertPdfA1b(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(
              result.getTestAssertions().stream()
                  .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                  .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
                  .distinct()
                  .toList())
          .isEmpty();
      assertThat(result.isCompliant()).isTrue();
    }
  }

  private static byte[] leader(LeaderReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LEADER.render(report, out);
    return out.toByteArray();
  }

  private static byte[] cohort(CohortReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    COHORT.render(report, out);
    return out.toByteArray();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return LeaderReportPdfTest.oneLine(new PDFTextStripper().getText(document));
    }
  }
}
