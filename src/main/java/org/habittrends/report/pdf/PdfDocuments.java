package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Opens a PDF/A-1b document with the metadata every report carries (title, subject, language,
 * creator) and with fixed dates and ID, so the same data gives the same bytes.
 */
final class PdfDocuments {

  /** The JDK's built-in sRGB profile: the output intent PDF/A requires for RGB colours. */
  private static final byte[] SRGB =
      java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfDocuments() {}

  /** Metadata is fixed before {@code open()}: the XMP packet is written from it. */
  record Meta(
      String title,
      String subject,
      String author,
      String language,
      LocalDate day,
      String identity) {}

  static PdfWriter open(Document document, OutputStream out, Meta meta, PdfPageEvent decorations)
      throws DocumentException, IOException {
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(decorations);
    writer.setCloseStream(false);
    writer.setPDFXConformance(PdfWriter.PDFA1B);
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    document.addTitle(meta.title());
    document.addSubject(meta.subject());
    document.addAuthor(meta.author());
    document.addCreator("habit-trends");
    // Document.setDocumentLanguage reaches only tagged PDFs' catalog: set /Lang directly.
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));
    fixDatesAndId(writer, meta);
    document.open();
    writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
    writer.createXmpMetadata();
    return writer;
  }

  private static void fixDatesAndId(PdfWriter writer, Meta meta) {
    LocalDate day = meta.day() == null ? LocalDate.of(2000, 1, 1) : meta.day();
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    PdfDate date = new PdfDate(calendar);
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    byte[] id = md5(meta.identity());
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
