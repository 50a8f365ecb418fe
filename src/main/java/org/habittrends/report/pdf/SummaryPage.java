package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.habittrends.report.LeaderReport;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.WaveRow;

/** Page 2: every goal in one table (verdict, final mean against +1, share improved, responses). */
final class SummaryPage {

  private final PdfFonts fonts;
  private final Blocks blocks;

  SummaryPage(Blocks blocks) {
    this.fonts = blocks.fonts();
    this.blocks = blocks;
  }

  void write(Document document, PdfWriter writer, LeaderReport report, Wording words)
      throws DocumentException {
    Messages msg = words.msg();
    document.newPage();
    blocks.bookmarked(document, writer, "summary", msg.get("summary.title"), Style.H1);
    document.add(blocks.body(msg.get("summary.intro"), 4));
    PdfPTable table =
        blocks.table(
            new float[] {3.2f, 2.2f, 1.6f, 1.6f, 1.5f},
            msg.get("summary.goal"),
            msg.get("summary.verdict"),
            msg.get("summary.finalMean"),
            msg.get("summary.improved"),
            msg.get("summary.responseRate"));
    table.setKeepTogether(true);
    for (GoalSection goal : report.goals()) {
      blocks.text(table, goal.number() + ". " + goal.title());
      table.addCell(blocks.cell(blocks.verdict(goal.trend().verdict(), words, 9)));
      WaveRow last = goal.lastRatedWave().orElse(null);
      if (last == null) {
        blocks.value(table, Blocks.NONE);
        blocks.value(table, Blocks.NONE);
        blocks.value(table, Blocks.NONE);
        continue;
      }
      if (last.withheld()) {
        blocks.withheld(table, words.withheld(), 2);
      } else {
        blocks.value(
            table,
            words.signed(last.mean())
                + "\n"
                + msg.get(
                    last.mean() > 1 ? "summary.target.reached" : "summary.target.notReached"));
        blocks.value(
            table,
            words.percent((double) last.improved() / last.n())
                + "\n"
                + msg.get("summary.ofN", last.improved(), last.n()));
      }
      blocks.value(
          table,
          last.responseRate() == null
              ? Blocks.NONE
              : words.percent(last.responseRate())
                  + "\n"
                  + msg.get("summary.ofN", last.responded(), last.invited()));
    }
    document.add(table);
    for (GoalSection goal : report.goals()) {
      document.add(
          blocks.paragraph(
              goal.number() + ". " + goal.title(), fonts.bold(Style.BODY, Style.TEXT), 10, 1));
      document.add(blocks.body(words.headline(goal), 0));
      String caveats = words.caveats(goal);
      if (!caveats.isEmpty()) {
        document.add(blocks.note(caveats, 0));
      }
    }
    document.add(blocks.note(msg.get("summary.footnote"), 10));
  }
}
