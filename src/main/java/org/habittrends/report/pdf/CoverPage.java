package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import org.habittrends.report.LeaderReport;

/** Page 1: who and what the report is about, and how to read it. */
final class CoverPage {

  private final PdfFonts fonts;
  private final Blocks blocks;

  CoverPage(Blocks blocks) {
    this.fonts = blocks.fonts();
    this.blocks = blocks;
  }

  void write(Document document, LeaderReport report, Wording words) throws DocumentException {
    Messages msg = words.msg();
    String kind =
        report.asOfWave() == null
            ? msg.get("cover.kicker")
            : msg.get("cover.kicker.progress", report.asOfWave());
    document.add(blocks.paragraph(kind, fonts.bold(9, Style.ACCENT), 48, 6));
    document.add(blocks.paragraph(report.leaderName(), fonts.bold(26, Style.TEXT), 0, 4));
    document.add(
        blocks.paragraph(report.programmeName(), fonts.regular(Style.H2, Style.ACCENT), 0, 18));

    PdfPTable facts = new PdfPTable(new float[] {1, 3.5f});
    facts.setWidthPercentage(100);
    blocks.fact(facts, msg.get("cover.leader"), report.leaderName());
    blocks.fact(facts, msg.get("cover.coach"), Blocks.orDash(report.coach()));
    blocks.fact(facts, msg.get("cover.programme"), report.programmeName());
    blocks.fact(facts, msg.get("cover.sponsor"), Blocks.orDash(report.sponsor()));
    blocks.fact(facts, msg.get("cover.period"), period(report, words));
    blocks.fact(
        facts, msg.get("cover.dataAsOf"), dataAsOf(report.dataWave(), report.dataDate(), words));
    document.add(facts);

    document.add(blocks.heading(msg.get("cover.howToRead"), Style.H2, Style.ACCENT, 18));
    document.add(blocks.body(msg.get("cover.howToRead.scale"), 0));
    document.add(blocks.body(msg.get("cover.howToRead.pages"), 0));
    if (report.asOfWave() != null) {
      document.add(blocks.note(msg.get("cover.progressNote", report.asOfWave()), 6));
    }
  }

  /** "Wave 1 – Wave 3": the waves the report covers. */
  private static String period(LeaderReport report, Wording words) {
    java.util.List<String> labels =
        report.goals().stream()
            .flatMap(g -> g.waves().stream())
            .sorted(java.util.Comparator.comparingInt(w -> w.waveNo()))
            .map(w -> w.label())
            .distinct()
            .toList();
    if (labels.isEmpty()) {
      return words.msg().get("cover.noRatings");
    }
    String first = labels.get(0);
    String last = labels.get(labels.size() - 1);
    return first.equals(last) ? first : first + " \u2013 " + last;
  }

  static String dataAsOf(String wave, LocalDate day, Wording words) {
    if (wave == null) {
      return words.msg().get("cover.noRatings");
    }
    return wave + (day == null ? "" : ", " + words.msg().day().format(day));
  }
}
