package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.habittrends.report.LeaderReport;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReportRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a leader's report as an A4 PDF (OpenPDF) with embedded DejaVu Sans and vector charts. The
 * fonts are loaded once per renderer and shared by every document it writes.
 */
@Component
public final class PdfLeaderReportRenderer implements LeaderReportRenderer {

  private final PdfFonts fonts = PdfFonts.load();
  private final Blocks blocks = new Blocks(fonts);
  private final CoverPage cover = new CoverPage(fonts, blocks);
  private final GoalPage goalPage = new GoalPage(fonts, blocks, new TrendChart(fonts));

  @Override
  public void render(LeaderReport report, OutputStream out) throws IOException {
    Document document =
        new Document(PageSize.A4, Style.MARGIN, Style.MARGIN, Style.MARGIN, Style.MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
      writer.setPageEvent(new PageDecorations(fonts, report.programmeName(), report.leaderName()));
      document.addTitle("Stakeholder feedback report \u2014 " + report.leaderName());
      document.addSubject(report.programmeName() + ": perceived change on the leader's goals");
      document.addAuthor(report.coach() == null ? report.programmeName() : report.coach());
      document.addCreator("habit-trends");
      // Document.setDocumentLanguage only reaches the catalog of tagged PDFs; set /Lang directly.
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en"));
      document.open();
      cover.write(document, report);
      for (GoalSection goal : report.goals()) {
        goalPage.write(document, writer, goal);
      }
      fixDatesAndId(writer, report);
      document.close();
    } catch (DocumentException e) {
      throw new IOException("cannot render the report of " + report.leaderId(), e);
    }
  }

  /** Same model, same dates and ID: the first steps towards byte-reproducible reports. */
  private static void fixDatesAndId(PdfWriter writer, LeaderReport report) {
    LocalDate day = report.dataDate() == null ? LocalDate.of(2000, 1, 1) : report.dataDate();
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    PdfDate date = new PdfDate(calendar);
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    byte[] id = md5(report.toString());
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  private static byte[] md5(String text) {
    try {
      return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
