package org.habittrends.ingest.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.habittrends.domain.SurveyResponse;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes answers to PostgreSQL with COPY, which costs the server a fraction of what even rewritten
 * batched inserts cost; the rows go in on the transaction's own connection, so they commit or roll
 * back with the file as inserts do.
 */
final class PostgresCopy {

  private static final String COPY =
      "copy survey_response (programme_id, leader_id, stakeholder_key, wave_no, submitted_at,"
          + " follow_up, feedforward, file_id, source_line, rated_0, rating_0, rated_1, rating_1,"
          + " rated_2, rating_2, rated_3, rating_3) from stdin with (format csv)";

  private PostgresCopy() {}

  /** Whether this database takes COPY from this driver. */
  static boolean available(JdbcTemplate jdbc) {
    Boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) PostgresCopy::isPostgres);
    return Boolean.TRUE.equals(postgres);
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  static void insert(
      JdbcTemplate jdbc, String programmeId, long fileId, List<ResponseStore.Accepted> rows) {
    StringBuilder csv = new StringBuilder(rows.size() * 120);
    for (ResponseStore.Accepted row : rows) {
      append(csv, programmeId, fileId, row);
    }
    jdbc.execute(
        (ConnectionCallback<Long>)
            connection -> {
              try {
                return connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(COPY, new StringReader(csv.toString()));
              } catch (IOException e) {
                throw new SQLException("COPY into survey_response failed", e);
              }
            });
  }

  private static void append(
      StringBuilder csv, String programmeId, long fileId, ResponseStore.Accepted row) {
    SurveyResponse r = row.response();
    text(csv, programmeId).append(',');
    text(csv, r.leaderId()).append(',');
    text(csv, r.stakeholderKey()).append(',');
    csv.append(r.wave()).append(',');
    if (r.submittedAt() != null) {
      csv.append(r.submittedAt());
    }
    csv.append(',');
    if (r.followUp() != null) {
      csv.append(r.followUp().name());
    }
    csv.append(',');
    if (r.feedforward() != null) {
      text(csv, r.feedforward());
    }
    csv.append(',').append(fileId).append(',').append(row.line());
    Integer[] values = new Integer[ResponseStore.HIGHEST_GOAL + 1];
    boolean[] rated = ResponseStore.rated(r, values);
    for (int goal = 0; goal <= ResponseStore.HIGHEST_GOAL; goal++) {
      csv.append(',').append(rated[goal] ? 't' : 'f').append(',');
      if (values[goal] != null) {
        csv.append(values[goal]);
      }
    }
    csv.append('\n');
  }

  /** A quoted CSV field: an empty quoted field is an empty text, an unquoted one is null. */
  private static StringBuilder text(StringBuilder csv, String value) {
    csv.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        csv.append('"');
      }
      csv.append(c);
    }
    return csv.append('"');
  }
}
