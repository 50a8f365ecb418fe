package org.habittrends.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport.Trend;

/** Small building blocks shared by all pages of both reports. */
final class Blocks {

  static final String NONE = "\u2014";

  private final PdfFonts fonts;

  Blocks(PdfFonts fonts) {
    this.fonts = fonts;
  }

  PdfFonts fonts() {
    return fonts;
  }

  Paragraph heading(String text, float size, Color colour, float spaceBefore) {
    return paragraph(text, fonts.bold(size, colour), spaceBefore, size * 0.4f);
  }

  /** A heading that is also a bookmark and a link target. */
  void bookmarked(Document document, PdfWriter writer, String anchor, String text, float size)
      throws DocumentException {
    Paragraph title = heading("", size, size >= Style.H1 ? Style.TEXT : Style.ACCENT, 0);
    title.add(
        new Chunk(text, fonts.bold(size, title.getFont().getColor())).setLocalDestination(anchor));
    document.add(title);
    new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false), text);
  }

  /** Starts a new page unless {@code points} fit below: keeps a heading with what follows it. */
  static void keepSpace(Document document, PdfWriter writer, float points) {
    if (writer.getVerticalPosition(true) - document.bottom() < points) {
      document.newPage();
    }
  }

  Paragraph kicker(String text) {
    return paragraph(text, fonts.bold(9, Style.ACCENT), 0, 2);
  }

  Paragraph body(String text, float spaceBefore) {
    return paragraph(text, fonts.regular(Style.BODY, Style.TEXT), spaceBefore, 4);
  }

  Paragraph note(String text, float spaceBefore) {
    return paragraph(text, fonts.oblique(Style.SMALL + 0.5f, Style.SECONDARY), spaceBefore, 4);
  }

  Paragraph paragraph(String text, Font font, float spaceBefore, float spaceAfter) {
    Paragraph p = new Paragraph(font.getSize() * Style.LEADING, text, font);
    p.setSpacingBefore(spaceBefore);
    p.setSpacingAfter(spaceAfter);
    return p;
  }

  /** Symbol, word and explanation in a light box: meaning never rests on colour alone. */
  PdfPTable verdictBox(Trend trend, Wording words) {
    Verdict verdict = trend.verdict();
    PdfPTable box = new PdfPTable(new float[] {1, 11});
    box.setWidthPercentage(100);
    box.setSpacingBefore(10);
    box.setKeepTogether(true);
    PdfPCell symbol =
        cell(new Phrase(Style.symbol(verdict), fonts.bold(20, Style.colour(verdict))));
    symbol.setHorizontalAlignment(Element.ALIGN_CENTER);
    symbol.setVerticalAlignment(Element.ALIGN_MIDDLE);
    symbol.setBorder(Rectangle.LEFT | Rectangle.TOP | Rectangle.BOTTOM);
    box.addCell(symbol);
    Paragraph text =
        new Paragraph(Style.H3 * Style.LEADING, "", fonts.regular(Style.BODY, Style.TEXT));
    text.add(
        new Phrase(
            words.msg().get("verdict.label", words.verdict(verdict)),
            fonts.bold(Style.H3, Style.TEXT)));
    text.add(new Phrase("\n" + words.verdictExplanation(trend), fonts.regular(9.5f, Style.TEXT)));
    PdfPCell explanation = cell(text);
    explanation.setBorder(Rectangle.RIGHT | Rectangle.TOP | Rectangle.BOTTOM);
    box.addCell(explanation);
    return box;
  }

  /** The verdict as symbol and word, in its colour. */
  Phrase verdict(Verdict verdict, Wording words, float size) {
    return new Phrase(
        Style.symbol(verdict) + " " + words.verdict(verdict),
        fonts.bold(size, Style.colour(verdict)));
  }

  /** A table with a grey header row that repeats when the table breaks across pages. */
  PdfPTable table(float[] widths, String... columns) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    for (int i = 0; i < columns.length; i++) {
      PdfPCell head = cell(new Phrase(columns[i], fonts.bold(8.5f, Style.TEXT)));
      head.setBackgroundColor(Style.TABLE_HEAD);
      head.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
      table.addCell(head);
    }
    return table;
  }

  void text(PdfPTable table, String text) {
    table.addCell(cell(new Phrase(text, fonts.regular(9, Style.TEXT))));
  }

  void value(PdfPTable table, String text) {
    PdfPCell cell = cell(new Phrase(text, fonts.regular(9, Style.TEXT)));
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    table.addCell(cell);
  }

  /** A cell whose figures are withheld: grey italic words, never a number or a blank. */
  void withheld(PdfPTable table, String text) {
    withheld(table, text, 1);
  }

  /** One withheld cell across {@code columns} columns: the words once, not a row of repeats. */
  void withheld(PdfPTable table, String text, int columns) {
    PdfPCell cell = cell(new Phrase(text, fonts.oblique(8, Style.SECONDARY)));
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setColspan(columns);
    table.addCell(cell);
  }

  PdfPCell cell(Phrase content) {
    PdfPCell cell = new PdfPCell(content);
    cell.setBorderColor(Style.RULE);
    cell.setBorderWidth(0.5f);
    cell.setPadding(5);
    cell.setPaddingTop(3);
    cell.setLeading(0, Style.LEADING);
    return cell;
  }

  /** A label and its value, as one line of the cover's fact list. */
  void fact(PdfPTable table, String label, String value) {
    PdfPCell name = new PdfPCell(new Phrase(label, fonts.regular(Style.BODY, Style.SECONDARY)));
    PdfPCell text = new PdfPCell(new Phrase(value, fonts.regular(Style.BODY, Style.TEXT)));
    for (PdfPCell c : new PdfPCell[] {name, text}) {
      c.setBorder(Rectangle.NO_BORDER);
      c.setPaddingBottom(5);
      table.addCell(c);
    }
  }

  static String orDash(String text) {
    return text == null || text.isBlank() ? NONE : text;
  }
}
