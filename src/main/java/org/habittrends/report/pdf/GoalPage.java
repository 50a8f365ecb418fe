package org.habittrends.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.PairedChange;
import org.habittrends.report.LeaderReport.WaveRow;

/**
 * One goal, starting on a new page: title, plain sentence, wave table, verdict, trend chart; then
 * the distribution per wave, the relationship groups and follow-up ({@link GoalDetails}).
 */
final class GoalPage {

  private final PdfFonts fonts;
  private final Blocks blocks;
  private final TrendChart chart;
  private final DivergingBars bars;
  private final GoalDetails details;

  GoalPage(Blocks blocks, TrendChart chart, DivergingBars bars) {
    this.fonts = blocks.fonts();
    this.blocks = blocks;
    this.chart = chart;
    this.bars = bars;
    this.details = new GoalDetails(blocks);
  }

  void write(Document document, PdfWriter writer, GoalSection goal, int k, Wording words)
      throws DocumentException {
    Messages msg = words.msg();
    document.newPage();
    document.add(blocks.kicker(msg.get("goal.kicker", goal.number())));
    blocks.bookmarked(document, writer, "goal-" + goal.number(), goal.title(), Style.H1);
    if (!goal.habit().equals(goal.title())) {
      document.add(
          blocks.paragraph(
              msg.get("goal.habit", goal.habit()), fonts.regular(9.5f, Style.SECONDARY), 0, 4));
    }
    document.add(blocks.paragraph(words.headline(goal), fonts.regular(Style.H3, Style.TEXT), 8, 4));
    String caveats = words.caveats(goal);
    if (!caveats.isEmpty()) {
      document.add(blocks.note(caveats, 0));
    }

    document.add(blocks.heading(msg.get("goal.waveByWave"), Style.H3, Style.ACCENT, 10));
    document.add(table(goal, words));
    document.add(blocks.verdictBox(goal.trend(), words));
    pairedChange(document, goal, k, words);

    Image trend =
        chart.draw(writer.getDirectContent(), goal, document.right() - document.left(), words);
    trend.setSpacingBefore(12);
    document.add(trend);
    document.add(
        blocks.note(
            msg.get("chart.legend")
                + (goal.waves().stream().anyMatch(w -> w.n() == 0 || w.withheld())
                    ? " " + msg.get("chart.bridge")
                    : ""),
            4));

    List<DivergingBars.Bar> rows =
        goal.waves().stream()
            .map(
                w ->
                    w.withheld()
                        ? new DivergingBars.Bar(w.label(), "", w.distribution(), words.withheld())
                        : new DivergingBars.Bar(
                            w.label(),
                            w.n() == 0 ? msg.get("goal.noRatingsShort") : "n = " + w.n(),
                            w.distribution()))
            .toList();
    Image distribution =
        bars.draw(
            writer.getDirectContent(),
            rows,
            document.right() - document.left(),
            msg.get("goal.noRatingsShort"));
    Blocks.keepSpace(document, writer, distribution.getScaledHeight() + 60);
    document.add(blocks.heading(msg.get("goal.distribution"), Style.H3, Style.ACCENT, 12));
    document.add(distribution);
    document.add(blocks.note(msg.get("goal.distribution.note"), 2));
    details.write(document, writer, goal, k, words);
  }

  /**
   * One sentence on the stakeholders who rated both the first and the final wave, when at least k
   * did (fewer could be singled out).
   */
  private void pairedChange(Document document, GoalSection goal, int k, Wording words)
      throws DocumentException {
    PairedChange paired = goal.trend().paired();
    List<WaveRow> rated = goal.waves().stream().filter(w -> w.n() > 0).toList();
    if (paired == null || !paired.shownWith(k) || rated.size() < 2) {
      return;
    }
    Messages msg = words.msg();
    String first = rated.get(0).label();
    String last = rated.get(rated.size() - 1).label();
    String sentence =
        paired.ciLow() == null || paired.ciHigh() == null
            ? msg.get(
                "goal.paired.noInterval", paired.n(), first, last, words.signed(paired.change()))
            : msg.get(
                "goal.paired",
                paired.n(),
                first,
                last,
                words.signed(paired.change()),
                words.signed(paired.ciLow()),
                words.signed(paired.ciHigh()));
    document.add(blocks.paragraph(sentence, fonts.regular(9.5f, Style.TEXT), 6, 0));
  }

  private PdfPTable table(GoalSection goal, Wording words) {
    Messages msg = words.msg();
    PdfPTable table =
        blocks.table(
            new float[] {2.2f, 1.5f, 1.2f, 1.9f, 2.3f},
            msg.get("table.wave"),
            msg.get("table.responses"),
            msg.get("table.mean"),
            msg.get("table.interval"),
            msg.get("table.improvedUnchangedWorse"));
    table.setKeepTogether(true);
    for (WaveRow w : goal.waves()) {
      String date = Wording.namesItsDate(w) ? "" : "  " + msg.month().format(w.date());
      Phrase wave = new Phrase(w.label(), fonts.regular(9, Style.TEXT));
      wave.add(new Chunk(date, fonts.regular(7.5f, Style.SECONDARY)));
      table.addCell(blocks.cell(wave));
      String rate = w.responseRate() == null ? "" : " (" + words.percent(w.responseRate()) + ")";
      blocks.value(table, w.responded() + " / " + w.invited() + rate);
      if (w.withheld()) {
        blocks.withheld(table, words.withheld(), 3);
        continue;
      }
      blocks.value(
          table, w.mean() == null ? msg.get("goal.noRatingsShort") : words.signed(w.mean()));
      blocks.value(
          table,
          w.hasInterval()
              ? msg.get("table.range", words.signed(w.ciLow()), words.signed(w.ciHigh()))
              : Blocks.NONE);
      blocks.value(
          table,
          w.n() == 0 ? Blocks.NONE : w.improved() + " / " + w.unchanged() + " / " + w.worse());
    }
    return table;
  }
}
