package org.habittrends.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal diverging stacked bars of ratings −3..+3, one per row (a wave, or a follow-up level):
 * negative shares left of the centre line, positive right, 0 split across the centre, in the RdBu
 * colours of the style guide. Drawn straight into a PDF template: vector, with the embedded font.
 */
final class DivergingBars {

  /**
   * One bar: its label, a second line under it (e.g. n), counts of −3..+3 (may be empty), and the
   * words in place of an empty bar (null: the chart's own, e.g. "no ratings").
   */
  record Bar(String label, String detail, List<Integer> counts, String empty) {
    Bar(String label, String detail, List<Integer> counts) {
      this(label, detail, counts, null);
    }
  }

  private static final float ROW = 22;
  private static final float BAR = 13;
  private static final float LABEL_WIDTH = 120;
  private static final float LEGEND = 22;
  private static final float SIZE = 7.5f;

  private final PdfFonts fonts;

  DivergingBars(PdfFonts fonts) {
    this.fonts = fonts;
  }

  Image draw(PdfContentByte canvas, List<Bar> bars, float width, String noData)
      throws BadElementException {
    float height = LEGEND + bars.size() * ROW + 14;
    PdfTemplate t = canvas.createTemplate(width, height);
    float left = LABEL_WIDTH;
    float half = (width - left - 8) / 2;
    float centre = left + half;
    legend(t, centre, height - 12);
    float y = height - LEGEND - ROW;
    List<Float> emptyRows = new ArrayList<>();
    List<String> emptyWords = new ArrayList<>();
    for (Bar bar : bars) {
      text(t, fonts.bold(), bar.label(), 0, y + BAR / 2 + 1, Style.TEXT, false);
      text(t, fonts.regular(), bar.detail(), 0, y + BAR / 2 - 8, Style.SECONDARY, false);
      int n = bar.counts().stream().mapToInt(Integer::intValue).sum();
      if (n == 0) {
        emptyRows.add(y);
        emptyWords.add(bar.empty() == null ? noData : bar.empty());
      } else {
        segments(t, bar.counts(), n, centre, half, y);
      }
      y -= ROW;
    }
    // centre line and the ±100 % scale under the bars
    t.setColorStroke(Style.TEXT);
    t.setLineWidth(0.6f);
    t.moveTo(centre, 12);
    t.lineTo(centre, height - LEGEND + 2);
    t.stroke();
    // an empty row's words on white, over the centre line, so the line does not strike them out
    for (int i = 0; i < emptyRows.size(); i++) {
      String words = emptyWords.get(i);
      if (words == null || words.isEmpty()) {
        continue;
      }
      float w = fonts.regular().getWidthPoint(words, SIZE);
      t.setColorFill(Color.WHITE);
      t.rectangle(centre - w / 2 - 3, emptyRows.get(i), w + 6, BAR);
      t.fill();
      text(t, fonts.regular(), words, centre, emptyRows.get(i) + 3, Style.SECONDARY, true);
    }
    text(t, fonts.regular(), "100 %", left, 2, Style.SECONDARY, false);
    text(t, fonts.regular(), "0", centre, 2, Style.SECONDARY, true);
    float w = fonts.regular().getWidthPoint("100 %", SIZE);
    text(t, fonts.regular(), "100 %", centre + half - w, 2, Style.SECONDARY, false);
    return Image.getInstance(t);
  }

  private void segments(
      PdfTemplate t, List<Integer> counts, int n, float centre, float half, float y) {
    double[] share = counts.stream().mapToDouble(c -> (double) c / n).toArray();
    // start of the bar: all negative shares and half the zeros lie left of the centre
    float x = centre - (float) ((share[0] + share[1] + share[2] + share[3] / 2) * half);
    for (int i = 0; i < 7; i++) {
      float w = (float) (share[i] * half);
      if (w <= 0) {
        continue;
      }
      t.setColorFill(Style.SCALE[i]);
      t.rectangle(x, y, w, BAR);
      t.fill();
      if (i == 3) {
        t.setColorStroke(Style.RULE);
        t.setLineWidth(0.4f);
        t.rectangle(x, y, w, BAR);
        t.stroke();
      }
      String label = Math.round(share[i] * 100) + "%";
      if (fonts.regular().getWidthPoint(label, SIZE) + 4 < w) {
        Color ink = i == 0 || i == 6 ? Color.WHITE : Style.TEXT;
        text(t, fonts.regular(), label, x + w / 2, y + 4, ink, true);
      }
      x += w;
    }
  }

  private void legend(PdfTemplate t, float centre, float y) {
    float box = 16;
    float x = centre - 3.5f * (box + 2);
    for (int i = 0; i < 7; i++) {
      t.setColorFill(Style.SCALE[i]);
      t.rectangle(x, y, box, 8);
      t.fill();
      if (i == 3) {
        t.setColorStroke(Style.RULE);
        t.setLineWidth(0.4f);
        t.rectangle(x, y, box, 8);
        t.stroke();
      }
      String label = i == 3 ? "0" : (i < 3 ? Wording.MINUS : "+") + Math.abs(i - 3);
      text(t, fonts.regular(), label, x + box / 2, y - 8, Style.SECONDARY, true);
      x += box + 2;
    }
  }

  private static void text(
      PdfTemplate t, BaseFont font, String text, float x, float y, Color colour, boolean centred) {
    if (text == null || text.isEmpty()) {
      return;
    }
    t.beginText();
    t.setFontAndSize(font, SIZE);
    t.setColorFill(colour);
    if (centred) {
      t.showTextAligned(PdfContentByte.ALIGN_CENTER, text, x, y, 0);
    } else {
      t.setTextMatrix(x, y);
      t.showText(text);
    }
    t.endText();
  }
}
