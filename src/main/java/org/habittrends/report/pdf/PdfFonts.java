package org.habittrends.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;

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

  /** True when the font has every printable ASCII character (DejaVu Sans has). */
  private final boolean asciiShown;

  private PdfFonts(byte[] regular, byte[] bold, byte[] oblique) throws Exception {
    this.regular = embedded("DejaVuSans.ttf", regular, 0);
    this.bold = embedded("DejaVuSans-Bold.ttf", bold, 1);
    this.oblique = embedded("DejaVuSans-Oblique.ttf", oblique, 2);
    this.awtRegular = awt(regular);
    this.awtBold = awt(bold);
    this.asciiShown = IntStream.rangeClosed(' ', '~').allMatch(this.regular::charExists);
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

  /**
   * The text as this font can show it: every character the font lacks (CJK, emoji, …) becomes a
   * visible U+FFFD, so no glyph silently disappears and nothing breaks the layout.
   */
  String printable(String text) {
    if (text == null || allShown(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(shown(c) ? c : REPLACEMENT));
    return out.toString();
  }

  /** True when every character shows as it is: the common case, answered without copying. */
  private boolean allShown(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (asciiShown && c >= ' ' && c <= '~') {
        continue;
      }
      if (Character.isSurrogate(c) || !shown(c)) {
        return false; // a surrogate pair is looked at by code point, in printable()
      }
    }
    return true;
  }

  private boolean shown(int c) {
    return Character.isWhitespace(c) || regular.charExists(c);
  }

  private static final int REPLACEMENT = 0xFFFD;

  private static BaseFont embedded(String name, byte[] ttf, int face) throws Exception {
    // NOT_CACHED: our instances are kept here; the library's cache would key on the name only.
    BaseFont font =
        BaseFont.createFont(
            name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
    font.setSecureRandom(new FixedSubsetTag(face));
    return font;
  }

  /**
   * The subset tag ("ABCDEF+DejaVuSans") is random in OpenPDF; a fixed tag per face keeps reports
   * byte-reproducible. Tags only need to differ between different subsets of one font in one
   * document, and each face is a different font.
   */
  private static final class FixedSubsetTag extends java.security.SecureRandom {
    private static final long serialVersionUID = 1L;
    private final double value;

    FixedSubsetTag(int face) {
      super(new byte[0]);
      this.value = (face + 0.5) / 26;
    }

    @Override
    public double nextDouble() {
      return value;
    }
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
