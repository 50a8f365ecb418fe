package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Habit;
import org.habittrends.ingest.layout.ExportColumns;
import org.habittrends.ingest.layout.ExportLayout;
import org.junit.jupiter.api.Test;

/**
 * README.md lists every header and answer the import reads without a mapping. The list is rendered
 * here from the code's own tables, so README cannot drift from them: when a table changes, this
 * test fails and prints the block to paste between the markers (or run it with {@code
 * -Dimport-defaults.write=true} to rewrite README's block).
 */
class ImportDefaultsReadmeTest {

  static final String START = "<!-- import-defaults:start -->";
  static final String END = "<!-- import-defaults:end -->";

  @Test
  void readmeListsExactlyTheDefaultsTheImportReads() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README.md has the marker " + START).isNotNegative();
    assertThat(end).as("README.md has the marker " + END).isGreaterThan(start);
    String block = readme.substring(start, end + END.length());
    if (Boolean.getBoolean("import-defaults.write")) {
      // mvn test -Dtest=ImportDefaultsReadmeTest -Dimport-defaults.write=true rewrites the block
      Files.writeString(Path.of("README.md"), readme.replace(block, render()));
      return;
    }
    assertThat(block)
        .as("README.md's import defaults differ from the code's tables; paste this block there")
        .isEqualTo(render());
  }

  @Test
  void theBlockNamesTheWordingsCoachesUse() {
    assertThat(render())
        .contains("`Consistent or periodic follow-up` = `CONSISTENT`")
        .contains("`Slightly more effective` +1")
        .contains("`Your relationship to this leader`")
        .contains("`Claiming credit we don’t deserve`");
  }

  static String render() {
    List<String> lines = new ArrayList<>();
    lines.add(START);
    lines.add(
        "<!-- generated from the import's tables by ImportDefaultsReadmeTest: edit the code, not"
            + " this list -->");
    lines.add("");
    lines.add("| part | recognised without a mapping |");
    lines.add("|---|---|");
    lines.add("| leader column | " + quoted(ExportColumns.LEADER) + " |");
    lines.add("| wave column | " + quoted(ExportColumns.WAVE) + " |");
    for (ExportLayout layout : ExportLayout.values()) {
      lines.add(
          "| stakeholder column, "
              + name(layout)
              + " | "
              + quoted(ExportColumns.stakeholderDefaults(layout))
              + " |");
    }
    for (ExportLayout layout : ExportLayout.values()) {
      lines.add(
          "| response time column, "
              + name(layout)
              + " | "
              + quoted(ExportColumns.submittedDefaults(layout))
              + " |");
    }
    lines.add("| relationship column | " + quoted(ExportColumns.RELATIONSHIP) + " |");
    lines.add("| overall question (goal 0) | " + quoted(ExportColumns.OVERALL) + " |");
    lines.add(
        "| goal question, by number | containing "
            + ExportColumns.GOAL_WORDS.stream()
                .map(w -> "`" + w + " 1`")
                .collect(Collectors.joining(", "))
            + " (also `n.º 1`, `#1`) |");
    lines.add(
        "| goal question, by goal | containing the leader's goal wording, or a habit's title or"
            + " code below (with or without \"that\", any apostrophe) |");
    lines.add("| follow-up question | containing " + quoted(ExportColumns.FOLLOW_UP) + " |");
    lines.add("| feedforward question | containing " + quoted(ExportColumns.FEEDFORWARD) + " |");
    lines.add("");
    lines.add(
        "Rating labels (any case; also a number −3..+3 or a label with the number inside, `(+1)`): "
            + AnswerScale.ENGLISH.entrySet().stream()
                .sorted(
                    Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> "`" + capitalised(e.getKey()) + "` " + signed(e.getValue()))
                .collect(Collectors.joining(", "))
            + ".");
    lines.add("");
    TreeSet<String> notApplicable = new TreeSet<>(AnswerScale.NOT_APPLICABLE);
    notApplicable.addAll(RatingText.NOT_APPLICABLE);
    lines.add(
        "Missing answers (N/A), besides a blank cell: "
            + notApplicable.stream().map(w -> "`" + w + "`").collect(Collectors.joining(", "))
            + ".");
    lines.add("");
    List<String> followUps = new ArrayList<>();
    for (FollowUp level : FollowUp.values()) {
      followUps.add("`" + level.label() + "` (`" + level.name() + "`)");
    }
    AnswerScale.FOLLOW_UP_WORDINGS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                followUps.add("`" + capitalised(e.getKey()) + "` = `" + e.getValue().name() + "`"));
    lines.add("Follow-up answers: " + String.join(", ", followUps) + ".");
    lines.add("");
    lines.add("| habit code | title (read in roster goals and questions) |");
    lines.add("|---|---|");
    Arrays.stream(Habit.values())
        .forEach(h -> lines.add("| `" + h.name() + "` | `" + h.title() + "` |"));
    lines.add(END);
    return String.join("\n", lines);
  }

  private static String name(ExportLayout layout) {
    return switch (layout) {
      case TEMPLATE -> "template";
      case MICROSOFT_FORMS -> "Microsoft Forms";
      case GOOGLE_FORMS -> "Google Forms";
      case SURVEYMONKEY -> "SurveyMonkey";
      case QUALTRICS -> "Qualtrics";
      case QUALTRICS_LEGACY -> "Qualtrics (before 2018)";
    };
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }

  private static String signed(int value) {
    return value > 0 ? "+" + value : value < 0 ? "−" + -value : "0";
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
