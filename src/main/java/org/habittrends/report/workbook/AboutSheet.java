package org.habittrends.report.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.Programme;

/** The first sheet: what the workbook is and what every column of every sheet holds. */
final class AboutSheet {

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Sheet", "sheet name"),
          Column.of("Column", "column header"),
          new Column("Meaning", "what the column holds", 80));

  private AboutSheet() {}

  static void write(SheetWriter out, Programme programme) {
    int k = programme.anonymity().k();
    line(out, "Programme", "", programme.name());
    line(
        out,
        "Anonymity",
        "",
        "Figures of fewer than "
            + k
            + " ratings read \""
            + Withheld.fewerThan(k)
            + "\" in every output; a group may also be withheld so that a smaller group cannot be"
            + " worked out from the total and the other groups, and a trend over the waves when"
            + " one of its waves is withheld.");
    Map<String, List<Column>> sheets = new LinkedHashMap<>();
    sheets.put("Waves", SheetColumns.WAVES);
    sheets.put("Trends", SheetColumns.TRENDS);
    sheets.put("Groups", SheetColumns.GROUPS);
    sheets.put("Cohort habits", SheetColumns.HABITS);
    sheets.put("Follow-up", SheetColumns.FOLLOW_UP);
    sheets.put("Response rates", SheetColumns.RESPONSE_RATES);
    sheets.forEach(
        (sheet, columns) -> columns.forEach(c -> line(out, sheet, c.header(), c.meaning())));
  }

  private static void line(SheetWriter out, String sheet, String column, String meaning) {
    out.nextRow();
    out.text(sheet);
    out.text(column);
    out.text(meaning);
  }
}
