package org.habittrends.report;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.WaveRow;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The benchmark's baseline: the same pages, text, tables and charts as a leader report, written
 * with plain OpenPDF and JFreeChart defaults (no PDF/A, no i18n, no decorations, no subset tags).
 */
final class BareOpenPdfReport {

  private final BaseFont font;
  private final BaseFont bold;
  private final BaseFont oblique;
  private final ResourceBundle words = ResourceBundle.getBundle("i18n/report");

  BareOpenPdfReport() throws Exception {
    font = load("DejaVuSans.ttf");
    bold = load("DejaVuSans-Bold.ttf");
    oblique = load("DejaVuSans-Oblique.ttf");
  }

  private static BaseFont load(String name) throws Exception {
    try (InputStream in = BareOpenPdfReport.class.getResourceAsStream("/fonts/" + name)) {
      return BaseFont.createFont(
          name,
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          BaseFont.NOT_CACHED,
          in.readAllBytes(),
          null);
    }
  }

  void render(LeaderReport report, OutputStream out) throws Exception {
    Document document = new Document(PageSize.A4, 51, 51, 51, 51);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    document.open();
    Font body = new Font(font, 10.5f);
    Font heading = new Font(bold, 13);
    Font small = new Font(font, 9);
    Font note = new Font(oblique, 9);
    document.add(
        new Paragraph(report.leaderName() + "\n" + report.programmeName(), new Font(bold, 24)));
    PdfPTable facts = new PdfPTable(2);
    for (String cell :
        List.of(
            "Leader",
            report.leaderName(),
            "Coach",
            report.coach(),
            "Programme",
            report.programmeName(),
            "Sponsor",
            report.sponsor(),
            "Period",
            "Wave 1 - Wave 3",
            "Data as of",
            "Wave 3, 17 July 2026")) {
      facts.addCell(new Paragraph(cell, body));
    }
    document.add(facts);
    text(document, heading, "cover.howToRead");
    text(document, body, "cover.howToRead.scale", "cover.howToRead.pages");
    document.newPage();
    text(document, new Font(bold, 16), "summary.title");
    text(document, body, "summary.intro");
    PdfPTable summary = new PdfPTable(5);
    for (String cell :
        List.of("Goal", "Verdict", "Latest mean", "See improvement", "Response rate")) {
      summary.addCell(new Paragraph(cell, new Font(bold, 8.5f)));
    }
    for (GoalSection g : report.goals()) {
      for (String cell :
          List.of(
              g.title(),
              g.trend().verdict().label(),
              "+1.9\ntarget +1 reached",
              "88 %\n7 of 8",
              "89 %\n8 of 9")) {
        summary.addCell(new Paragraph(cell, small));
      }
    }
    document.add(summary);
    for (GoalSection g : report.goals()) {
      document.add(new Paragraph(g.title(), heading));
      document.add(new Paragraph(words.getString("goal.headline.reached"), body));
      document.add(
          new Paragraph(
              words.getString("caveat.fewAnswers") + words.getString("caveat.wideInterval"), note));
    }
    text(document, note, "summary.footnote");
    for (GoalSection g : report.goals()) {
      document.newPage();
      document.add(new Paragraph("GOAL " + g.number(), new Font(bold, 9)));
      document.add(new Paragraph(g.title(), new Font(bold, 16)));
      document.add(new Paragraph(words.getString("goal.headline.reached"), body));
      text(document, heading, "goal.waveByWave");
      PdfPTable waves = new PdfPTable(5);
      for (String cell :
          List.of("Wave", "Responses", "Mean", "95 % interval", "Improved / unchanged / worse")) {
        waves.addCell(new Paragraph(cell, new Font(bold, 8.5f)));
      }
      for (WaveRow w : g.waves()) {
        for (String cell :
            List.of(
                w.label() + " Mar 2026",
                w.n() + " / " + w.invited() + " (89 %)",
                String.valueOf(w.mean()),
                "-0.3 to +1.1",
                "4 / 3 / 1")) {
          waves.addCell(new Paragraph(cell, small));
        }
      }
      document.add(waves);
      PdfPTable verdict = new PdfPTable(2);
      verdict.addCell(new Paragraph("\u25B2", new Font(bold, 20)));
      verdict.addCell(
          new Paragraph(
              words.getString("verdict.label")
                  + "\n"
                  + words.getString("verdict.IMPROVING_SIGNIFICANT.explanation")
                  + words.getString("verdict.slope"),
              small));
      document.add(verdict);
      document.add(chart(writer.getDirectContent(), g));
      text(document, note, "chart.legend", "chart.bridge");
      text(document, heading, "goal.distribution");
      document.add(bars(writer.getDirectContent(), g));
      text(document, note, "goal.distribution.note");
      text(document, heading, "groups.title");
      PdfPTable groups = new PdfPTable(g.waves().size() + 1);
      for (int i = 0; i < 4 * (g.waves().size() + 1); i++) {
        groups.addCell(new Paragraph(i % 3 == 0 ? "fewer than 3 responses" : "+1.8  (n 5)", small));
      }
      document.add(groups);
      text(document, note, "groups.note");
      text(document, heading, "followUp.title");
      PdfPTable followUp = new PdfPTable(3);
      for (int i = 0; i < 18; i++) {
        followUp.addCell(new Paragraph(i % 3 == 0 ? "Frequent follow-up" : "+2.3", small));
      }
      document.add(followUp);
      text(document, note, "followUp.note");
    }
    document.newPage();
    text(document, new Font(bold, 16), "comments.title");
    text(document, body, "comments.intro");
    for (String comment : report.comments()) {
      document.add(new Paragraph("\u201C" + comment + "\u201D", new Font(oblique, 10.5f)));
    }
    document.newPage();
    for (String key : Collections.list(words.getKeys())) {
      if (key.startsWith("method.") || key.matches("verdict\\.[A-Z_]+\\.meaning")) {
        document.add(new Paragraph(words.getString(key), key.endsWith(".title") ? heading : body));
      }
    }
    document.close();
  }

