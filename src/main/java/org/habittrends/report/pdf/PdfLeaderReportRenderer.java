package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.habittrends.report.LeaderReport;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReportRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a leader's report as an A4 PDF/A-1b (OpenPDF) with embedded DejaVu Sans and vector
 * charts: cover, summary, one section per goal, feedforward, methodology. The fonts are loaded once
 * per renderer and shared by every document it writes; it is safe for parallel use.
 */
@Component
public final class PdfLeaderReportRenderer implements LeaderReportRenderer {

  private final PdfFonts fonts = PdfFonts.load();
  private final Blocks blocks = new Blocks(fonts);
  private final CoverPage cover = new CoverPage(blocks);
  private final SummaryPage summary = new SummaryPage(blocks);
  private final GoalPage goalPage =
      new GoalPage(blocks, new TrendChart(fonts), new DivergingBars(fonts));
  private final Appendix appendix = new Appendix(blocks);

  @Override
  public void render(LeaderReport model, OutputStream out) throws IOException {
    LeaderReport report = Printable.of(model, fonts::printable);
    Wording words = new Wording(Messages.of(report.language()), report.anonymity().k());
    Messages msg = words.msg();
    Document document =
        new Document(PageSize.A4, Style.MARGIN, Style.MARGIN, Style.MARGIN, Style.MARGIN);
    try {
      PdfWriter writer =
          PdfDocuments.open(
              document,
              out,
              new PdfDocuments.Meta(
                  msg.get("meta.title", report.leaderName()),
                  msg.get("meta.subject", report.programmeName()),
                  report.coach() == null ? report.programmeName() : report.coach(),
                  msg.locale().toLanguageTag(),
                  report.dataDate(),
                  model),
              new PageDecorations(fonts, report.programmeName(), report.leaderName(), msg));
      cover.write(document, report, words);
      summary.write(document, writer, report, words);
      for (GoalSection goal : report.goals()) {
        goalPage.write(document, writer, goal, report.anonymity().k(), words);
      }
      appendix.comments(document, writer, report.comments(), report.anonymity().commentK(), words);
      appendix.methodology(document, writer, report.anonymity(), words, false);
      document.close();
    } catch (DocumentException e) {
      throw new IOException("cannot render the report of " + report.leaderId(), e);
    }
  }
}
