package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.habittrends.report.CohortReport;
import org.habittrends.report.CohortReportRenderer;
import org.springframework.stereotype.Component;

/** Renders the cohort report as a landscape A4 PDF/A-1b, styled like the leader reports. */
@Component
public final class PdfCohortReportRenderer implements CohortReportRenderer {

  private final PdfFonts fonts = PdfFonts.load();
  private final Blocks blocks = new Blocks(fonts);
  private final CohortPages pages = new CohortPages(blocks, new DivergingBars(fonts));
  private final Appendix appendix = new Appendix(blocks);

  @Override
  public void render(CohortReport model, OutputStream out) throws IOException {
    CohortReport report = Printable.of(model, fonts::printable);
    Wording words = new Wording(Messages.of(report.language()), report.anonymity().k());
    Messages msg = words.msg();
    Document document =
        new Document(PageSize.A4.rotate(), Style.MARGIN, Style.MARGIN, Style.MARGIN, Style.MARGIN);
    try {
      PdfWriter writer =
          PdfDocuments.open(
              document,
              out,
              new PdfDocuments.Meta(
                  msg.get("cohort.meta.title", report.programmeName()),
                  msg.get("cohort.meta.subject", report.programmeName()),
                  Blocks.orDash(report.sponsor()),
                  msg.locale().toLanguageTag(),
                  report.dataDate(),
                  model),
              new PageDecorations(fonts, report.programmeName(), null, msg));
      pages.cover(document, report, words);
      pages.habits(document, writer, report, words);
      pages.leaders(document, writer, report, words);
      pages.followUp(document, writer, report, words);
      pages.responses(document, writer, report, words);
      appendix.methodology(document, writer, report.anonymity(), words, true);
      document.close();
    } catch (DocumentException e) {
      throw new IOException("cannot render the cohort report of " + report.programmeName(), e);
    }
  }
}
