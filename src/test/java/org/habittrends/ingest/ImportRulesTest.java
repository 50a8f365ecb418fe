package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.habittrends.domain.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules across drops: re-drops, corrected re-exports, and dates nothing settles. */
class ImportRulesTest {

  private static final String HEADER = "Leader ID,Wave,Stakeholder,Submitted,Goal 1,Goal 2\r\n";

  @TempDir Path dir;
  private ImportTestDatabase db;
  private long execution;

  @BeforeEach
  void setUp() throws IOException {
    for (String part : new String[] {"roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(ExportFixturesTest.FIXTURES.resolve(part), dir.resolve(part));
    }
    Files.createDirectories(dir.resolve("inbox"));
  }

  @Test
  void theSameContentDroppedAgainIsNotImportedTwice() throws Exception {
    programme("");
    drop("wave-1.csv", HEADER + "L01,1,L01-S01,2026-03-05 10:00,1,2\r\n");
    run();
    drop("wave-1 copy.csv", HEADER + "L01,1,L01-S01,2026-03-05 10:00,1,2\r\n");
    run();
    assertThat(db.count("imported_file")).isEqualTo(1);
    assertThat(db.count("survey_response")).isEqualTo(1);
    assertThat(dir.resolve("processed/wave-1 copy.csv")).isRegularFile();
  }

  @Test
  void aCorrectedReExportReplacesTheAnswersItRepeatsAndKeepsTheOthers() throws Exception {
    programme("");
    drop(
        "google wave 1.csv",
        HEADER
            + "L01,1,L01-S01,2026-03-05 10:00,1,2\r\n"
            + "L01,1,L01-S02,2026-03-05 11:00,-1,0\r\n");
    run();
    // the coach fixed S01's answer in the tool and exported again; S03 answered meanwhile
    drop(
        "google wave 1 corrected.csv",
        HEADER
            + "L01,1,L01-S01,2026-03-05 10:00,3,3\r\n"
            + "L01,1,L01-S03,2026-03-07 09:00,2,2\r\n");
    run();
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(-1);
    assertThat(db.rating("L01-S03", 1, 1)).isEqualTo(2);
    assertThat(db.count("survey_response")).isEqualTo(3);
  }

  @Test
  void anOlderAnswerDroppedLaterLosesToTheStoredNewerOne() throws Exception {
    programme("");
    drop("late.csv", HEADER + "L01,1,L01-S01,2026-03-09 10:00,3,3\r\n");
    run();
    drop("early.csv", HEADER + "L01,1,L01-S01,2026-03-05 10:00,-3,-3\r\n");
    run();
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.jdbc.queryForObject("select reason from reject", String.class))
        .startsWith("an answer submitted later (2026-03-09 10:00, from late.csv)");
  }

  @Test
  void answersFarApartInOneFileStillResolveToTheLatest() throws Exception {
    programme("");
    StringBuilder file = new StringBuilder(HEADER);
    file.append("L01,1,L01-S01,2026-03-05 10:00,1,1\r\n");
    file.append("L01,1,L01-S02,2026-03-06 10:00,2,2\r\n");
    // enough rejected rows between them that the first answers are written before the last come
    for (int i = 0; i < 2_500; i++) {
      file.append("L99,1,L99-S01,2026-03-05 10:00,1,1\r\n");
    }
    file.append("L01,1,L01-S01,2026-03-07 10:00,3,3\r\n");
    file.append("L01,1,L01-S02,2026-03-04 10:00,-2,-2\r\n");
    drop("long.csv", file.toString());
    run();
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(2);
    assertThat(db.count("survey_response")).isEqualTo(2);
    assertThat(
            db.jdbc.queryForList(
                "select line_no || ': ' || reason from reject where line_no in (2, 3, 2504, 2505)"
                    + " order by line_no",
                String.class))
        .containsExactly(
            "2: superseded by line 2504 (latest Submitted wins)",
            "2505: superseded by line 3 (latest Submitted wins)");
  }

  @Test
  void aRelationshipColumnIsCheckedAgainstTheRosterWhichDecides() throws Exception {
    programme("");
    drop(
        "wave-1.csv",
        "Leader ID,Wave,Stakeholder,Relationship,Submitted,Goal 1,Goal 2\r\n"
            + "L01,1,L01-S01,Manager,2026-03-05 10:00,1,2\r\n"
            + "L01,1,L01-S02,Peer,2026-03-05 11:00,-1,0\r\n");
    run();
    assertThat(db.count("survey_response")).isEqualTo(2);
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(-1);
    assertThat(db.jdbc.queryForObject("select message from imported_file", String.class))
        .isEqualTo(
            "1 answer states another relationship than the roster's (the roster's group is"
                + " used): line 3 says Peers, the roster Direct reports");
  }

  @Test
  void datesThatReadBothWaysAndFallInNoWaveAreRejectedWithTheFix() throws Exception {
    programme("");
    drop("wave-1.csv", HEADER + "L01,1,L01-S01,12/11/2026 10:00,1,2\r\n");
    run();
    assertThat(db.count("survey_response")).isZero();
    assertThat(db.jdbc.queryForObject("select reason from reject", String.class))
        .contains("could be day/month or month/day")
        .contains("date-order: day-first");
  }

  @Test
  void theProgrammeSettingReadsAmbiguousDates() throws Exception {
    programme("import:\n  date-order: day-first\n");
    drop("wave-1.csv", HEADER + "L01,1,L01-S01,12/03/2026 10:00,1,2\r\n");
    run();
    assertThat(
            db.jdbc.queryForObject(
                "select cast(submitted_at as varchar) from survey_response", String.class))
        .startsWith("2026-03-12 10:00");
  }

  @Test
  void waveDatesSettleAnAmbiguousFile() throws Exception {
    programme("");
    // 03/04 is 4 March (wave 1) month-first, 3 April (no wave) day-first
    drop(
        "answers.csv",
        "Leader ID,Stakeholder,Submitted,Goal 1\r\nL01,L01-S01,03/04/2026 10:00,1\r\n");
    run();
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(1);
  }

  private void programme(String importSection) throws IOException {
    Files.writeString(
        dir.resolve("programme.yml"),
        "id: rules\nwaves:\n"
            + "  - {number: 1, label: March, opens: 2026-03-02, closes: 2026-03-20}\n"
            + "  - {number: 2, label: May, opens: 2026-05-04, closes: 2026-05-22}\n"
            + importSection);
    db = new ImportTestDatabase(dir, "rules" + System.nanoTime());
  }

  private void drop(String name, String content) throws IOException {
    ImportTestDatabase.drop(dir, name, content);
  }

  private void run() throws Exception {
    db.importInbox(new Workspace(dir), ++execution);
  }
}
