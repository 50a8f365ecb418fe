package org.habittrends.ingest.rows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.ImportSettings.DateOrder;
import org.habittrends.ingest.layout.ExportColumns;
import org.habittrends.ingest.layout.HeaderText;

/**
 * Brings one data row of a detected export into the template's shape. The leader comes from a
 * column, else from the file (a rule in the mapping, a pattern, a roster leader id in the file
 * name, or the leader's name in the file name or, without a leader column, the form's title); the
 * wave from a column, else the file, else the wave whose dates hold the response time.
 */
public final class ExportRowMapper {

  private static final Pattern WAVE_IN_NAME =
      Pattern.compile("(?iu)(?:wave|ola|vague|welle|ronde)[ _.-]*(?<wave>\\d+)");

  private final ExportColumns columns;
  private final RosterIndex roster;
  private final String fileLeader;
  private final String fileWave;
  private String ambiguity;
  // a leader column that writes names repeats a few of them on every row
  private final java.util.Map<String, Optional<String>> namedLeaders = new java.util.HashMap<>();
  private DateOrder dateOrder = DateOrder.AUTO;
  private Supplier<DateOrder> dateOrderSource = () -> DateOrder.AUTO;
  private boolean dateOrderKnown;

  public ExportRowMapper(
      ExportColumns columns, RosterIndex roster, ImportSettings settings, String name) {
    this(columns, roster, settings, name, "");
  }

  /**
   * @param title the text above the header (a form's title) and the sheet's name, read for the
   *     leader's name when the file has no leader column
   */
  public ExportRowMapper(
      ExportColumns columns,
      RosterIndex roster,
      ImportSettings settings,
      String name,
      String title) {
    this.columns = columns;
    this.roster = roster;
    String leader = null;
    String wave = null;
    for (ImportSettings.FileRule rule : settings.files()) {
      if (HeaderText.mentions(name, rule.name())) {
        leader = rule.leader();
        wave = rule.wave() == null ? null : rule.wave().toString();
        break;
      }
    }
    if (leader == null) {
      leader = leaderFromName(name, settings.leaderFromFileName());
    }
    if (leader == null && settings.leaderFromFileName() == null) {
      leader = leaderNamed(name, columns.leader < 0 ? title : "");
    }
    if (wave == null) {
      wave =
          group(
              settings.waveFromFileName() == null
                  ? WAVE_IN_NAME
                  : Pattern.compile(settings.waveFromFileName()),
              name,
              "wave");
    }
    this.fileLeader = leader;
    this.fileWave = wave;
  }

  /** Works out, once and only if a date needs it, how this file's dates like 03/04 read. */
  public void whenDatesAreAmbiguous(Supplier<DateOrder> source) {
    this.dateOrderSource = source;
  }

  /** The raw response time of a row, for working out the file's date order. */
  public String submittedText(List<String> cells) {
    return cell(cells, columns.submitted);
  }

