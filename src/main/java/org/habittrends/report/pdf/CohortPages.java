package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.habittrends.domain.Verdict;
import org.habittrends.report.CohortReport;
import org.habittrends.report.CohortReport.FollowUpLevel;
import org.habittrends.report.CohortReport.HabitSummary;
import org.habittrends.report.CohortReport.HabitWave;
import org.habittrends.report.CohortReport.WaveRate;

/** The cohort report's sections: cover, habits, verdicts by leader, follow-up, responses. */
final class CohortPages {

  private final PdfFonts fonts;
  private final Blocks blocks;
  private final DivergingBars bars;

  CohortPages(Blocks blocks, DivergingBars bars) {
    this.fonts = blocks.fonts();
    this.blocks = blocks;
    this.bars = bars;
  }

  void cover(Document document, CohortReport report, Wording words) throws DocumentException {
    Messages msg = words.msg();
    String kind =
        report.asOfWave() == null
            ? msg.get("cohort.kicker")
            : msg.get("cohort.kicker.progress", report.asOfWave());
    document.add(blocks.paragraph(kind, fonts.bold(9, Style.ACCENT), 24, 6));
    document.add(blocks.paragraph(report.programmeName(), fonts.bold(24, Style.TEXT), 0, 12));
    PdfPTable facts = new PdfPTable(new float[] {1, 4});
    facts.setWidthPercentage(70);
    facts.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
    blocks.fact(facts, msg.get("cover.sponsor"), Blocks.orDash(report.sponsor()));
    blocks.fact(
        facts,
        msg.get("cover.dataAsOf"),
        CoverPage.dataAsOf(report.dataWave(), report.dataDate(), words));
    blocks.fact(
        facts,
        msg.get("cohort.facts.leaders"),
        String.valueOf(report.leaders().stream().map(l -> l.leaderId()).distinct().count()));
    blocks.fact(facts, msg.get("cohort.facts.goals"), String.valueOf(report.leaders().size()));
    document.add(facts);
    document.add(blocks.body(msg.get("cohort.intro"), 8));
    if (report.asOfWave() != null) {
      document.add(blocks.note(msg.get("cover.progressNote", report.asOfWave()), 4));
    }
    document.add(blocks.heading(msg.get("cohort.verdicts"), Style.H2, Style.ACCENT, 12));
    PdfPTable counts =
        blocks.table(new float[] {3, 1}, msg.get("summary.verdict"), msg.get("cohort.facts.goals"));
    counts.setWidthPercentage(50);
    counts.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
    for (Verdict v : Verdict.values()) {
      counts.addCell(blocks.cell(blocks.verdict(v, words, 9)));
      blocks.value(
          counts, String.valueOf(report.leaders().stream().filter(l -> l.verdict() == v).count()));
    }
    document.add(counts);
  }

  void habits(Document document, PdfWriter writer, CohortReport report, Wording words)
      throws DocumentException {
    Messages msg = words.msg();
    document.newPage();
    blocks.bookmarked(document, writer, "habits", msg.get("cohort.habits.title"), Style.H1);
    document.add(blocks.body(msg.get("cohort.habits.intro", report.anonymity().k()), 2));
    List<WaveRate> waves = report.waves();
    List<String> columns = new ArrayList<>(List.of(msg.get("cohort.habit")));
    waves.forEach(w -> columns.add(w.label()));
    float[] widths = new float[columns.size()];
    widths[0] = 3.5f;
    for (int i = 1; i < widths.length; i++) {
      widths[i] = 2;
    }
    PdfPTable table = blocks.table(widths, columns.toArray(String[]::new));
    for (HabitSummary habit : report.habits()) {
      // the overall-effectiveness question is stored under the pseudo-habit OVERALL
      blocks.text(
          table, habit.code().equals("OVERALL") ? msg.get("cohort.habits.overall") : habit.title());
      for (WaveRate wave : waves) {
        HabitWave hw =
            habit.waves().stream()
                .filter(w -> w.waveNo() == wave.waveNo())
                .findFirst()
                .orElse(null);
        if (hw == null || hw.n() == 0) {
          blocks.value(table, Blocks.NONE);
        } else if (hw.mean() == null) {
          // n at or above k: withheld so that a leader's withheld wave cannot be worked out
          blocks.withheld(
              table,
              hw.n() < report.anonymity().k()
                  ? words.withheld()
                  : msg.get("suppressed.complementary"));
        } else {
          blocks.value(
              table, msg.get("cohort.habit.cell", words.signed(hw.mean()), hw.n(), hw.leaders()));
        }
      }
    }
    document.add(table);
  }

