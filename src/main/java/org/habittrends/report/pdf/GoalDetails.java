package org.habittrends.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.report.LeaderReport.FollowUpRow;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.GroupRow;
import org.habittrends.report.LeaderReport.WaveRow;

/**
 * A goal's breakdowns: relationship groups wave by wave and the latest wave by follow-up level. A
 * hidden cell says why in words; its figures are not in the model, so they cannot leak here.
 */
final class GoalDetails {

  private final Blocks blocks;

  GoalDetails(Blocks blocks) {
    this.blocks = blocks;
  }

  void write(Document document, PdfWriter writer, GoalSection goal, int k, Wording words)
      throws DocumentException {
    Messages msg = words.msg();
    Blocks.keepSpace(document, writer, 140);
    document.add(blocks.heading(msg.get("groups.title"), Style.H3, Style.ACCENT, 12));
    if (goal.groups().isEmpty()) {
      document.add(blocks.note(msg.get("groups.none"), 0));
    } else {
      document.add(groups(goal, k, words));
      document.add(blocks.note(msg.get("groups.note", k), 2));
    }
    Optional<WaveRow> last = goal.lastRatedWave();
    if (last.isPresent() && goal.followUps().stream().anyMatch(f -> f.n() > 0)) {
      Blocks.keepSpace(document, writer, 170);
      document.add(
          blocks.heading(
              msg.get("followUp.title", last.get().label()), Style.H3, Style.ACCENT, 12));
      document.add(followUps(goal, k, words));
      document.add(blocks.note(msg.get("followUp.note"), 2));
    }
  }

  private PdfPTable groups(GoalSection goal, int k, Wording words) {
    Messages msg = words.msg();
    List<Integer> waves = goal.groups().stream().map(GroupRow::waveNo).distinct().sorted().toList();
    List<String> columns = new ArrayList<>();
    columns.add(msg.get("groups.group"));
    float[] widths = new float[waves.size() + 1];
    widths[0] = 2.2f;
    for (int i = 0; i < waves.size(); i++) {
      int waveNo = waves.get(i);
      columns.add(
          goal.waves().stream()
              .filter(w -> w.waveNo() == waveNo)
              .map(WaveRow::label)
              .findFirst()
              .orElse("" + waveNo));
      widths[i + 1] = 2;
    }
    PdfPTable table = blocks.table(widths, columns.toArray(String[]::new));
    table.setKeepTogether(true);
    for (RelationshipGroup group : RelationshipGroup.values()) {
      List<GroupRow> rows =
          goal.groups().stream().filter(g -> g.relationship().equals(group.name())).toList();
      if (rows.isEmpty()) {
        continue;
      }
      blocks.text(table, msg.get("group." + group.name()));
      for (int waveNo : waves) {
        Optional<GroupRow> row = rows.stream().filter(g -> g.waveNo() == waveNo).findFirst();
        if (row.isEmpty()) {
          blocks.value(table, Blocks.NONE);
        } else if (!row.get().shown()) {
          blocks.withheld(
              table,
              "COMPLEMENTARY".equals(row.get().reason())
                  ? msg.get("suppressed.complementary")
                  : msg.get("suppressed.belowK", k));
        } else if (row.get().mean() == null) {
          blocks.value(table, Blocks.NONE);
        } else {
          blocks.value(table, words.signed(row.get().mean()) + "  (n " + row.get().n() + ")");
        }
      }
    }
    return table;
  }

  private PdfPTable followUps(GoalSection goal, int k, Wording words) {
    Messages msg = words.msg();
    PdfPTable table =
        blocks.table(
            new float[] {3, 2, 2},
            msg.get("followUp.level"),
            msg.get("table.responses"),
            msg.get("table.mean"));
    table.setKeepTogether(true);
    for (FollowUpRow row : goal.followUps()) {
      blocks.text(table, msg.get("followUp." + FollowUp.valueOf(row.level()).name()));
      if (row.n() == 0) {
        blocks.value(table, "0");
        blocks.value(table, Blocks.NONE);
      } else if (row.mean() == null) {
        String why =
            row.n() < k ? msg.get("suppressed.belowK", k) : msg.get("suppressed.complementary");
        blocks.withheld(table, why);
        blocks.withheld(table, why);
      } else {
        blocks.value(table, String.valueOf(row.n()));
        blocks.value(table, words.signed(row.mean()));
      }
    }
    return table;
  }
}
