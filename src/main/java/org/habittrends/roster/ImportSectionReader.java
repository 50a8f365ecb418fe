package org.habittrends.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.ImportSettings.DateOrder;
import org.habittrends.domain.ImportSettings.FileRule;
import org.habittrends.domain.ImportSettings.GoalQuestion;
import org.habittrends.domain.Rating;

/**
 * Reads the optional {@code import:} section of programme.yml into {@link ImportSettings}, adding
 * each problem to the list it is given. The README documents the section with an example per survey
 * tool.
 */
final class ImportSectionReader {

  private final List<String> problems;

  ImportSectionReader(List<String> problems) {
    this.problems = problems;
  }

  ImportSettings read(Object node) {
    if (node == null) {
      return ImportSettings.DEFAULTS;
    }
    if (!(node instanceof Map<?, ?> section)) {
      problems.add("import: expected keys such as leader, wave, stakeholder, goals, ratings");
      return ImportSettings.DEFAULTS;
    }
    Map<?, ?> leader = map(section, "leader");
    Map<?, ?> wave = map(section, "wave");
    Map<?, ?> followUp = map(section, "follow-up");
    Map<?, ?> ratings = map(section, "ratings");
    return new ImportSettings(
        texts(leader.get("columns"), "import.leader.columns"),
        regex(leader.get("file-name"), "import.leader.file-name"),
        texts(wave.get("columns"), "import.wave.columns"),
        regex(wave.get("file-name"), "import.wave.file-name"),
        texts(map(section, "stakeholder").get("columns"), "import.stakeholder.columns"),
        texts(map(section, "relationship").get("columns"), "import.relationship.columns"),
        goals(section.get("goals")),
        texts(followUp.get("questions"), "import.follow-up.questions"),
        texts(map(section, "feedforward").get("questions"), "import.feedforward.questions"),
        ratingMap(ratings.get("labels"), "import.ratings.labels"),
        ratingMap(ratings.get("codes"), "import.ratings.codes"),
        followUpLabels(followUp.get("labels")),
        texts(ratings.get("not-applicable"), "import.ratings.not-applicable"),
        dateOrder(section.get("date-order")),
        files(section.get("files")),
        share(section.get("max-reject-share")));
  }

  /** The share of a file's rows that may be rejected before the run says data lost; null: unset. */
  private Double share(Object value) {
    if (value == null) {
      return null;
    }
    try {
      double share = Double.parseDouble(value.toString().trim());
      if (share >= 0 && share <= 1) {
        return share;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        "import.max-reject-share: expected a share from 0 to 1 (0.2 is 20 %), found " + value);
    return null;
  }

  private Map<?, ?> map(Map<?, ?> parent, String key) {
    Object value = parent.get(key);
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    problems.add("import." + key + ": expected keys below it, found " + value);
    return Map.of();
  }

  private List<String> texts(Object value, String where) {
    if (value == null) {
      return List.of();
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    List<String> texts = new ArrayList<>();
    for (Object item : items) {
      if (item == null || item instanceof Map || item instanceof List) {
        problems.add(where + ": expected text, found " + item);
      } else {
        texts.add(item.toString());
      }
    }
    texts.forEach(
        t ->
            regex(
                t.length() > 2 && t.startsWith("/") && t.endsWith("/")
                    ? t.substring(1, t.length() - 1)
                    : null,
                where));
    return texts;
  }

  private String regex(Object value, String where) {
    if (value == null) {
      return null;
    }
    try {
      java.util.regex.Pattern.compile(value.toString());
      return value.toString();
    } catch (java.util.regex.PatternSyntaxException e) {
      problems.add(where + ": \"" + value + "\" is not a valid regular expression");
      return null;
    }
  }

  private List<GoalQuestion> goals(Object value) {
    List<GoalQuestion> goals = new ArrayList<>();
    if (value == null) {
      return goals;
    }
    if (!(value instanceof List<?> list)) {
      problems.add("import.goals: expected a list of {question, goal} or {question, habit}");
      return goals;
    }
    for (Object item : list) {
      if (item instanceof Map<?, ?> m
          && m.get("question") != null
          && (m.get("goal") instanceof Integer || m.get("habit") != null)) {
        Integer goal = m.get("goal") instanceof Integer n ? n : null;
        if (goal != null && (goal < 0 || goal > 3)) {
          problems.add("import.goals: goal must be 0 (overall) to 3, found " + goal);
          continue;
        }
        String habit = m.get("habit") == null ? null : m.get("habit").toString();
        goals.add(new GoalQuestion(m.get("question").toString(), goal, habit));
      } else {
        problems.add("import.goals: each entry needs question and goal (1-3) or habit: " + item);
      }
    }
    return goals;
  }

  private Map<String, Integer> ratingMap(Object value, String where) {
    Map<String, Integer> ratings = new LinkedHashMap<>();
    if (value == null) {
      return ratings;
    }
    if (!(value instanceof Map<?, ?> map)) {
      problems.add(where + ": expected answer: rating pairs");
      return ratings;
    }
    map.forEach(
        (answer, rating) -> {
          if (rating instanceof Integer r && r >= Rating.MIN && r <= Rating.MAX) {
            ratings.put(String.valueOf(answer), r);
          } else {
            problems.add(where + ": \"" + answer + "\" must map to a rating -3..3, not " + rating);
          }
        });
    return ratings;
  }

  private Map<String, FollowUp> followUpLabels(Object value) {
    Map<String, FollowUp> labels = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (answer, level) ->
              FollowUp.parse(String.valueOf(level))
                  .ifPresentOrElse(
                      l -> labels.put(String.valueOf(answer), l),
                      () ->
                          problems.add(
                              "import.follow-up.labels: \""
                                  + level
                                  + "\" is not NONE, A_LITTLE,"
                                  + " SOME, FREQUENT or CONSISTENT")));
    } else if (value != null) {
      problems.add("import.follow-up.labels: expected answer: level pairs");
    }
    return labels;
  }

  private DateOrder dateOrder(Object value) {
    if (value == null) {
      return DateOrder.AUTO;
    }
    String text = value.toString().trim().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return DateOrder.valueOf(text);
    } catch (IllegalArgumentException e) {
      problems.add("import.date-order: expected day-first or month-first, found " + value);
      return DateOrder.AUTO;
    }
  }

  private List<FileRule> files(Object value) {
    List<FileRule> files = new ArrayList<>();
    if (value == null) {
      return files;
    }
    if (!(value instanceof List<?> list)) {
      problems.add("import.files: expected a list of {name, leader, wave}");
      return files;
    }
    for (Object item : list) {
      if (item instanceof Map<?, ?> m
          && m.get("name") != null
          && (m.get("leader") != null || m.get("wave") instanceof Integer)) {
        files.add(
            new FileRule(
                m.get("name").toString(),
                m.get("leader") == null ? null : m.get("leader").toString(),
                m.get("wave") instanceof Integer w ? w : null));
      } else {
        problems.add("import.files: each entry needs name and leader and/or wave: " + item);
      }
    }
    return files;
  }
}
