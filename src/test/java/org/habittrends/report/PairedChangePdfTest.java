package org.habittrends.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.PairedChange;
import org.habittrends.report.LeaderReport.Trend;
import org.junit.jupiter.api.Test;

/** The goal section's sentence on stakeholders who rated both the first and the final wave. */
class PairedChangePdfTest {

  @Test
  void theChangeOfTheStakeholdersWhoRatedBothWavesIsOneSentence() throws IOException {
    assertThat(text(withPaired(new PairedChange(6, 1.3, 0.6, 2.0), Locale.ENGLISH)))
        .contains(
            "The 6 stakeholders who rated both Wave 1 and Wave 3 see a change of +1.3 (95 % CI"
                + " +0.6 to +2.0).")
        .contains("The same stakeholders, wave after wave", "clustered by stakeholder");
  }

  @Test
  void fewerThanKPairedStakeholdersAreNotMentioned() throws IOException {
    // k = 3: two people's average change would tell each of them what the other said
    String text = text(withPaired(new PairedChange(2, 2.4, -3.1, 7.9), Locale.ENGLISH));
    assertThat(text).doesNotContain("stakeholders who rated both Wave", "+2.4", "+7.9");
  }

  @Test
  void germanReportsSayItInGerman() throws IOException {
    assertThat(text(withPaired(new PairedChange(4, -0.5, -1.2, 0.2), Locale.GERMAN)))
        .contains(
            "Die 4 Stakeholder, die sowohl Wave 1 als auch Wave 3 bewertet haben, sehen eine"
                + " Veränderung von −0,5 (95-%-Intervall −1,2 bis +0,2).")
        .contains("Dieselben Stakeholder, Welle für Welle");
  }

  private static LeaderReport withPaired(PairedChange paired, Locale language) {
    LeaderReport zoe = SampleReports.zoe(language);
    GoalSection g = zoe.goals().get(0);
    Trend t = g.trend();
    GoalSection goal =
        new GoalSection(
            g.number(),
            g.title(),
            g.habit(),
            g.waves(),
            new Trend(t.verdict(), t.slope(), t.slopeP(), t.finalP(), t.waves(), t.n(), paired),
            g.groups(),
            g.followUps());
    return new LeaderReport(
        zoe.programmeName(),
        zoe.sponsor(),
        zoe.leaderId(),
        zoe.leaderName(),
        zoe.coach(),
        zoe.dataWave(),
        zoe.dataDate(),
        List.of(goal, zoe.goals().get(1)),
        zoe.language(),
        zoe.anonymity(),
        zoe.asOfWave(),
        zoe.comments());
  }

  private static String text(LeaderReport report) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(LeaderReportPdfTest.bytes(report))) {
      return LeaderReportPdfTest.oneLine(new PDFTextStripper().getText(pdf));
    }
  }
}
