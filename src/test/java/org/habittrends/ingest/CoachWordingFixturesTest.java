package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.habittrends.domain.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * A LibreOffice-written Microsoft Forms export in the contact-sport study's own wordings, imported
 * with a programme that maps nothing (fixtures/coach, see fixtures/README.md): the defaults alone
 * must read it, and a leader whose goal the file does not ask is rejected with the line to add.
 */
class CoachWordingFixturesTest {

  static final Path COACH = Path.of("src/test/resources/fixtures/coach");
  static final String FILE = "contact-sport-wording.xlsx";

  @TempDir Path dir;

  @Test
  void studyWordingsHabitNamesAndRelationshipHeaderAreReadWithoutAMapping() throws Exception {
    ImportTestDatabase db = importOne();
    Map<String, Object> ledger = db.jdbc.queryForMap("select * from imported_file");
    assertThat(ledger.get("layout")).isEqualTo("MICROSOFT_FORMS");
    assertThat(ledger.get("rows_read")).isEqualTo(4);
    assertThat(ledger.get("rows_imported")).isEqualTo(3);
    assertThat(ledger.get("rows_rejected")).isEqualTo(1);
    // goal 1 "Not listening" (a habit name in the roster), goal 2 by its title with "that"
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(1);
    assertThat(db.rating("L01-S01", 1, 2)).isEqualTo(2);
    assertThat(db.rating("L01-S02", 1, 1)).isZero();
    assertThat(db.rating("L01-S02", 1, 2)).isEqualTo(-1);
    assertThat(db.rating("L01-S03", 1, 1)).isEqualTo(-2);
    assertThat(db.rating("L01-S03", 1, 2)).isNull();
    assertThat(
            db.jdbc.queryForList(
                "select follow_up from survey_response order by stakeholder_key", String.class))
        .containsExactly("CONSISTENT", "NONE", "CONSISTENT");
    // "Your relationship to this leader" is the relationship column: L01-S03 is a manager
    assertThat((String) ledger.get("message"))
        .contains("1 answer states another relationship than the roster's")
        .contains("line 4 says Peers, the roster Manager");
  }

  @Test
  void aGoalTheFileDoesNotAskIsRejectedWithTheMappingToAdd() throws Exception {
    ImportTestDatabase db = importOne();
    assertThat(db.jdbc.queryForObject("select reason from reject", String.class))
        .isEqualTo(
            "no answer for any goal of leader L02 was found in this row: goal 1 \"Winning too"
                + " much\" has no question in this file (closest questions: \"How has the leader"
                + " changed on winning?\", \"How has the leader changed on: Not listening?\","
                + " \"How has the leader changed on: Claiming credit that we don’t deserve?\");"
                + " if it is asked, add to programme.yml under import: goals: - {question: \"How"
                + " has the leader changed on winning?\", habit: WINNING_TOO_MUCH}");
  }

  private ImportTestDatabase importOne() throws Exception {
    for (String part :
        new String[] {"programme.yml", "roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(COACH.resolve(part), dir.resolve(part));
    }
    Files.createDirectories(dir.resolve("inbox"));
    Files.copy(COACH.resolve(FILE), dir.resolve("inbox").resolve(FILE));
    ImportTestDatabase db = new ImportTestDatabase(dir, "coach" + System.nanoTime());
    InboxImportTasklet tasklet = db.tasklet(new Workspace(dir));
    StepContribution contribution =
        MetaDataInstanceFactory.createStepExecution("importStep", 1L).createStepContribution();
    while (tasklet.execute(contribution, null) == RepeatStatus.CONTINUABLE) {
      // one file per call
    }
    return db;
  }
}
