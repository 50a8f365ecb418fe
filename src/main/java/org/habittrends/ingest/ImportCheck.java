package org.habittrends.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.Goal;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Stakeholder;

/**
 * A dry run of the import over the files in inbox/: what each file would become, with the import's
 * own layout detection, column mapping, date-order rule and row checks, and no database, moved file
 * or reject report. The supersede rule (latest Submitted wins) is applied within each file and
 * across the files waiting together; answers stored by earlier runs are only in the database, so
 * against those a file may lose a few more rows to it.
 */
public final class ImportCheck {

  /** How many line numbers are listed per reject reason. */
  public static final int LINES_SHOWN = 5;

  private final ImportSettings settings;
  private final List<Leader> leaders;
  private final RosterIndex roster;

  /** One column of a file and what the import reads it as. */
  public record Column(int number, String header, String role) {}

  /** One reject reason, how many rows it would reject and its first lines. */
  public record Reason(String reason, int rows, List<Integer> lines) {
    public Reason {
      lines = List.copyOf(lines);
    }
  }

  /**
   * What the import would make of one file; {@code unreadable} says why the file as a whole would
   * be rejected (then layout and columns are empty), else it is null. {@code dateOrder} is null
   * when the file has no date that needs it.
   */
  public record FileCheck(
      String file,
      String layout,
      int firstHeaderLine,
      int lastHeaderLine,
      List<Column> columns,
      String dateOrder,
      String dateOrderWhy,
      int read,
      int wouldImport,
      int wouldReject,
      List<Reason> reasons,
      String unreadable,
      String unanswered) {

    public FileCheck {
      columns = List.copyOf(columns);
      reasons = List.copyOf(reasons);
    }

    FileCheck withUnanswered(List<String> leaderWaves) {
      return new FileCheck(
          file,
          layout,
          firstHeaderLine,
          lastHeaderLine,
          columns,
          dateOrder,
          dateOrderWhy,
          read,
          wouldImport,
          wouldReject,
          reasons,
          unreadable,
          leaderWaves.isEmpty() ? null : String.join("; ", leaderWaves));
    }

    /** The counts the data-loss rule judges. */
    public DataLoss.FileCounts counts() {
      return new DataLoss.FileCounts(
          file,
          read,
          wouldImport,
          wouldReject,
          unreadable != null,
          unreadable != null
              ? List.of(new DataLoss.ReasonCount(unreadable, 0, 0))
              : reasons.stream()
                  .limit(3)
                  .map(r -> new DataLoss.ReasonCount(r.reason(), r.rows(), r.lines().get(0)))
                  .toList(),
          unanswered);
    }
  }

  public ImportCheck(
      Programme programme,
      List<Leader> leaders,
      List<Stakeholder> stakeholders,
      ImportSettings settings) {
    this.settings = settings;
    this.leaders = List.copyOf(leaders);
    this.roster = new RosterIndex();
    for (Leader leader : leaders) {
      roster.addLeader(leader.id());
      roster.addLeaderAlias(leader.id(), leader.name());
      roster.addLeaderAlias(leader.id(), leader.email());
      leader.goals().forEach(goal -> roster.addGoal(leader.id(), goal));
    }
    for (Stakeholder s : stakeholders) {
      roster.addStakeholder(s.leaderId(), s.key(), s.email(), s.group());
    }
    programme.waves().forEach(roster::addWave);
  }

  /** Every file waiting in {@code inbox}, in the order the import takes them. */
  public List<FileCheck> inbox(Path inbox) throws IOException {
    List<FileCheck> checks = new ArrayList<>();
    List<LeaderWaves> waves = new ArrayList<>();
    CheckedAnswers answers = new CheckedAnswers();
    for (Path file : InboxFolder.waiting(inbox)) {
      checks.add(file(file, waves, answers));
    }
    // a leader's wave one file leaves empty may be answered by another file of the inbox
    for (int i = 0; i < checks.size() && i < waves.size(); i++) {
      if (waves.get(i) != null) {
        List<String> lost =
            waves.get(i).unanswered((l, w) -> waves.stream().anyMatch(o -> answers(o, l, w)));
        checks.set(i, checks.get(i).withUnanswered(lost));
      }
    }
    return checks;
  }

  private static boolean answers(LeaderWaves file, String leader, int wave) {
    return file != null && file.answered(leader, wave);
  }