  void leaders(Document document, PdfWriter writer, CohortReport report, Wording words)
      throws DocumentException {
    Messages msg = words.msg();
    document.newPage();
    blocks.bookmarked(document, writer, "leaders", msg.get("cohort.leaders.title"), Style.H1);
    document.add(blocks.body(msg.get("cohort.leaders.intro"), 2));
    PdfPTable table =
        blocks.table(
            new float[] {2.4f, 2f, 4f, 2.4f, 1.4f},
            msg.get("cohort.leader"),
            msg.get("cohort.coach"),
            msg.get("cohort.goal"),
            msg.get("summary.verdict"),
            msg.get("cohort.latestMean"));
    for (CohortReport.LeaderLine line : report.leaders()) {
      blocks.text(table, line.name());
      blocks.text(table, Blocks.orDash(line.coach()));
      blocks.text(table, line.goalNo() + ". " + line.goal());
      table.addCell(blocks.cell(blocks.verdict(line.verdict(), words, 8.5f)));
      if (line.finalWithheld()) {
        blocks.withheld(table, words.withheld());
      } else {
        blocks.value(
            table, line.finalMean() == null ? Blocks.NONE : words.signed(line.finalMean()));
      }
    }
    document.add(table);
  }

  void followUp(Document document, PdfWriter writer, CohortReport report, Wording words)
      throws DocumentException {
    Messages msg = words.msg();
    document.newPage();
    blocks.bookmarked(document, writer, "follow-up", msg.get("cohort.followUp.title"), Style.H1);
    document.add(
        blocks.body(
            report.asOfWave() == null
                ? msg.get("cohort.followUp.intro")
                : msg.get("cohort.followUp.progress", report.asOfWave()),
            2));
    String hidden = words.withheld();
    List<DivergingBars.Bar> rows = new ArrayList<>();
    for (FollowUpLevel level : report.followUps()) {
      String detail =
          level.mean() == null
              ? (level.n() == 0 ? "n = 0" : hidden)
              : "n = "
                  + level.n()
                  + ", "
                  + msg.get("table.mean").toLowerCase(msg.locale())
                  + " "
                  + words.signed(level.mean());
      rows.add(
          new DivergingBars.Bar(
              msg.get("followUp." + level.level()), detail, level.distribution()));
    }
    Image chart =
        bars.draw(writer.getDirectContent(), rows, document.right() - document.left(), "");
    chart.setSpacingBefore(8);
    document.add(chart);
    document.add(blocks.note(msg.get("cohort.followUp.note"), 2));
  }

  void responses(Document document, PdfWriter writer, CohortReport report, Wording words)
      throws DocumentException {
    Messages msg = words.msg();
    document.newPage();
    blocks.bookmarked(document, writer, "responses", msg.get("cohort.waves.title"), Style.H1);
    PdfPTable table =
        blocks.table(
            new float[] {3, 2, 2, 2},
            msg.get("table.wave"),
            msg.get("cohort.waves.invited"),
            msg.get("cohort.waves.responded"),
            msg.get("cohort.waves.rate"));
    table.setKeepTogether(true);
    for (WaveRate w : report.waves()) {
      blocks.text(table, w.label());
      blocks.value(table, String.valueOf(w.invited()));
      blocks.value(table, String.valueOf(w.responded()));
      blocks.value(table, w.rate() == null ? Blocks.NONE : words.percent(w.rate()));
    }
    document.add(table);
    document.add(blocks.heading(msg.get("cohort.imports.title"), Style.H2, Style.ACCENT, 16));
    if (report.imports().isEmpty()) {
      document.add(blocks.body(msg.get("cohort.imports.none"), 0));
      return;
    }
    PdfPTable files =
        blocks.table(
            new float[] {5, 2, 2, 2, 2},
            msg.get("cohort.imports.file"),
            msg.get("cohort.imports.status"),
            msg.get("cohort.imports.imported"),
            msg.get("cohort.imports.replaced"),
            msg.get("cohort.imports.rejected"));
    int imported = 0;
    int replaced = 0;
    int rejected = 0;
    for (CohortReport.ImportedFile f : report.imports()) {
      blocks.text(files, f.name());
      blocks.value(files, f.status());
      blocks.value(files, String.valueOf(f.rowsImported()));
      blocks.value(files, String.valueOf(f.rowsReplaced()));
      blocks.value(files, String.valueOf(f.rowsRejected()));
      imported += f.rowsImported();
      replaced += f.rowsReplaced();
      rejected += f.rowsRejected();
    }
    blocks.text(files, msg.get("cohort.imports.total", report.imports().size()));
    blocks.value(files, String.valueOf(report.imports().size()));
    blocks.value(files, String.valueOf(imported));
    blocks.value(files, String.valueOf(replaced));
    blocks.value(files, String.valueOf(rejected));
    document.add(files);
    document.add(blocks.body(msg.get("cohort.imports.stored", imported - replaced), 0));
  }
}
