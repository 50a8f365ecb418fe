package org.habittrends.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Habit;
import org.habittrends.domain.Leader;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.domain.Stakeholder;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.SheetRow;
import org.habittrends.ingest.Spreadsheets;

/**
 * Reads {@code roster.xlsx} (or the same tables as roster-leaders.csv and roster-stakeholders.csv):
 * sheet "Leaders" (Leader ID, Name, Email, Coach, Goal 1, Goal 1 wording, Goal 2, …) and sheet
 * "Stakeholders" (Leader ID, Stakeholder, Email, Relationship).
 */
final class RosterFileReader {

  static final String LEADERS_SHEET = "Leaders";
  static final String STAKEHOLDERS_SHEET = "Stakeholders";
  private static final int MAX_GOALS = 3;

  /** The CSV alternative to roster.xlsx: one file per sheet, with the same columns. */
  static final String LEADERS_CSV = "roster-leaders.csv";

  static final String STAKEHOLDERS_CSV = "roster-stakeholders.csv";

  private final List<String> problems = new ArrayList<>();

  /**
   * roster.xlsx if the workspace has one, else roster-leaders.csv (with roster-stakeholders.csv).
   */
  static Path locate(Path root) {
    Path workbook = root.resolve(Workspace.ROSTER_FILE);
    Path csv = root.resolve(LEADERS_CSV);
    return !Files.exists(workbook) && Files.exists(csv) ? csv : workbook;
  }

  ProgrammeDefinitionParts read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidWorkspaceException("no roster", List.of("expected a file " + file));
    }
    try {
      boolean csv = file.getFileName().toString().equals(LEADERS_CSV);
      Path stakeholderFile = csv ? file.resolveSibling(STAKEHOLDERS_CSV) : file;
      if (csv && !Files.isRegularFile(stakeholderFile)) {
        throw new InvalidWorkspaceException(
            "no roster", List.of(LEADERS_CSV + " needs " + STAKEHOLDERS_CSV + " beside it"));
      }
      List<Leader> leaders = leaders(Spreadsheets.readSheet(file, LEADERS_SHEET));
      Set<String> leaderIds = new HashSet<>();
      leaders.forEach(l -> leaderIds.add(l.id()));
      List<Stakeholder> stakeholders =
          stakeholders(Spreadsheets.readSheet(stakeholderFile, STAKEHOLDERS_SHEET), leaderIds);
      if (!problems.isEmpty()) {
        throw new InvalidWorkspaceException(file.getFileName() + " is not valid", problems);
      }
      return new ProgrammeDefinitionParts(leaders, stakeholders);
    } catch (IOException e) {
      throw new InvalidWorkspaceException("roster cannot be read", List.of(e.getMessage()));
    }
  }

  record ProgrammeDefinitionParts(List<Leader> leaders, List<Stakeholder> stakeholders) {}

  private List<Leader> leaders(List<SheetRow> rows) {
    List<Leader> leaders = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SheetRow row : rows) {
      String where = LEADERS_SHEET + " line " + row.line();
      String id = row.get("Leader ID");
      String name = row.get("Name");
      if (id.isEmpty() || name.isEmpty()) {
        problems.add(where + ": Leader ID and Name are required");
        continue;
      }
      if (!seen.add(id)) {
        problems.add(where + ": leader " + id + " appears twice");
      }
      List<Goal> goals = new ArrayList<>();
      for (int n = 1; n <= MAX_GOALS; n++) {
        String code = row.get("Goal " + n);
        String wording = row.get("Goal " + n + " wording");
        if (code.isEmpty()) {
          continue;
        }
        // a habit by code or name ("Not listening"); anything else is a goal of the coach's own
        Optional<Habit> known = Habit.parse(code);
        if (known.isEmpty() && wording.isEmpty()) {
          problems.add(where + ": " + unknownHabit(n, code));
        }
        goals.add(new Goal(n, known.map(Habit::name).orElse(code), blankToNull(wording)));
      }
      if (goals.isEmpty()) {
        problems.add(where + ": leader " + id + " has no goal (column Goal 1)");
      }
      leaders.add(new Leader(id, name, blankToNull(row.get("Email")), row.get("Coach"), goals));
    }
    if (leaders.isEmpty() && problems.isEmpty()) {
      problems.add(LEADERS_SHEET + ": no leaders listed");
    }
    return leaders;
  }

  private List<Stakeholder> stakeholders(List<SheetRow> rows, Set<String> leaderIds) {
    List<Stakeholder> stakeholders = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SheetRow row : rows) {
      String where = STAKEHOLDERS_SHEET + " line " + row.line();
      String leader = row.get("Leader ID");
      String key = row.get("Stakeholder");
      if (!leaderIds.contains(leader)) {
        problems.add(where + ": unknown leader \"" + leader + "\"");
        continue;
      }
      if (key.isEmpty()) {
        problems.add(where + ": Stakeholder (a pseudonymous key) is required");
        continue;
      }
      if (!seen.add(leader + "\u0000" + key)) {
        problems.add(where + ": stakeholder " + key + " appears twice for leader " + leader);
      }
      String relation = row.get("Relationship");
      RelationshipGroup group =
          relation.isEmpty()
              ? RelationshipGroup.OTHER
              : RelationshipGroup.parse(relation).orElse(null);
      if (group == null) {
        problems.add(where + ": unknown relationship \"" + relation + "\"");
        continue;
      }
      stakeholders.add(new Stakeholder(leader, key, blankToNull(row.get("Email")), group));
    }
    return stakeholders;
  }

  /** Names the habits the coach most likely meant, and how to keep a goal of their own. */
  static String unknownHabit(int n, String text) {
    return "goal "
        + n
        + " \""
        + text
        + "\" is no habit code or name; did you mean "
        + String.join(", ", Habit.nearest(text, 3).stream().map(Habit::name).toList())
        + "? For a goal of your own, keep the text and give its wording in column \"Goal "
        + n
        + " wording\"";
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