  /** One file, read as {@link FileImporter} reads it. */
  public FileCheck file(Path file) {
    List<LeaderWaves> waves = new ArrayList<>();
    FileCheck check = file(file, waves, new CheckedAnswers());
    return waves.get(0) == null
        ? check
        : check.withUnanswered(waves.get(0).unanswered((l, w) -> false));
  }

  /**
   * Adds the file's leader waves (null for an unreadable file) to {@code waves}, and its valid rows
   * to {@code answers}.
   */
  private FileCheck file(Path file, List<LeaderWaves> waves, CheckedAnswers answers) {
    String name = file.getFileName().toString();
    waves.add(null);
    FileImporter importer = new FileImporter(null, settings);
    try {
      LayoutDetector.Header header = importer.header(file);
      ExportColumns columns = new ExportColumns(header, settings);
      ExportRowMapper mapper = new ExportRowMapper(columns, roster, settings, name);
      FileImporter.DateOrderChoice[] chosen = {null};
      mapper.whenDatesAreAmbiguous(
          () -> {
            chosen[0] = importer.chooseDateOrder(file, header, mapper, roster);
            return chosen[0].order();
          });
      // the import's own validator, with the file's questions for the goal-not-found remedy
      RowValidator validator =
          new RowValidator(
              roster,
              new AnswerScale(settings),
              id -> columns.questionsNotRating(id, roster.goalDetails(id)));
      LeaderWaves leaderWaves = new LeaderWaves(roster);
      waves.set(waves.size() - 1, leaderWaves);
      int[] counts = {0, 0};
      Map<String, List<Integer>> reasons = new LinkedHashMap<>();
      ExportReader.stream(
          file,
          (line, cells) -> {
            if (line <= header.lastHeaderLine()) {
              return;
            }
            counts[0]++;
            TemplateRow template = mapper.row(line, cells);
            RowValidator.Result result = validator.validate(template);
            leaderWaves.named(template);
            if (result.valid()) {
              leaderWaves.answered(result.response());
              CheckedAnswers.Outcome outcome = answers.offer(name, line, result.response());
              if (outcome.rejectedLine() == null || outcome.rejectedLine() != line) {
                // stored; when it supersedes an earlier line of this file, that line is the loss
                counts[1] += outcome.rejectedLine() == null ? 1 : 0;
                if (result.partial() != null) {
                  // imported without the answer it could not read: the coach should see it too
                  reasons.computeIfAbsent(result.partial(), r -> new ArrayList<>()).add(line);
                }
              }
              if (outcome.rejectedLine() != null) {
                reasons
                    .computeIfAbsent(outcome.reason(), r -> new ArrayList<>())
                    .add(outcome.rejectedLine());
              }
            } else {
              reasons.computeIfAbsent(result.reason(), r -> new ArrayList<>()).add(line);
            }
          });
      if (counts[0] == 0) {
        return unreadable(name, "there are no answers below the header row");
      }
      List<Reason> byCount =
          reasons.entrySet().stream()
              .sorted((a, b) -> b.getValue().size() - a.getValue().size())
              .map(
                  e ->
                      new Reason(
                          e.getKey(),
                          e.getValue().size(),
                          e.getValue().stream().sorted().limit(LINES_SHOWN).toList()))
              .toList();
      return new FileCheck(
          name,
          header.layout().name(),
          Math.max(1, header.lastHeaderLine() - header.layout().headerRows() + 1),
          header.lastHeaderLine(),
          columns(header, columns),
          chosen[0] == null ? null : chosen[0].order().name(),
          chosen[0] == null ? null : chosen[0].why(),
          counts[0],
          counts[1],
          counts[0] - counts[1],
          byCount,
          null,
          null);
    } catch (UnreadableFileException e) {
      return unreadable(name, e.getMessage());
    }
  }

  private List<Column> columns(LayoutDetector.Header header, ExportColumns columns) {
    Map<String, Collection<Goal>> goals = new LinkedHashMap<>();
    leaders.forEach(l -> goals.put(l.id(), roster.goalDetails(l.id())));
    List<String> roles = columns.roles(goals);
    List<Column> list = new ArrayList<>();
    for (int i = 0; i < header.columns().size(); i++) {
      list.add(new Column(i + 1, header.columns().get(i).name(), roles.get(i)));
    }
    return list;
  }

  private static FileCheck unreadable(String name, String why) {
    return new FileCheck(name, null, 0, 0, List.of(), null, null, 0, 0, 0, List.of(), why, null);
  }
}
