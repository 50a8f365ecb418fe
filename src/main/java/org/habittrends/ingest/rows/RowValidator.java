package org.habittrends.ingest.rows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Goal;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;

/**
 * Checks one template row against the roster and the programme's waves. It collects every problem
 * of the row, in words a coach understands, so one correction round fixes the row.
 */
public final class RowValidator {

  private static final java.util.regex.Pattern WAVE_WORD =
      java.util.regex.Pattern.compile("(?i)^wave\\s*");

  /**
   * A row's verdict: {@code response} when valid, otherwise the {@code problems}. A valid row may
   * be {@code partial}: an answer that cannot be read (an unknown follow-up level) is stored as
   * unknown and the rest imported; the reason names it for the reject report.
   */
  public record Result(SurveyResponse response, List<String> problems, String partial) {
    public Result(SurveyResponse response, List<String> problems) {
      this(response, problems, null);
    }

    public boolean valid() {
      return problems.isEmpty();
    }

    public String reason() {
      return String.join("; ", problems);
    }
  }

  static final String LEADER_MISSING =
      "Leader ID is missing: fill it in, or tell programme.yml where this file names the leader:"
          + " a column (import: leader: columns: [\"Which leader is this feedback about?\"]),"
          + " the file name (import: leader: file-name: \"^(?<leader>L\\\\d+) \"), or a fixed"
          + " leader for the file (import: files: - {name: \"Acme pilot\", leader: L07})";

  private final RosterIndex roster;
  private final AnswerScale scale;
  private final Function<String, List<String>> unmappedQuestions;

  public RowValidator(RosterIndex roster) {
    this(roster, new AnswerScale(ImportSettings.DEFAULTS));
  }

  public RowValidator(RosterIndex roster, AnswerScale scale) {
    this(roster, scale, leaderId -> List.of());
  }

  /**
   * @param unmappedQuestions for a leader, the file's questions that rate none of their goals
   */
  public RowValidator(
      RosterIndex roster, AnswerScale scale, Function<String, List<String>> unmappedQuestions) {
    this.roster = roster;
    this.scale = scale;
    this.unmappedQuestions = unmappedQuestions;
  }

  public Result validate(TemplateRow row) {
    List<String> problems = new ArrayList<>(row.problems());
    String leader = row.leaderId().isEmpty() ? null : row.leaderId();
    if (leader == null) {
      problems.add(LEADER_MISSING);
    }
    String stakeholderText =
        required(
            row.stakeholder(),
            "Stakeholder",
            "write the roster's stakeholder key or e-mail, or name the column that holds it:"
                + " import: stakeholder: columns: [\"Respondent ID\"]",
            problems);
    Integer wave = wave(row.wave(), problems);
    String leaderId = null;
    if (leader != null) {
      leaderId = roster.leader(leader).orElse(null);
      if (leaderId == null) {
        problems.add(
            "unknown leader \""
                + leader
                + "\" (not in the roster): correct the id, or add the leader to the roster's"
                + " Leaders sheet");
      }
    }
    String stakeholderKey = null;
    if (leaderId != null && stakeholderText != null) {
      stakeholderKey = roster.stakeholder(leaderId, stakeholderText).orElse(null);
      if (stakeholderKey == null) {
        problems.add(
            "unknown stakeholder \""
                + stakeholderText
                + "\" for leader "
                + leaderId
                + ": correct the key or e-mail, or add the stakeholder to the roster's"
                + " Stakeholders sheet");
      }
    }
    LocalDateTime submitted = submitted(row.submitted(), problems);
    List<Rating> ratings = leaderId == null ? List.of() : ratings(row, leaderId, problems);
    List<String> unreadFollowUp = new ArrayList<>();
    FollowUp followUp = followUp(row.followUp(), unreadFollowUp);
    if (leaderId != null
        && ratings.stream().noneMatch(r -> r.goalNumber() > 0)
        && problems.isEmpty()) {
      problems.add(noGoalAnswered(row, leaderId));
    }
    if (!problems.isEmpty()) {
      problems.addAll(unreadFollowUp);
      return new Result(null, problems);
    }
    String feedforward = row.feedforward().isEmpty() ? null : row.feedforward();
    return new Result(
        new SurveyResponse(
            leaderId, stakeholderKey, wave, submitted, ratings, followUp, feedforward),
        List.of(),
        unreadFollowUp.isEmpty() ? null : partialFollowUp(row.followUp()));
  }

