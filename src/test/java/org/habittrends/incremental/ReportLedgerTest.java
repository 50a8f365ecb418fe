package org.habittrends.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** When a written report counts as up to date: same inputs, and still the file that was written. */
class ReportLedgerTest {

  @TempDir Path workspace;

  private ReportLedger ledger;
  private Path report;

  @BeforeEach
  void ledgerWithOneReport() throws Exception {
    SingleConnectionDataSource data =
        new SingleConnectionDataSource(
            "jdbc:h2:mem:ledger-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
            "sa",
            "",
            true);
    JdbcTemplate jdbc = new JdbcTemplate(data);
    for (String statement :
        Files.readString(Path.of("src/main/resources/db/migration/V15__report_fingerprint.sql"))
            .replaceAll("(?m)^--.*$", "")
            .split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }
    ledger = new ReportLedger(jdbc, "p1", workspace);
    report = Files.createDirectories(workspace.resolve("reports")).resolve("L01-zoe.pdf");
    Files.writeString(report, "%PDF-1.4 report");
    ledger.record("L01", ReportLedger.FULL, report, "f1");
  }

  @Test
  void aReportIsUpToDateForTheSameFingerprintAndAnUntouchedFile() {
    assertThat(ledger.upToDate("L01", ReportLedger.FULL, "f1")).isTrue();
    assertThat(ledger.upToDate("L01", ReportLedger.FULL, "f2")).as("inputs changed").isFalse();
    assertThat(ledger.upToDate("L01", 3, "f1")).as("a progress report is another").isFalse();
    assertThat(ledger.upToDate("L02", ReportLedger.FULL, "f1")).as("never written").isFalse();
  }

  @Test
  void aDeletedOrEditedFileIsNotUpToDateEvenWithTheSameSize() throws Exception {
    Files.writeString(report, "%PDF-1.4 rep0rt");
    assertThat(ledger.upToDate("L01", ReportLedger.FULL, "f1")).isFalse();
    Files.delete(report);
    assertThat(ledger.upToDate("L01", ReportLedger.FULL, "f1")).isFalse();
  }

  @Test
  void recordingAgainReplacesTheFingerprintAndTheAnalysedInputsAreReplacedAsAWhole() {
    ledger.record("L01", ReportLedger.FULL, report, "f2");
    assertThat(ledger.upToDate("L01", ReportLedger.FULL, "f2")).isTrue();
    assertThat(ledger.upToDate("L01", ReportLedger.FULL, "f1")).isFalse();

    ledger.analysed(Map.of("L01", "a", "L02", "b"));
    ledger.analysed(Map.of("L01", "c"));
    assertThat(ledger.analysed()).isEqualTo(Map.of("L01", "c"));
  }
}
