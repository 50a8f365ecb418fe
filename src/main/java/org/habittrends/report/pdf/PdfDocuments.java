package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Opens a PDF/A-1b document with the metadata every report carries (title, subject, language,
 * creator) and with fixed dates and ID, so the same data gives the same bytes.
 */
final class PdfDocuments {

  /** The JDK's built-in sRGB profile: the output intent PDF/A requires for RGB colours. */
  private static final byte[] SRGB =
      java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /**
   * The profile compressed once. {@code PdfWriter.setOutputIntents} parses the profile (LCMS) and
   * deflates its 7 KB for every document: about a tenth of a millisecond, for the same bytes.
   */
  private static final byte[] SRGB_DEFLATED = deflate(SRGB);

  private PdfDocuments() {}

  /**
   * Metadata is fixed before {@code open()}: the XMP packet is written from it. {@code model} is
   * the report's data, from which the document ID is derived ({@link Fingerprint}).
   */
  record Meta(
      String title, String subject, String author, String language, LocalDate day, Object model) {}

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
    setOutputIntent(writer);
    writer.createXmpMetadata();
    return writer;
  }

  /**
   * What {@code setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB)}
   * writes for a PDF/A-1 document, with the profile stream from {@link SrgbProfile}.
   */
  private static void setOutputIntent(PdfWriter writer) throws IOException {
    PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
    intent.put(PdfName.OUTPUTCONDITION, new PdfString("", PdfObject.TEXT_UNICODE));
    intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("Custom", PdfObject.TEXT_UNICODE));
    intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org", PdfObject.TEXT_UNICODE));
    intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1", PdfObject.TEXT_UNICODE));
    intent.put(
        PdfName.DESTOUTPUTPROFILE, writer.addToBody(new SrgbProfile()).getIndirectReference());
    intent.put(PdfName.S, PdfName.GTS_PDFA1);
    writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
  }

  /** The ICC stream of the sRGB profile (three components), already deflated. */
  private static final class SrgbProfile extends PdfStream {
    SrgbProfile() {
      bytes = SRGB_DEFLATED; // written as they are, never changed
      compressed = true;
      put(PdfName.ALTERNATE, PdfName.DEVICERGB);
      put(PdfName.N, new PdfNumber(3));
      put(PdfName.LENGTH, new PdfNumber(SRGB_DEFLATED.length));
      put(PdfName.FILTER, PdfName.FLATEDECODE);
    }
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(PdfStream.DEFAULT_COMPRESSION);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
      try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater)) {
        zip.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
  }

  private static void fixDatesAndId(PdfWriter writer, Meta meta) {
    LocalDate day = meta.day() == null ? LocalDate.of(2000, 1, 1) : meta.day();
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    PdfDate date = new PdfDate(calendar);
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    byte[] id = Fingerprint.md5(meta.model());
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }
}
