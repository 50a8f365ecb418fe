package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Verdict;

/** The feedforward section and the methodology appendix. */
final class Appendix {

  private final PdfFonts fonts;
  private final Blocks blocks;

  Appendix(Blocks blocks) {
    this.fonts = blocks.fonts();
    this.blocks = blocks;
  }

  /** Quotation style, no attribution; the order was fixed by the model (stable, shuffled). */
  void comments(
      Document document, PdfWriter writer, List<String> comments, int commentK, Wording words)
      throws DocumentException {
    Messages msg = words.msg();
    document.newPage();
    blocks.bookmarked(document, writer, "comments", msg.get("comments.title"), Style.H1);
    // The model already applies commentK; checked again so no caller can print fewer.
    if (comments.isEmpty() || comments.size() < commentK) {
      document.add(blocks.body(msg.get("comments.none", commentK), 4));
      return;
    }
    document.add(blocks.body(msg.get("comments.intro", comments.size()), 4));
    for (String comment : comments) {
      Paragraph quote =
          blocks.paragraph(
              "\u201C" + comment + "\u201D", fonts.oblique(Style.BODY, Style.TEXT), 8, 0);
      quote.setIndentationLeft(14);
      quote.setIndentationRight(14);
      document.add(quote);
    }
  }

  void methodology(
      Document document, PdfWriter writer, Anonymity anonymity, Wording words, boolean cohort)
      throws DocumentException {
    Messages msg = words.msg();
    document.newPage();
    blocks.bookmarked(document, writer, "methodology", msg.get("method.title"), Style.H1);
    section(document, msg.get("method.scale.title"), msg.get("method.scale"));
    section(document, msg.get("method.statistics.title"), msg.get("method.statistics"));
    section(
        document,
        msg.get("method.sameStakeholders.title"),
        msg.get("method.sameStakeholders", anonymity.k()));
    document.add(blocks.heading(msg.get("method.verdicts.title"), Style.H3, Style.ACCENT, 10));
    for (Verdict v : Verdict.values()) {
      Paragraph line = blocks.paragraph("", fonts.regular(9.5f, Style.TEXT), 0, 2);
      line.setIndentationLeft(14);
      line.add(
          new Phrase(
              Style.symbol(v) + "  " + words.verdict(v) + ": ", fonts.bold(9.5f, Style.colour(v))));
      line.add(new Phrase(words.verdictMeaning(v), fonts.regular(9.5f, Style.TEXT)));
      document.add(line);
    }
    section(
        document,
        msg.get("method.anonymity.title"),
        msg.get("method.anonymity", anonymity.k(), anonymity.commentK())
            + (anonymity.managerExempt() ? " " + msg.get("method.anonymity.manager") : ""));
    if (!cohort) {
      section(
          document,
          msg.get("method.comments.title"),
          msg.get("method.comments", anonymity.commentK()));
    }
    section(document, msg.get("method.limits.title"), msg.get("method.limits"));
  }

  private void section(Document document, String title, String text) throws DocumentException {
    document.add(blocks.heading(title, Style.H3, Style.ACCENT, 10));
    document.add(blocks.body(text, 0));
  }
}
