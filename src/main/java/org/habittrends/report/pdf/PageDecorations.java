package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Header (programme left, leader right) and footer (confidentiality, "page n of N") on every page.
 * What is the same on every page is drawn once into a template that each page shows; N is unknown
 * until the end, so each page also shows a template that is filled in at close.
 */
final class PageDecorations extends PdfPageEventHelper {

  private static final float SIZE = 8;

  private final PdfFonts fonts;
  private final String programme;
  private final String leader;
  private final Messages msg;
  private PdfTemplate frame;
  private PdfTemplate total;
  private float pageOfRight;
  private float totalX;
  private float footerY;

  /** {@code leader} null for the cohort report: the header's right side and the footer say so. */
  PageDecorations(PdfFonts fonts, String programme, String leader, Messages msg) {
    this.fonts = fonts;
    this.programme = programme;
    this.leader = leader;
    this.msg = msg;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    Rectangle page = document.getPageSize();
    float left = document.left();
    float right = document.right();
    float headerY = page.getHeight() - Style.MARGIN / 2 - SIZE / 2;
    footerY = Style.MARGIN / 2;

    frame = writer.getDirectContent().createTemplate(page.getWidth(), page.getHeight());
    text(frame, programme, Element.ALIGN_LEFT, left, headerY);
    text(
        frame,
        leader == null ? msg.get("cohort.header") : leader,
        Element.ALIGN_RIGHT,
        right,
        headerY);
    rule(frame, left, right, headerY - 4);
    rule(frame, left, right, footerY + SIZE + 3);
    text(
        frame,
        leader == null ? msg.get("footer.cohort") : msg.get("footer.leader", leader),
        Element.ALIGN_LEFT,
        left,
        footerY);

    // "page n of " stands before a slot wide enough for N (two digits); it is filled at close.
    float slot = fonts.regular().getWidthPoint("99", SIZE);
    float space = fonts.regular().getWidthPoint(" ", SIZE);
    pageOfRight = right - slot - space;
    totalX = right - slot;
    total = writer.getDirectContent().createTemplate(30, SIZE + 4);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    canvas.addTemplate(frame, 0, 0);
    String pageOf = msg.get("footer.pageOf", String.valueOf(writer.getPageNumber()));
    text(canvas, pageOf, Element.ALIGN_RIGHT, pageOfRight, footerY);
    canvas.addTemplate(total, totalX, footerY);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    String pages = String.valueOf(writer.getPageNumber() - 1);
    total.beginText();
    total.setFontAndSize(fonts.regular(), SIZE);
    total.setColorFill(Style.SECONDARY);
    total.setTextMatrix(0, 0);
    total.showText(pages);
    total.endText();
  }

  /** One line of small grey text, straight onto the canvas: no layout needed for a single line. */
  private void text(PdfContentByte canvas, String text, int align, float x, float y) {
    canvas.saveState();
    canvas.beginText();
    canvas.setFontAndSize(fonts.regular(), SIZE);
    canvas.setColorFill(Style.SECONDARY);
    canvas.showTextAligned(align, text, x, y, 0);
    canvas.endText();
    canvas.restoreState();
  }

  private static void rule(PdfContentByte canvas, float left, float right, float y) {
    canvas.saveState();
    canvas.setColorStroke(Style.RULE);
    canvas.setLineWidth(0.5f);
    canvas.moveTo(left, y);
    canvas.lineTo(right, y);
    canvas.stroke();
    canvas.restoreState();
  }
}
