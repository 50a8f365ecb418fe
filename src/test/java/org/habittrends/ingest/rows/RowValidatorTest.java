package org.habittrends.ingest.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.habittrends.domain.FollowUp;
import org.habittrends.domain.Goal;
import org.habittrends.domain.ImportSettings;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

  private final RowValidator validator = new RowValidator(roster());

  private static RosterIndex roster() {
    RosterIndex roster = new RosterIndex();
    roster.addLeader("L01");
    roster.addGoal("L01", 1);
    roster.addGoal("L01", 2);
    roster.addLeader("L02");
    roster.addGoal("L02", 1);
    roster.addStakeholder("L01", "L01-S01", "l01.s01@example.org");
    roster.addStakeholder("L02", "L02-S01", null);
    for (int wave = 1; wave <= 4; wave++) {
      roster.addWave(wave);
    }
    return roster;
  }

  private static TemplateRow row(String leader, String wave, String stakeholder, String... goals) {
    return new TemplateRow(
        7,
        leader,
        wave,
        stakeholder,
        "2026-03-05T10:15",
        Arrays.asList(goals),
        "Some",
        "Keep going");
  }

  @Test
  void acceptsAValidRowAndKeepsNotApplicableAsNull() {
    RowValidator.Result result = validator.validate(row("L01", "2", "L01-S01", "+2", "N/A", null));
    assertThat(result.valid()).isTrue();
    SurveyResponse response = result.response();
    assertThat(response.ratings()).containsExactly(new Rating(1, 2), new Rating(2, null));
    assertThat(response.submittedAt()).isEqualTo(LocalDateTime.of(2026, 3, 5, 10, 15));
    assertThat(response.followUp()).isEqualTo(FollowUp.SOME);
    assertThat(response.feedforward()).isEqualTo("Keep going");
  }

  @Test
  void recognisesStakeholderByEmailAndIgnoresCase() {
    RowValidator.Result result =
        validator.validate(row("l01", "1", "L01.S01@Example.org", "1", ""));
    assertThat(result.valid()).isTrue();
    assertThat(result.response().leaderId()).isEqualTo("L01");
    assertThat(result.response().stakeholderKey()).isEqualTo("L01-S01");
  }

  @Test
  void explainsEveryMissingField() {
    assertThat(validator.validate(row("", "", "", "1")).problems())
        .containsExactly(
            RowValidator.LEADER_MISSING,
            "Stakeholder is missing: write the roster's stakeholder key or e-mail, or name the"
                + " column that holds it: import: stakeholder: columns: [\"Respondent ID\"]",
            "Wave is missing: add a Wave column, write the wave in the file name (wave-2), give"
                + " the waves opens/closes dates in programme.yml, or set a fixed wave for the"
                + " file (import: files: - {name: \"Acme pilot\", wave: 2})");
    assertThat(RowValidator.LEADER_MISSING)
        .contains("import: leader: columns:", "import: leader: file-name:", "import: files:");
  }

  @Test
  void explainsUnknownLeaderStakeholderAndWave() {
    assertThat(validator.validate(row("L99", "1", "L99-S01", "1")).reason())
        .isEqualTo(
            "unknown leader \"L99\" (not in the roster): correct the id, or add the leader to"
                + " the roster's Leaders sheet");
    assertThat(validator.validate(row("L01", "1", "L02-S01", "1")).reason())
        .isEqualTo(
            "unknown stakeholder \"L02-S01\" for leader L01: correct the key or e-mail, or add"
                + " the stakeholder to the roster's Stakeholders sheet");
    assertThat(validator.validate(row("L01", "7", "L01-S01", "1")).reason())
        .isEqualTo(
            "wave 7 is not in the programme (waves [1, 2, 3, 4]): correct the wave, or add wave 7"
                + " to waves: in programme.yml");
    assertThat(validator.validate(row("L01", "one", "L01-S01", "1")).reason())
        .isEqualTo("Wave \"one\" is not a whole number");
  }

  @Test
  void explainsRatingProblems() {
    assertThat(validator.validate(row("L01", "1", "L01-S01", "+5", "1")).reason())
        .isEqualTo("Goal 1: +5 is outside the scale -3 to +3");
    assertThat(validator.validate(row("L02", "1", "L02-S01", "1", "+2")).reason())
        .isEqualTo("Goal 2 is rated +2, but leader L02 has no goal 2");
    assertThat(validator.validate(row("L02", "1", "L02-S01", "1", "n/a")).valid()).isTrue();
  }

  @Test
  void readsTheTimesMappersWriteAndRefusesImpossibleOnes() {
    assertThat(RowValidator.parseDateTime("2026-03-14T09:30"))
        .hasValue(LocalDateTime.of(2026, 3, 14, 9, 30));
    assertThat(RowValidator.parseDateTime("2026-03-14T09:30:15"))
        .hasValue(LocalDateTime.of(2026, 3, 14, 9, 30, 15));
    assertThat(RowValidator.parseDateTime("2026-03-14T09:30:15.250"))
        .hasValue(LocalDateTime.of(2026, 3, 14, 9, 30, 15, 250_000_000));
    assertThat(RowValidator.parseDateTime(" 2026-03-14 09:30 "))
        .hasValue(LocalDateTime.of(2026, 3, 14, 9, 30));
    assertThat(RowValidator.parseDateTime("2026-03-14"))
        .hasValue(LocalDateTime.of(2026, 3, 14, 0, 0));
    assertThat(RowValidator.parseDateTime("2026-02-30T09:30")).isEmpty();
    assertThat(RowValidator.parseDateTime("2026-03-14T25:30")).isEmpty();
    assertThat(RowValidator.parseDateTime("2026-0a-14T09:30")).isEmpty();
    assertThat(RowValidator.parseDateTime("14/03/2026 09:30")).isEmpty();
  }

  @Test
  void explainsUnreadableDateAndFollowUp() {
    TemplateRow row =
        new TemplateRow(
            3, "L01", "1", "L01-S01", "soon", Arrays.asList("1", "1", null), "often", "");
    assertThat(validator.validate(row).problems())
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("Submitted \"soon\" is not a date"))
        .anySatisfy(p -> assertThat(p).startsWith("Follow-up \"often\" is not one of"));
  }

  @Test
  void anUnknownFollowUpInAnOtherwiseGoodRowCostsThatAnswerOnly() {
    TemplateRow row =
        new TemplateRow(
            4,
            "L01",
            "1",
            "L01-S01",
            "2026-03-05T10:15",
            Arrays.asList("2", "-1", null),
            "Often",
            "");
    RowValidator.Result result = validator.validate(row);
    assertThat(result.valid()).isTrue();
    assertThat(result.response().ratings()).containsExactly(new Rating(1, 2), new Rating(2, -1));
    assertThat(result.response().followUp()).isNull();
    assertThat(result.partial())
        .isEqualTo(
            "partial: follow-up \"Often\" is not a known level; ratings imported; map it with"
                + " import: follow-up: labels: {\"Often\": FREQUENT} (or NONE, A_LITTLE, SOME,"
                + " CONSISTENT)");
    assertThat(validator.validate(row("L01", "1", "L01-S01", "1", null, null)).partial()).isNull();
  }

  @Test
  void aGoalAnswerThatIsNoRatingRejectsTheRowWithTheText() {
    RowValidator.Result result =
        validator.validate(row("L01", "1", "L01-S01", "1", "Sometimes", null));
    assertThat(result.valid()).isFalse();
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0))
        .startsWith("Goal 2: \"Sometimes\" is not a rating from -3 to +3 or N/A; if it is a label")
        .contains("import: ratings: labels: {\"Sometimes\": 1}");
  }

  @Test
  void aGoalWithoutAQuestionNamesTheClosestQuestionsAndTheMappingToAdd() {
    RosterIndex roster = roster();
    roster.addGoal("L02", new Goal(1, "NOT_LISTENING", null));
    RowValidator withQuestions =
        new RowValidator(
            roster,
            new AnswerScale(ImportSettings.DEFAULTS),
            leaderId -> List.of("Your role", "How has Bram changed on listening?"));
    TemplateRow noGoalColumn =
        new TemplateRow(5, "L02", "1", "L02-S01", "", Arrays.asList(null, null, null), "", "");
    assertThat(withQuestions.validate(noGoalColumn).reason())
        .isEqualTo(
            "no answer for any goal of leader L02 was found in this row: goal 1 \"Not"
                + " listening\" has no question in this file (closest questions: \"How has"
                + " Bram changed on listening?\", \"Your role\"); if it is asked, add to"
                + " programme.yml under import: goals: - {question: \"How has Bram changed on"
                + " listening?\", habit: NOT_LISTENING}");
    TemplateRow answered =
        new TemplateRow(5, "L02", "1", "L02-S01", "", Arrays.asList("+1", null, null), "", "");
    assertThat(withQuestions.validate(answered).valid()).isTrue();
  }

  @Test
  void anUnknownFollowUpInARejectedRowSaysHowToMapIt() {
    TemplateRow row =
        new TemplateRow(3, "L01", "1", "L01-S01", "", Arrays.asList("9", null, null), "Weekly", "");
    assertThat(validator.validate(row).problems())
        .contains(
            "Follow-up \"Weekly\" is not one of: No follow-up, A little follow-up, Some"
                + " follow-up, Frequent follow-up, Consistent follow-up; if it is the survey's"
                + " wording of a level, map it in programme.yml: import: follow-up: labels:"
                + " {\"Weekly\": FREQUENT}");
  }
}
