package org.habittrends.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport.Trend;

/** Small building blocks shared by the cover and the goal pages. */
final class Blocks {

  private final PdfFonts fonts;

  Blocks(PdfFonts fonts) {
    this.fonts = fonts;
  }

  Paragraph heading(String text, float size, Color colour, float spaceBefore) {
    return paragraph(text, fonts.bold(size, colour), spaceBefore, size * 0.4f);
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
  PdfPTable verdictBox(Trend trend) {
    Verdict verdict = trend.verdict();
    PdfPTable box = new PdfPTable(new float[] {1, 11});
    box.setWidthPercentage(100);
    box.setSpacingBefore(12);
    box.setKeepTogether(true);
    PdfPCell symbol =
        cell(new Phrase(Style.symbol(verdict), fonts.bold(20, Style.colour(verdict))));
    symbol.setHorizontalAlignment(Element.ALIGN_CENTER);
    symbol.setVerticalAlignment(Element.ALIGN_MIDDLE);
    symbol.setBorder(Rectangle.LEFT | Rectangle.TOP | Rectangle.BOTTOM);
    box.addCell(symbol);
    Paragraph text =
        new Paragraph(Style.H3 * Style.LEADING, "", fonts.regular(Style.BODY, Style.TEXT));
    text.add(new Phrase("Verdict: " + verdict.label(), fonts.bold(Style.H3, Style.TEXT)));
    text.add(new Phrase("\n" + Wording.verdictExplanation(trend), fonts.regular(9.5f, Style.TEXT)));
    PdfPCell words = cell(text);
    words.setBorder(Rectangle.RIGHT | Rectangle.TOP | Rectangle.BOTTOM);
    box.addCell(words);
    return box;
  }

  PdfPCell cell(Phrase content) {
    PdfPCell cell = new PdfPCell(content);
    cell.setBorderColor(Style.RULE);
    cell.setBorderWidth(0.5f);
    cell.setPadding(6);
    cell.setPaddingTop(4);
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
}
