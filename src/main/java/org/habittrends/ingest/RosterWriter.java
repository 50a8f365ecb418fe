package org.habittrends.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Stakeholder;

/**
 * Writes {@code roster.xlsx} in the layout the roster step reads: sheet "Leaders" (Leader ID, Name,
 * Email, Coach, Goal n, Goal n wording for n = 1..3) and sheet "Stakeholders" (Leader ID,
 * Stakeholder, Email, Relationship).
 */
public final class RosterWriter {

  public static final String LEADERS_SHEET = "Leaders";
  public static final String STAKEHOLDERS_SHEET = "Stakeholders";

  private RosterWriter() {}

  public static void write(Path file, List<Leader> leaders, List<Stakeholder> stakeholders)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet leaderSheet = workbook.createSheet(LEADERS_SHEET);
      List<String> header = new ArrayList<>(List.of("Leader ID", "Name", "Email", "Coach"));
      for (int n = 1; n <= TemplateColumns.MAX_GOALS; n++) {
        header.add("Goal " + n);
        header.add("Goal " + n + " wording");
      }
      int line = 0;
      row(leaderSheet, line++, header);
      for (Leader leader : leaders) {
        List<String> cells = new ArrayList<>();
        cells.addAll(List.of(leader.id(), leader.name(), nz(leader.email()), nz(leader.coach())));
        for (int n = 1; n <= TemplateColumns.MAX_GOALS; n++) {
          Goal goal = goal(leader, n);
          cells.add(goal == null ? "" : goal.habitCode());
          cells.add(goal == null ? "" : nz(goal.wording()));
        }
        row(leaderSheet, line++, cells);
      }
      Sheet stakeholderSheet = workbook.createSheet(STAKEHOLDERS_SHEET);
      line = 0;
      row(stakeholderSheet, line++, List.of("Leader ID", "Stakeholder", "Email", "Relationship"));
      for (Stakeholder s : stakeholders) {
        row(
            stakeholderSheet,
            line++,
            List.of(s.leaderId(), s.key(), nz(s.email()), s.group().name()));
      }
      workbook.write(out);
    }
  }

  private static Goal goal(Leader leader, int number) {
    return leader.goals().stream().filter(g -> g.number() == number).findFirst().orElse(null);
  }

  private static void row(Sheet sheet, int index, List<String> cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        row.createCell(i).setCellValue(cells.get(i));
      }
    }
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
