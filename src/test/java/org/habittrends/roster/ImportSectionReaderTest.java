package org.habittrends.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.ImportSettings.DateOrder;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class ImportSectionReaderTest {

  private final List<String> problems = new ArrayList<>();

  @Test
  void theAllowedRejectShareIsAShareFromZeroToOne() {
    assertThat(read("max-reject-share: 0.35").maxRejectShare()).isEqualTo(0.35);
    assertThat(read("date-order: day-first").maxRejectShare()).isNull();
    assertThat(problems).isEmpty();
    assertThat(read("max-reject-share: 20 %").maxRejectShare()).isNull();
    assertThat(read("max-reject-share: 1.5").maxRejectShare()).isNull();
    assertThat(problems)
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).startsWith("import.max-reject-share: expected a share"));
  }

  @Test
  void readsEveryPartOfTheMapping() {
    ImportSettings settings =
        read(
            """
            leader: {columns: [Custom Data 1], file-name: "(?<leader>L\\\\d+)"}
            wave: {columns: Ronda, file-name: "R(?<wave>\\\\d)"}
            stakeholder: {columns: [Respondent ID]}
            relationship: {columns: [Your role]}
            goals:
              - {question: "/listen/", habit: NOT_LISTENING}
              - {question: Objetivo 2, goal: 2}
              - {question: "Overall", goal: 0}
            follow-up: {questions: [Seguimiento], labels: {Ninguno: NONE, Constante: CONSISTENT}}
            feedforward: {questions: [Sugerencia]}
            ratings:
              labels: {"Mucho más eficaz": 3}
              codes: {1: -3, 7: 3}
              not-applicable: [No lo sé]
            date-order: day-first
            files:
              - {name: "acme L07", leader: L07, wave: 2}
            """);
    assertThat(problems).isEmpty();
    assertThat(settings.leaderColumns()).containsExactly("Custom Data 1");
    assertThat(settings.leaderFromFileName()).isEqualTo("(?<leader>L\\d+)");
    assertThat(settings.waveColumns()).containsExactly("Ronda");
    assertThat(settings.goalQuestions())
        .containsExactly(
            new ImportSettings.GoalQuestion("/listen/", null, "NOT_LISTENING"),
            new ImportSettings.GoalQuestion("Objetivo 2", 2, null),
            new ImportSettings.GoalQuestion("Overall", 0, null));
    assertThat(settings.followUpLabels())
        .isEqualTo(Map.of("Ninguno", FollowUp.NONE, "Constante", FollowUp.CONSISTENT));
    assertThat(settings.ratingLabels()).isEqualTo(Map.of("Mucho más eficaz", 3));
    assertThat(settings.ratingCodes()).isEqualTo(Map.of("1", -3, "7", 3));
    assertThat(settings.notApplicable()).containsExactly("No lo sé");
    assertThat(settings.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(settings.files()).containsExactly(new ImportSettings.FileRule("acme L07", "L07", 2));
  }

  @Test
  void noSectionMeansTheDefaults() {
    assertThat(new ImportSectionReader(problems).read(null)).isEqualTo(ImportSettings.DEFAULTS);
  }

  @Test
  void everyMistakeIsListed() {
    read(
        """
        leader: {file-name: "(unclosed"}
        goals: [{question: x, goal: 5}, {goal: 1}]
        ratings: {labels: {Great: 9}}
        follow-up: {labels: {Often: SOMETIMES}}
        date-order: sideways
        files: [{name: x}]
        """);
    assertThat(problems)
        .hasSize(7)
        .anySatisfy(p -> assertThat(p).contains("not a valid regular expression"))
        .anySatisfy(p -> assertThat(p).contains("goal must be 0 (overall) to 3"))
        .anySatisfy(p -> assertThat(p).contains("each entry needs question"))
        .anySatisfy(p -> assertThat(p).contains("\"Great\" must map to a rating -3..3"))
        .anySatisfy(p -> assertThat(p).contains("\"SOMETIMES\" is not NONE"))
        .anySatisfy(p -> assertThat(p).contains("expected day-first or month-first"))
        .anySatisfy(p -> assertThat(p).contains("import.files"));
  }

  private ImportSettings read(String yaml) {
    return new ImportSectionReader(problems).read(new Yaml().load(yaml));
  }
}
