package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport;
import org.habittrends.report.LeaderReport.GoalSection;

/** Page 1: who and what the report is about, the goals at a glance, and how to read it. */
final class CoverPage {

  private final PdfFonts fonts;
  private final Blocks blocks;

  CoverPage(PdfFonts fonts, Blocks blocks) {
    this.fonts = fonts;
    this.blocks = blocks;
  }

  void write(Document document, LeaderReport report) throws DocumentException {
    document.add(
        blocks.paragraph("STAKEHOLDER FEEDBACK REPORT", fonts.bold(9, Style.ACCENT), 48, 6));
    document.add(blocks.paragraph(report.leaderName(), fonts.bold(26, Style.TEXT), 0, 4));
    document.add(
        blocks.paragraph(report.programmeName(), fonts.regular(Style.H2, Style.ACCENT), 0, 18));

    PdfPTable facts = new PdfPTable(new float[] {1, 3.5f});
    facts.setWidthPercentage(100);
    blocks.fact(facts, "Leader", report.leaderName());
    blocks.fact(facts, "Coach", orDash(report.coach()));
    blocks.fact(facts, "Programme", report.programmeName());
    blocks.fact(facts, "Sponsor", orDash(report.sponsor()));
    blocks.fact(facts, "Data as of", dataAsOf(report));
    document.add(facts);

    document.add(blocks.heading("Your goals at a glance", Style.H2, Style.ACCENT, 18));
    for (GoalSection goal : report.goals()) {
      Verdict verdict = goal.trend().verdict();
      Paragraph line =
          blocks.paragraph(
              goal.number() + ".  " + goal.title(), fonts.bold(Style.BODY, Style.TEXT), 4, 0);
      line.setIndentationLeft(0);
      document.add(line);
      Paragraph status = blocks.paragraph("", fonts.regular(9.5f, Style.SECONDARY), 0, 2);
      status.setIndentationLeft(14);
      if (!goal.habit().equals(goal.title())) {
        status.add(new Phrase(goal.habit() + "   ", fonts.regular(9.5f, Style.SECONDARY)));
      }
      status.add(
          new Phrase(
              Style.symbol(verdict) + " " + verdict.label(),
              fonts.bold(9.5f, Style.colour(verdict))));
      document.add(status);
    }

    document.add(blocks.heading("How to read this report", Style.H2, Style.ACCENT, 18));
    document.add(
        blocks.body(
            "In every wave your stakeholders answered one question per goal: has this"
                + " leader become more or less effective? The scale runs from "
                + Wording.MINUS
                + "3 (much less effective) through 0 (no change) to +3 (much more effective). A"
                + " goal counts as achieved when the mean perceived change exceeds +1.",
            0));
    document.add(
        blocks.body(
            "Each goal has its own page: a sentence in plain words, the numbers wave by wave, a"
                + " verdict and a chart. The 95 % interval shows how far the mean could be from the"
                + " true value given how many answered; with few answers it is wide.",
            0));
    for (Verdict v : Verdict.values()) {
      Paragraph line = blocks.paragraph("", fonts.regular(9.5f, Style.TEXT), 0, 1);
      line.setIndentationLeft(14);
      line.add(
          new Phrase(Style.symbol(v) + "  " + v.label() + ": ", fonts.bold(9.5f, Style.colour(v))));
      line.add(new Phrase(meaning(v), fonts.regular(9.5f, Style.TEXT)));
      document.add(line);
    }
  }

  private static String meaning(Verdict verdict) {
    return switch (verdict) {
      case IMPROVING_SIGNIFICANT ->
          "in the latest wave stakeholders see improvement, more than chance would explain.";
      case IMPROVING ->
          "the latest wave is above no change and not falling, but chance cannot be ruled out.";
      case NO_CLEAR_CHANGE -> "neither a clear improvement nor a clear decline.";
      case DECLINING ->
          "the latest wave is below no change beyond chance, or ratings fall clearly wave by wave.";
      case INSUFFICIENT_DATA -> "fewer than two ratings in the latest wave, so no verdict yet.";
    };
  }

  private static String dataAsOf(LeaderReport report) {
    if (report.dataWave() == null) {
      return "no ratings yet";
    }
    String date = report.dataDate() == null ? "" : ", " + Wording.DAY.format(report.dataDate());
    return report.dataWave() + date;
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "\u2014" : text;
  }
}