  public TemplateRow row(int line, List<String> cells) {
    List<String> problems = new ArrayList<>();
    String leaderText = columns.leader >= 0 ? cell(cells, columns.leader) : "";
    if (leaderText.isEmpty() && fileLeader != null) {
      leaderText = fileLeader;
    } else if (!leaderText.isEmpty() && roster.leader(leaderText).isEmpty()) {
      // "Ana Pérez (L07)": a dropdown that shows names with the id
      String id = leaderIn(leaderText);
      if (id == null) {
        // "Kowalski, Zbigniew"
        id = leaderNamedInCell(leaderText);
      }
      leaderText = id == null ? leaderText : id;
    }
    String rawTime = cell(cells, columns.submitted);
    String submitted = "";
    Optional<LocalDateTime> time = Optional.empty();
    if (!rawTime.isEmpty()) {
      time = DateText.parse(rawTime, dateOrder, false);
      if (time.isEmpty() && !dateOrderKnown && DateText.isAmbiguous(rawTime)) {
        dateOrder = dateOrderSource.get();
        dateOrderKnown = true;
        time = DateText.parse(rawTime, dateOrder, false);
      }
      if (time.isPresent()) {
        submitted = time.get().toString();
      } else if (dateOrder == DateOrder.AUTO && DateText.isAmbiguous(rawTime)) {
        problems.add(
            "the date \""
                + rawTime
                + "\" could be day/month or month/day and nothing in"
                + " this file settles it; set import: date-order: day-first (or month-first) in"
                + " programme.yml");
      } else {
        submitted = rawTime;
      }
    }
    String wave = columns.wave >= 0 ? cell(cells, columns.wave) : "";
    if (wave.isEmpty() && fileWave != null) {
      wave = fileWave;
    }
    if (wave.isEmpty() && time.isPresent()) {
      List<Integer> waves = roster.wavesOn(time.get().toLocalDate());
      if (waves.size() == 1) {
        wave = waves.get(0).toString();
      } else if (problems.isEmpty()) {
        problems.add(
            "the response time "
                + time.get().toLocalDate()
                + (waves.isEmpty()
                    ? " is in no wave's dates"
                    : " is in the dates of waves " + waves)
                + ", and neither a Wave column nor the file name gives the wave");
      }
    }
    if (columns.finished >= 0) {
      String finished = cell(cells, columns.finished);
      if (finished.equalsIgnoreCase("false") || finished.equals("0")) {
        problems.add(
            "unfinished response (Finished = "
                + finished
                + "): Qualtrics does not count"
                + " it as a complete answer");
      }
    }
    String stakeholder = cell(cells, columns.stakeholder);
    if (stakeholder.equalsIgnoreCase("anonymous")) {
      problems.add(
          "the answer is anonymous, so it cannot be matched to a stakeholder; collect"
              + " e-mail addresses or add a stakeholder question");
      stakeholder = "";
    }
    List<String> goals = new ArrayList<>(List.of("", "", ""));
    String overall = null;
    String leaderId = roster.leader(leaderText).orElse(null);
    if (leaderId != null) {
      int[] goalColumns = columns.goalColumns(leaderId, roster.goalDetails(leaderId));
      for (int n = 1; n <= 3; n++) {
        goals.set(n - 1, goalColumns[n] < 0 ? null : cell(cells, goalColumns[n]));
      }
      overall = goalColumns[0] < 0 ? null : cell(cells, goalColumns[0]);
    }
    return new TemplateRow(
        line,
        leaderText,
        wave,
        stakeholder,
        submitted,
        goals,
        cell(cells, columns.followUp),
        cell(cells, columns.feedforward),
        overall,
        problems,
        columns.layout.qualtrics());
  }

  /**
   * Why the file's leader is uncertain: its name fits several roster leaders; null when it does
   * not.
   */
  public String ambiguity() {
    return ambiguity;
  }

  /** The one roster leader a cell names, remembered for the few names a file repeats. */
  private String leaderNamedInCell(String text) {
    Optional<String> known = namedLeaders.get(text);
    if (known == null) {
      List<String> named = roster.leadersNamedIn(text);
      known = named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
      if (namedLeaders.size() < 1_000) {
        namedLeaders.put(text, known);
      }
    }
    return known.orElse(null);
  }

  /**
   * A form per leader named after the leader: "Zbigniew Kowalski.xlsx", a title row or sheet "Ana
   * Pérez". The file name is tried first, as the coach names files more often than sheets.
   */
  private String leaderNamed(String fileName, String title) {
    String base = fileName.replaceFirst("\\.[^.]+$", "");
    String named = base;
    List<String> ids = roster.leadersNamedIn(base);
    if (ids.isEmpty() && !title.isBlank()) {
      named = title;
      ids = roster.leadersNamedIn(title);
    }
    if (ids.size() == 1) {
      return ids.get(0);
    }
    if (ids.size() > 1) {
      List<String> who = ids.stream().map(id -> roster.name(id) + " (" + id + ")").toList();
      ambiguity =
          "\""
              + named
              + "\" fits "
              + ids.size()
              + " roster leaders, "
              + String.join(" and ", who)
              + ", so the file does not say whose answers these are; add to programme.yml"
              + " import: files: - {name: \""
              + base
              + "\", leader: "
              + ids.get(0)
              + "} (or "
              + String.join(", ", ids.subList(1, ids.size()))
              + ")";
    }
    return null;
  }

  private String leaderFromName(String name, String pattern) {
    if (pattern != null) {
      return group(Pattern.compile(pattern), name, "leader");
    }
    return leaderIn(name);
  }

  /** The one roster leader id among the words of {@code text}, or null. */
  private String leaderIn(String text) {
    String found = null;
    for (String token : text.split("[^\\p{L}\\p{N}]+")) {
      Optional<String> id = roster.leader(token);
      if (id.isPresent()) {
        if (found != null && !found.equals(id.get())) {
          return null;
        }
        found = id.get();
      }
    }
    return found;
  }

  private static String group(Pattern pattern, String name, String group) {
    Matcher m = pattern.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return m.group(group);
    } catch (IllegalArgumentException noSuchGroup) {
      return m.groupCount() > 0 ? m.group(1) : m.group();
    }
  }

  private static String cell(List<String> cells, int index) {
    if (index < 0 || index >= cells.size() || cells.get(index) == null) {
      return "";
    }
    return cells.get(index).strip();
  }
}