  /** The follow-up costs this answer only: the ratings are worth more than the level. */
  private static String partialFollowUp(String text) {
    String quoted = "\"" + text.replace("\"", "'") + "\"";
    return "partial: follow-up "
        + quoted
        + " is not a known level; ratings imported; map it with import: follow-up: labels: {"
        + quoted
        + ": FREQUENT} (or NONE, A_LITTLE, SOME, CONSISTENT)";
  }

  /** Names the goals the file has no question for, with the mapping that would read them. */
  private String noGoalAnswered(TemplateRow row, String leaderId) {
    String problem = "no answer for any goal of leader " + leaderId + " was found in this row";
    List<Goal> unasked =
        roster.goalDetails(leaderId).stream()
            .filter(g -> g.number() > row.goals().size() || row.goals().get(g.number() - 1) == null)
            .toList();
    if (unasked.isEmpty()) {
      return problem;
    }
    return problem + ": " + MissingGoalQuestions.remedy(unasked, unmappedQuestions.apply(leaderId));
  }

  private static String required(
      String value, String column, String remedy, List<String> problems) {
    if (value.isEmpty()) {
      problems.add(column + " is missing: " + remedy);
      return null;
    }
    return value;
  }

  /** "2", "2.0", "Wave 2" as the wave number; null when the text is no whole number. */
  static Integer waveNumber(String text) {
    try {
      double number = Double.parseDouble(WAVE_WORD.matcher(text.strip()).replaceFirst(""));
      return number == Math.rint(number) ? (int) number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Integer wave(String text, List<String> problems) {
    if (text.isEmpty()) {
      problems.add(
          "Wave is missing: add a Wave column, write the wave in the file name (wave-2), give"
              + " the waves opens/closes dates in programme.yml, or set a fixed wave for the"
              + " file (import: files: - {name: \"Acme pilot\", wave: 2})");
      return null;
    }
    Integer number = waveNumber(text);
    if (number == null) {
      problems.add("Wave \"" + text + "\" is not a whole number");
      return null;
    }
    int wave = number;
    if (!roster.hasWave(wave)) {
      problems.add(
          "wave "
              + wave
              + " is not in the programme (waves "
              + new TreeSet<>(roster.waves())
              + "): correct the wave, or add wave "
              + wave
              + " to waves: in programme.yml");
      return null;
    }
    return wave;
  }

  private List<Rating> ratings(TemplateRow row, String leaderId, List<String> problems) {
    List<Rating> ratings = new ArrayList<>();
    if (row.overall() != null && !row.overall().isEmpty()) {
      RatingText.Parsed overall = scale.rating(row.overall(), row.coded());
      if (overall.ok()) {
        ratings.add(new Rating(0, overall.value()));
      } else {
        problems.add("Overall: " + overall.problem());
      }
    }
    for (int n = 1; n <= row.goals().size(); n++) {
      String text = row.goals().get(n - 1);
      if (text == null) {
        continue;
      }
      boolean hasGoal = roster.goals(leaderId).contains(n);
      RatingText.Parsed parsed = scale.rating(text, row.coded());
      if (!parsed.ok()) {
        problems.add("Goal " + n + ": " + parsed.problem());
      } else if (!hasGoal && parsed.value() != null) {
        problems.add(
            "Goal " + n + " is rated " + text + ", but leader " + leaderId + " has no goal " + n);
      } else if (hasGoal) {
        ratings.add(new Rating(n, parsed.value()));
      }
    }
    return ratings;
  }

  static Optional<LocalDateTime> parseDateTime(String text) {
    LocalDateTime common = DateText.isoMinutesOrSeconds(text);
    if (common != null) {
      return Optional.of(common);
    }
    String iso = text.strip().replace(' ', 'T');
    try {
      return Optional.of(LocalDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(iso).atStartOfDay());
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  private static LocalDateTime submitted(String text, List<String> problems) {
    if (text.isEmpty()) {
      return null;
    }
    Optional<LocalDateTime> parsed = parseDateTime(text);
    if (parsed.isEmpty()) {
      problems.add("Submitted \"" + text + "\" is not a date and time like 2026-03-14 09:30");
    }
    return parsed.orElse(null);
  }

  private FollowUp followUp(String text, List<String> problems) {
    if (text.isEmpty()) {
      return null;
    }
    Optional<FollowUp> level = scale.followUp(text);
    if (level.isEmpty()) {
      problems.add(
          "Follow-up \""
              + text
              + "\" is not one of: "
              + String.join(
                  ", ", java.util.Arrays.stream(FollowUp.values()).map(FollowUp::label).toList())
              + "; if it is the survey's wording of a level, map it in programme.yml: import:"
              + " follow-up: labels: {\""
              + text.replace("\"", "\\\"")
              + "\": FREQUENT}");
    }
    return level.orElse(null);
  }
}
