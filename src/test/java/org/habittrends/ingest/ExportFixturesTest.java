package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.habittrends.domain.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * Imports each committed fixture (hand-typed tool CSVs and LibreOffice-written workbooks, see
 * src/test/resources/fixtures/README.md) into its own database and checks what a coach relies on:
 * the layout recognised, every row imported or rejected, and the answers stored.
 */
public class ExportFixturesTest {

  public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ms-forms L01 wave 2.xlsx, MICROSOFT_FORMS, 3, 2, 1",
    "ms-forms-es L01.xlsx,     MICROSOFT_FORMS, 2, 2, 0",
    "google-forms.csv,         GOOGLE_FORMS,    3, 3, 0",
    "google-forms.xlsx,        GOOGLE_FORMS,    3, 3, 0",
    "google-forms-fr.csv,      GOOGLE_FORMS,    2, 1, 1",
    "surveymonkey.csv,         SURVEYMONKEY,    2, 2, 0",
    "surveymonkey.xlsx,        SURVEYMONKEY,    2, 2, 0",
    "qualtrics.csv,            QUALTRICS,       3, 2, 1",
    "qualtrics.xlsx,           QUALTRICS,       3, 2, 1",
    "qualtrics.xls,            QUALTRICS,       3, 2, 1",
    "qualtrics-numeric.csv,    QUALTRICS,       3, 2, 1",
    "template-titled.xlsx,     TEMPLATE,        5, 3, 2",
    "template-titled.xls,      TEMPLATE,        5, 3, 2",
    "template-utf16.txt,       TEMPLATE,        2, 2, 0",
    "template-1252.csv,        TEMPLATE,        2, 2, 0"
  })
  void everyRowIsImportedOrRejected(
      String file, String layout, int read, int imported, int rejected) throws Exception {
    ImportTestDatabase db = importOne(file);
    Map<String, Object> ledger = db.jdbc.queryForMap("select * from imported_file");
    assertThat(ledger.get("status")).isEqualTo("IMPORTED");
    assertThat(ledger.get("layout")).isEqualTo(layout);
    assertThat(ledger.get("rows_read")).isEqualTo(read);
    assertThat(ledger.get("rows_imported")).isEqualTo(imported);
    assertThat(ledger.get("rows_rejected")).isEqualTo(rejected);
    assertThat(db.count("survey_response")).isEqualTo(imported);
    assertThat(db.count("reject")).isEqualTo(rejected);
    assertThat(Files.exists(dir.resolve("processed").resolve(file))).isTrue();
    assertThat(Spreadsheets.countAnswerRows(FIXTURES.resolve(file))).isEqualTo(read);
  }

  @Test
  void microsoftFormsGoalsByWordingAndHabitNameWithLeaderAndWaveFromTheFileName() throws Exception {
    ImportTestDatabase db = importOne("ms-forms L01 wave 2.xlsx");
    assertThat(db.rating("L01-S01", 2, 1)).isEqualTo(1);
    assertThat(db.rating("L01-S01", 2, 2)).isEqualTo(3);
    assertThat(db.rating("L01-S02", 2, 1)).isNull();
    assertThat(db.rating("L01-S02", 2, 2)).isZero();
    assertThat(db.jdbc.queryForObject("select reason from reject", String.class))
        .contains("anonymous");
  }

  @Test
  void spanishHeadersAndProgrammeLabelsWithTheWaveFromTheResponseDate() throws Exception {
    ImportTestDatabase db = importOne("ms-forms-es L01.xlsx");
    assertThat(db.rating("L01-S03", 1, 1)).isEqualTo(1);
    assertThat(db.rating("L01-S03", 1, 2)).isEqualTo(3);
    assertThat(db.rating("L01-S04", 1, 2)).isZero();
  }

  @Test
  void googleFormsMonthFirstDatesLeaderByNameAndSignedNumbers() throws Exception {
    ImportTestDatabase db = importOne("google-forms.csv");
    assertThat(db.rating("L01-S01", 2, 2)).isEqualTo(2);
    assertThat(db.rating("L02-S01", 2, 1)).isEqualTo(-1);
    assertThat(db.rating("L01-S03", 1, 2)).isZero();
    assertThat(
            db.jdbc.queryForObject(
                "select feedforward from survey_response where stakeholder_key = 'L01-S01'",
                String.class))
        .isEqualTo("Más preguntas — ñ");
  }

  @Test
  void frenchWindows1252SemicolonDayFirst() throws Exception {
    ImportTestDatabase db = importOne("google-forms-fr.csv");
    assertThat(db.rating("L02-S02", 2, 1)).isEqualTo(1);
    assertThat(
            db.jdbc.queryForObject(
                "select feedforward from survey_response where stakeholder_key = 'L02-S02'",
                String.class))
        .isEqualTo("Très bien, continuez");
    assertThat(db.jdbc.queryForObject("select reason from reject", String.class))
        .contains("2026-06-05 is in no wave's dates");
  }

  @Test
  void surveyMonkeyLabelsWithTheNumberInside() throws Exception {
    ImportTestDatabase db = importOne("surveymonkey.xlsx");
    assertThat(db.rating("L01-S04", 2, 1)).isEqualTo(1);
    assertThat(db.rating("L01-S04", 2, 2)).isEqualTo(-2);
    assertThat(db.rating("L02-S01", 2, 1)).isZero();
  }

  @Test
  void qualtricsUnfinishedResponsesAreRejectedAndCodesAreMapped() throws Exception {
    ImportTestDatabase db = importOne("qualtrics-numeric.csv");
    assertThat(db.rating("L02-S01", 1, 1)).isEqualTo(2);
    assertThat(db.rating("L02-S02", 1, 1)).isEqualTo(-2);
    assertThat(db.jdbc.queryForObject("select reason from reject", String.class))
        .startsWith("unfinished response (Finished = 0)");
  }

  @Test
  void templateBelowTitleRowsWithOverallSerialDateAndLatestAnswerWinning() throws Exception {
    ImportTestDatabase db = importOne("template-titled.xlsx");
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
    assertThat(db.rating("L01-S01", 1, 0)).isEqualTo(3);
    assertThat(db.rating("L01-S02", 1, 2)).isEqualTo(2);
    assertThat(
            db.jdbc.queryForObject(
                "select cast(submitted_at as varchar) from survey_response"
                    + " where stakeholder_key = 'L01-S02'",
                String.class))
        .startsWith("2026-03-04 12:00");
    assertThat(db.jdbc.queryForList("select reason from reject order by line_no", String.class))
        .containsExactly(
            "superseded by line 7 (latest Submitted wins)",
            "unknown leader \"L09\" (not in the roster): correct the id, or add the leader to"
                + " the roster's Leaders sheet");
    Path report = dir.resolve("rejected/template-titled.rejects.csv");
    assertThat(Files.readString(report)).contains("4,superseded by line 7");
    assertThat(dir.resolve("rejected/template-titled.rejects.xlsx")).isRegularFile();
  }

  @Test
  void utf16TabSeparatedWithUnicodeMinus() throws Exception {
    ImportTestDatabase db = importOne("template-utf16.txt");
    assertThat(db.rating("L02-S02", 2, 1)).isEqualTo(1);
    assertThat(db.rating("L02-S03", 2, 1)).isEqualTo(-1);
    assertThat(
            db.jdbc.queryForObject(
                "select feedforward from survey_response where stakeholder_key = 'L02-S02'",
                String.class))
        .isEqualTo("Écouter d’abord — 傾聴");
  }

  @Test
  void windows1252SemicolonsAndDecimalComma() throws Exception {
    ImportTestDatabase db = importOne("template-1252.csv");
    assertThat(db.rating("L01-S02", 2, 1)).isEqualTo(1);
    assertThat(db.rating("L01-S02", 2, 2)).isEqualTo(-1);
  }

  /** A fresh workspace holding the fixture programme and this one file in its inbox. */
  private ImportTestDatabase importOne(String file) throws Exception {
    for (String part :
        new String[] {"programme.yml", "roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(FIXTURES.resolve(part), dir.resolve(part));
    }
    Files.createDirectories(dir.resolve("inbox"));
    Files.copy(FIXTURES.resolve(file), dir.resolve("inbox").resolve(file));
    ImportTestDatabase db = new ImportTestDatabase(dir, "fx" + System.nanoTime());
    InboxImportTasklet tasklet = db.tasklet(new Workspace(dir));
    StepContribution contribution =
        MetaDataInstanceFactory.createStepExecution("importStep", 1L).createStepContribution();
    while (tasklet.execute(contribution, null) == RepeatStatus.CONTINUABLE) {
      // one file per call
    }
    return db;
  }
}
