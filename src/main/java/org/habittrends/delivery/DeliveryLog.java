package org.habittrends.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delivery_log table: one row per leader and report content (SHA-256). A SENT row means that
 * exact PDF reached the mail server, so a rerun never sends it again; a FAILED row says why not.
 */
final class DeliveryLog {

  static final String SENT = "SENT";
  static final String FAILED = "FAILED";

  private final JdbcTemplate jdbc;
  private final String programmeId;

  DeliveryLog(JdbcTemplate jdbc, String programmeId) {
    this.jdbc = jdbc;
    this.programmeId = programmeId;
  }

  Optional<String> status(String leaderId, String sha256) {
    return jdbc
        .queryForList(
            "select status from delivery_log where programme_id = ? and leader_id = ?"
                + " and sha256 = ?",
            String.class,
            programmeId,
            leaderId,
            sha256)
        .stream()
        .findFirst();
  }

  void record(Deliverable report, String status, int attempts, String detail) {
    Timestamp now = Timestamp.from(Instant.now());
    String shortDetail =
        detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    int updated =
        jdbc.update(
            "update delivery_log set status = ?, recipient = ?, file_name = ?,"
                + " attempts = attempts + ?, detail = ?, updated_at = ?"
                + " where programme_id = ? and leader_id = ? and sha256 = ?",
            status,
            report.email(),
            report.report().getFileName().toString(),
            attempts,
            shortDetail,
            now,
            programmeId,
            report.leaderId(),
            report.sha256());
    if (updated == 0) {
      jdbc.update(
          "insert into delivery_log (programme_id, leader_id, sha256, file_name, recipient,"
              + " status, attempts, detail, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          programmeId,
          report.leaderId(),
          report.sha256(),
          report.report().getFileName().toString(),
          report.email(),
          status,
          attempts,
          shortDetail,
          now);
    }
  }
}
