package org.habittrends.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The project's DejaVu Sans faces, read from the classpath once: as PDF fonts (embedded subsets)
 * and as AWT fonts for the charts, so chart text is measured and drawn with the same font and no
 * system font is ever needed.
 */
final class PdfFonts implements FontMapper {

  private final BaseFont regular;
  private final BaseFont bold;
  private final BaseFont oblique;
  private final java.awt.Font awtRegular;
  private final java.awt.Font awtBold;

  private PdfFonts(byte[] regular, byte[] bold, byte[] oblique) throws Exception {
    this.regular = embedded("DejaVuSans.ttf", regular);
    this.bold = embedded("DejaVuSans-Bold.ttf", bold);
    this.oblique = embedded("DejaVuSans-Oblique.ttf", oblique);
    this.awtRegular = awt(regular);
    this.awtBold = awt(bold);
  }

  static PdfFonts load() {
    try {
      return new PdfFonts(
          read("DejaVuSans.ttf"), read("DejaVuSans-Bold.ttf"), read("DejaVuSans-Oblique.ttf"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the report fonts", e);
    }
  }

  BaseFont regular() {
    return regular;
  }

  BaseFont bold() {
    return bold;
  }

  Font regular(float size, Color colour) {
    return new Font(regular, size, Font.NORMAL, colour);
  }

  Font bold(float size, Color colour) {
    return new Font(bold, size, Font.NORMAL, colour);
  }

  Font oblique(float size, Color colour) {
    return new Font(oblique, size, Font.NORMAL, colour);
  }

  java.awt.Font chartFont(float size, boolean isBold) {
    return (isBold ? awtBold : awtRegular).deriveFont(size);
  }

  @Override
  public BaseFont awtToPdf(java.awt.Font font) {
    // Chart fonts all come from chartFont(); anything else (a library default) falls back too.
    return font.getFontName().contains("Bold") || font.isBold() ? bold : regular;
  }

  @Override
  public java.awt.Font pdfToAwt(BaseFont font, int size) {
    return chartFont(size, font == bold);
  }

  private static BaseFont embedded(String name, byte[] ttf) throws Exception {
    // NOT_CACHED: our instances are kept here; the library's cache would key on the name only.
    return BaseFont.createFont(
        name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
  }

  private static java.awt.Font awt(byte[] ttf) throws IOException, FontFormatException {
    return java.awt.Font.createFont(
        java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf));
  }

  private static byte[] read(String file) throws IOException {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IOException("font missing from the classpath: /fonts/" + file);
      }
      return in.readAllBytes();
    }
  }
}
