package org.habittrends.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.WaveRow;

/** One goal on its own page: title, plain sentence, wave table, verdict, trend chart. */
final class GoalPage {

  private static final String NONE = "\u2014";
  private static final String[] COLUMNS = {
    "Wave", "Responses", "Mean", "95 % interval", "Improved / unchanged / worse"
  };

  private final PdfFonts fonts;
  private final Blocks blocks;
  private final TrendChart chart;

  GoalPage(PdfFonts fonts, Blocks blocks, TrendChart chart) {
    this.fonts = fonts;
    this.blocks = blocks;
    this.chart = chart;
  }

  void write(Document document, PdfWriter writer, GoalSection goal) throws DocumentException {
    document.newPage();
    document.add(blocks.paragraph("GOAL " + goal.number(), fonts.bold(9, Style.ACCENT), 0, 2));
    String anchor = "goal-" + goal.number();
    Paragraph title = blocks.heading("", Style.H1, Style.TEXT, 0);
    title.add(
        new Chunk(goal.title(), fonts.bold(Style.H1, Style.TEXT)).setLocalDestination(anchor));
    document.add(title);
    new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false), goal.title());
    if (!goal.habit().equals(goal.title())) {
      document.add(
          blocks.paragraph("Habit: " + goal.habit(), fonts.regular(9.5f, Style.SECONDARY), 0, 4));
    }

    document.add(
        blocks.paragraph(Wording.headline(goal), fonts.regular(Style.H3, Style.TEXT), 10, 4));
    String caveats = Wording.caveats(goal);
    if (!caveats.isEmpty()) {
      document.add(blocks.note(caveats, 0));
    }

    document.add(blocks.heading("Wave by wave", Style.H3, Style.ACCENT, 12));
    document.add(table(goal));
    document.add(blocks.verdictBox(goal.trend()));

    Image image = chart.draw(writer.getDirectContent(), goal, document.right() - document.left());
    image.setSpacingBefore(16);
    document.add(image);
    document.add(
        blocks.note(
            "Line: mean perceived change per wave ("
                + Wording.MINUS
                + "3 much less effective, 0 no change, +3 much more effective). Band: 95 %"
                + " confidence interval of the mean. Dashed grey line: the +1 target. n:"
                + " stakeholders who rated this goal."
                + (goal.waves().stream().anyMatch(w -> w.n() == 0)
                    ? " A dotted line bridges waves without ratings."
                    : ""),
            4));
  }

  private PdfPTable table(GoalSection goal) {
    PdfPTable table = new PdfPTable(new float[] {2.2f, 1.4f, 1.5f, 2f, 2.4f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setKeepTogether(true);
    for (String column : COLUMNS) {
      PdfPCell head = blocks.cell(new Phrase(column, fonts.bold(9, Style.TEXT)));
      head.setBackgroundColor(Style.TABLE_HEAD);
      head.setHorizontalAlignment(
          column.equals("Wave") ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
      table.addCell(head);
    }
    for (WaveRow w : goal.waves()) {
      String date = w.date() == null ? "" : "  " + Wording.MONTH.format(w.date());
      Phrase wave = new Phrase(w.label(), fonts.regular(9.5f, Style.TEXT));
      wave.add(new Chunk(date, fonts.regular(8, Style.SECONDARY)));
      table.addCell(blocks.cell(wave));
      value(table, w.n() + " / " + w.invited());
      value(table, w.mean() == null ? "no ratings" : Wording.signed(w.mean()));
      value(
          table,
          w.hasInterval() ? Wording.signed(w.ciLow()) + " to " + Wording.signed(w.ciHigh()) : NONE);
      value(table, w.n() == 0 ? NONE : w.improved() + " / " + w.unchanged() + " / " + w.worse());
    }
    return table;
  }

  private void value(PdfPTable table, String text) {
    PdfPCell cell = blocks.cell(new Phrase(text, fonts.regular(9.5f, Style.TEXT)));
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    table.addCell(cell);
  }
}