  private void text(Document document, Font font, String... keys) throws Exception {
    for (String key : keys) {
      document.add(new Paragraph(words.getString(key), font));
    }
  }

  private Image chart(PdfContentByte canvas, GoalSection goal) throws Exception {
    XYSeries series = new XYSeries("mean");
    goal.waves().forEach(w -> series.add(w.waveNo(), w.mean()));
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            goal.title(), "wave", "mean", new XYSeriesCollection(series));
    PdfTemplate template = canvas.createTemplate(490, 235);
    Graphics2D g2 =
        template.createGraphics(
            490,
            235,
            new DefaultFontMapper() {
              @Override
              public BaseFont awtToPdf(java.awt.Font f) {
                return font;
              }
            });
    chart.draw(g2, new Rectangle2D.Double(0, 0, 490, 235));
    g2.dispose();
    return Image.getInstance(template);
  }

  private Image bars(PdfContentByte canvas, GoalSection goal) throws Exception {
    PdfTemplate t = canvas.createTemplate(490, 50 + 22 * goal.waves().size());
    float y = 10;
    for (int i = 0; i < 7; i++) {
      t.setColorFill(new Color(0x67a9cf));
      t.rectangle(200 + i * 18, 30 + 22 * goal.waves().size(), 16, 8);
      t.fill();
    }
    for (WaveRow w : goal.waves()) {
      float x = 120;
      for (int count : w.distribution()) {
        t.setColorFill(new Color(0x67a9cf));
        t.rectangle(x, y, count * 20, 13);
        t.fill();
        x += count * 20;
      }
      t.beginText();
      t.setFontAndSize(font, 7.5f);
      t.setTextMatrix(0, y);
      t.showText(w.label());
      t.setTextMatrix(200, y + 4);
      t.showText("38%");
      t.endText();
      y += 22;
    }
    return Image.getInstance(t);
  }
}
