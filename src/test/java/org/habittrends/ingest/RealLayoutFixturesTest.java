package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.store.ImportRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exports as tools write them that an earlier version refused or read wrongly (see
 * src/test/resources/fixtures/README.md), each imported through the real inbox step into its own
 * database with the programme in fixtures/real/: what is imported, rejected, partly imported, and
 * what the coach is told.
 */
class RealLayoutFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/fixtures/real");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "qualtrics-legacy.csv,                 QUALTRICS_LEGACY, 3, 2, 1",
    "qualtrics-legacy.xlsx,                QUALTRICS_LEGACY, 3, 2, 1",
    "google-apps-script.csv,               GOOGLE_FORMS,     3, 2, 1",
    "google-apps-script.xlsx,              GOOGLE_FORMS,     3, 2, 1",
    "Zbigniew Kowalski.xlsx,               MICROSOFT_FORMS,  3, 2, 1",
    "Feedback for Ana Pérez (wave 2).csv,  GOOGLE_FORMS,     2, 2, 0",
    "responses (1-2).xlsx,                 MICROSOFT_FORMS,  2, 2, 0"
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
    assertThat(Spreadsheets.countAnswerRows(FIXTURES.resolve(file))).isEqualTo(read);
  }

  @Test
  void qualtricsLegacyTakesEmailAddressEndDateAndTheLeaderFromExternalDataReference()
      throws Exception {
    ImportTestDatabase db = importOne("qualtrics-legacy.csv");
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(2);
    assertThat(db.rating("L01-S01", 1, 2)).isEqualTo(1);
    assertThat(db.rating("L01-S02", 1, 1)).isZero();
    assertThat(db.rating("L01-S02", 1, 2)).isNull();
    assertThat(submitted(db, "L01-S01")).isEqualTo("2025-09-08 13:58:23");
    assertThat(
            db.jdbc.queryForObject(
                "select feedforward from survey_response" + " where stakeholder_key = 'L01-S01'",
                String.class))
        .isEqualTo("Listen to the end, then ask");
    assertThat(db.jdbc.queryForObject("select line_no || ': ' || reason from reject", String.class))
        .startsWith("5: unfinished response (Finished = 0)");
  }

  @Test
  void appsScriptTimestampsAreReadAsTheWallTimeWrittenWithEmailAsTheStakeholder() throws Exception {
    ImportTestDatabase db = importOne("google-apps-script.csv");
    assertThat(submitted(db, "L01-S01")).isEqualTo("2025-09-08 13:58:23");
    assertThat(submitted(db, "L02-S01")).isEqualTo("2025-11-10 17:30:12");
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(2);
    assertThat(db.rating("L02-S01", 2, 1)).isEqualTo(-1);
  }

  @Test
  void aGoalAnswerThatIsNoRatingRejectsTheRowNamingLineAndText() throws Exception {
    ImportTestDatabase db = importOne("google-apps-script.csv");
    assertThat(db.jdbc.queryForObject("select line_no || ': ' || reason from reject", String.class))
        .startsWith(
            "3: Goal 2: \"Sometimes\" is not a rating from -3 to +3 or N/A; if it is a label of"
                + " the scale, map it in programme.yml: import: ratings: labels:");
    assertThat(report("google-apps-script"))
        .contains("3,\"Goal 2: \"\"Sometimes\"\" is not a rating");
  }

  @Test
  void anUnknownFollowUpCostsThatAnswerOnlyAndIsListedAsAPartialRow() throws Exception {
    ImportTestDatabase db = importOne("Feedback for Ana Pérez (wave 2).csv");
    assertThat(db.rating("L01-S03", 2, 1)).isZero();
    assertThat(db.rating("L01-S03", 2, 2)).isNull();
    assertThat(followUp(db, "L01-S03")).isNull();
    assertThat(followUp(db, "L01-S01")).isEqualTo("CONSISTENT");
    assertThat(report("Feedback for Ana Pérez (wave 2)"))
        .contains(
            "3,\"partial: follow-up \"\"Often\"\" is not a known level; ratings imported; map it"
                + " with import: follow-up: labels: {\"\"Often\"\": FREQUENT}");
    assertThat(db.jdbc.queryForObject("select message from imported_file", String.class))
        .contains("rejected rows: see Feedback for Ana Pérez (wave 2).rejects.csv")
        .contains("1 row was imported without an answer that is not understood");
  }

  @Test
  void aPartialRowCountsInTheOutcome() throws Exception {
    ImportTestDatabase db = database();
    Path file = FIXTURES.resolve("google-apps-script.csv");
    FileImporter.Outcome outcome =
        new FileImporter(
                new ImportRepository(db.jdbc, db.definition.programme()),
                db.definition.importSettings())
            .importFile(file, startFile(db), dir.resolve("rejects.csv"));
    assertThat(outcome.imported()).isEqualTo(2);
    assertThat(outcome.rejected()).isEqualTo(1);
    assertThat(outcome.partial()).isEqualTo(1);
  }

  @Test
  void aFormNamedAfterTheLeaderNeedsNoFilesEntryAndItsRelationshipColumnIsReadByDefault()
      throws Exception {
    ImportTestDatabase db = importOne("Zbigniew Kowalski.xlsx");
    assertThat(db.rating("L02-S01", 1, 1)).isEqualTo(2);
    assertThat(db.rating("L02-S02", 1, 1)).isEqualTo(1);
    // "Your relationship to this leader" is a default relationship header: read, so no warning
    assertThat(db.jdbc.queryForObject("select message from imported_file", String.class))
        .doesNotContain("looks like the stakeholder's relationship");
  }

  @Test
  void aTitleRowAboveTheHeaderMayNameTheLeader() throws Exception {
    ImportTestDatabase db =
        importDropped(
            "responses.csv",
            "Feedback for Kowalski, Zbigniew\r\n"
                + "Timestamp,Email Address,Perceived change [Goal 1]\r\n"
                + "9/15/2025 10:00:00,z2@example.org,+1\r\n");
    assertThat(db.rating("L02-S02", 1, 1)).isEqualTo(1);
  }

  @Test
  void aSheetNamedAfterTheLeaderNamesTheLeader() throws Exception {
    ImportTestDatabase db = importOne("responses (1-2).xlsx");
    assertThat(db.rating("L01-S02", 1, 1)).isEqualTo(3);
    assertThat(db.rating("L01-S02", 1, 2)).isEqualTo(-1);
    assertThat(db.rating("L01-S03", 1, 1)).isNull();
    assertThat(db.rating("L01-S03", 1, 2)).isEqualTo(2);
  }

  @Test
  void aLeaderColumnMayNameTheLeaderSurnameFirst() throws Exception {
    ImportTestDatabase db =
        importDropped(
            "cohort.csv",
            "Timestamp,Email Address,Leader,Perceived change [Goal 1]\r\n"
                + "9/15/2025 10:00:00,z2@example.org,\"Kowalski, Zbigniew\",-2\r\n"
                + "9/16/2025 10:00:00,a1@example.org,ANA PEREZ,3\r\n");
    assertThat(db.rating("L02-S02", 1, 1)).isEqualTo(-2);
    assertThat(db.rating("L01-S01", 1, 1)).isEqualTo(3);
  }

  @Test
  void aFileNameThatFitsTwoLeadersIsRefusedNamingBothAndTheFilesEntry() throws Exception {
    ImportTestDatabase db =
        importDropped(
            "Jan Nowak.csv",
            "Timestamp,Email Address,Perceived change [Goal 1]\r\n"
                + "9/15/2025 10:00:00,n1@example.org,1\r\n");
    Map<String, Object> ledger = db.jdbc.queryForMap("select * from imported_file");
    assertThat(ledger.get("status")).isEqualTo("REJECTED");
    assertThat((String) ledger.get("message"))
        .contains("Jan Nowak (L03) and Jan Nowak (L04)")
        .contains("import: files: - {name: \"Jan Nowak\", leader: L03}");
    assertThat(db.count("survey_response")).isZero();
  }

  private String report(String base) throws Exception {
    return Files.readString(
        dir.resolve("rejected").resolve(base + ".rejects.csv"), StandardCharsets.UTF_8);
  }

  private static String submitted(ImportTestDatabase db, String stakeholder) {
    return db.jdbc.queryForObject(
        "select formatdatetime(submitted_at, 'yyyy-MM-dd HH:mm:ss') from survey_response"
            + " where stakeholder_key = ?",
        String.class,
        stakeholder);
  }

  private static String followUp(ImportTestDatabase db, String stakeholder) {
    return db.jdbc.queryForObject(
        "select follow_up from survey_response where stakeholder_key = ?",
        String.class,
        stakeholder);
  }

  @Test
  void aLeadersWaveLeftWithoutAnswersIsDataLostThoughTheFileLostFewRows() throws Exception {
    // 1 row of 6 rejected (17 %, within the share), but it was L02's only row for wave 1
    ImportTestDatabase db =
        importDropped(
            "cohort wave 1.csv",
            "Leader ID,Wave,Stakeholder,Submitted,Goal 1\r\n"
                + "L01,1,L01-S01,2025-09-08 10:00,1\r\n"
                + "L01,1,L01-S02,2025-09-08 10:00,2\r\n"
                + "L01,1,L01-S03,2025-09-08 10:00,0\r\n"
                + "L01,2,L01-S01,2025-11-10 10:00,2\r\n"
                + "L01,2,L01-S02,2025-11-10 10:00,2\r\n"
                + "L02,1,L02-S01,2025-09-08 10:00,+7\r\n");
    assertThat(db.jdbc.queryForObject("select unanswered from imported_file", String.class))
        .isEqualTo("L02 wave 1");
    List<DataLoss.FileCounts> files =
        DataLoss.filesSince(db.jdbc, "real", java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
    assertThat(DataLoss.lost(files, DataLoss.DEFAULT_MAX_REJECT_SHARE)).hasSize(1);
    assertThat(files.get(0).describe())
        .startsWith("cohort wave 1.csv: 1 of 6 rows rejected (17 %), 5 imported")
        .contains("no answer imported for L02 wave 1 although rows of the file name them");
  }

  private static long startFile(ImportTestDatabase db) {
    return new ImportRepository(db.jdbc, db.definition.programme())
        .startFile("google-apps-script.csv", "0".repeat(64), java.util.Optional.empty());
  }

  private ImportTestDatabase database() throws Exception {
    for (String part :
        new String[] {"programme.yml", "roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(FIXTURES.resolve(part), dir.resolve(part));
    }
    Files.createDirectories(dir.resolve("inbox"));
    return new ImportTestDatabase(dir, "real" + System.nanoTime());
  }

  private ImportTestDatabase importOne(String file) throws Exception {
    ImportTestDatabase db = database();
    Files.copy(FIXTURES.resolve(file), dir.resolve("inbox").resolve(file));
    db.importInbox(new Workspace(dir), 1L);
    return db;
  }

  private ImportTestDatabase importDropped(String name, String content) throws Exception {
    ImportTestDatabase db = database();
    ImportTestDatabase.drop(dir, name, content);
    db.importInbox(new Workspace(dir), 1L);
    return db;
  }
}
