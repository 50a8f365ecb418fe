package org.habittrends.ingest;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The import step's SQL: roster look-ups, the file ledger, responses, ratings and rejects. */
final class ImportRepository {

  static final String IMPORTED = "IMPORTED";
  static final String REJECTED = "REJECTED";

  /** A row of imported_file. */
  record StoredFile(long id, String name, String status) {}

  /** When a stored response was submitted, and from which file and line. */
  record StoredResponse(LocalDateTime submitted, String fileName, Long fileId, int line) {}

  /** A valid response and the line it came from. */
  record Accepted(int line, SurveyResponse response) {}

  /** A rejected row for the reject table. */
  record Reject(int line, String reason, String originalValues) {}

  private final JdbcTemplate jdbc;
  private final Programme programme;

  ImportRepository(JdbcTemplate jdbc, Programme programme) {
    this.jdbc = jdbc;
    this.programme = programme;
  }

  RosterIndex roster() {
    RosterIndex roster = new RosterIndex();
    String id = programme.id();
    jdbc.query(
        "select leader_id, name, email from leader where programme_id = ?",
        rs -> {
          roster.addLeader(rs.getString(1));
          roster.addLeaderAlias(rs.getString(1), rs.getString(2));
          roster.addLeaderAlias(rs.getString(1), rs.getString(3));
        },
        id);
    jdbc.query(
        "select leader_id, goal_no, habit_code, wording from goal where programme_id = ?",
        rs -> {
          roster.addGoal(rs.getString(1), new Goal(rs.getInt(2), rs.getString(3), rs.getString(4)));
        },
        id);
    jdbc.query(
        "select leader_id, stakeholder_key, email from stakeholder where programme_id = ?",
        rs -> {
          roster.addStakeholder(rs.getString(1), rs.getString(2), rs.getString(3));
        },
        id);
    programme.waves().forEach(roster::addWave);
    return roster;
  }

  Optional<StoredFile> file(String sha256) {
    return jdbc
        .query(
            "select id, file_name, status from imported_file where programme_id = ? and sha256 = ?",
            (rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3)),
            programme.id(),
            sha256)
        .stream()
        .findFirst();
  }

  /** Opens the ledger row for a file; a file rejected before is taken up again under its row. */
  long startFile(String name, String sha256, Optional<StoredFile> earlier) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    if (earlier.isPresent()) {
      long id = earlier.get().id();
      jdbc.update("delete from reject where file_id = ?", id);
      jdbc.update(
          "update imported_file set file_name = ?, status = 'IMPORTING', imported_at = ? where id ="
              + " ?",
          name,
          now,
          id);
      return id;
    }
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          PreparedStatement ps =
              con.prepareStatement(
                  "insert into imported_file (programme_id, file_name, sha256, layout, status,"
                      + " imported_at) values (?, ?, ?, null, 'IMPORTING', ?)",
                  new String[] {"id"});
          ps.setString(1, programme.id());
          ps.setString(2, name);
          ps.setString(3, sha256);
          ps.setTimestamp(4, now);
          return ps;
        },
        key);
    return key.getKey().longValue();
  }

  void finishFile(long id, String status, int read, int imported, int rejected, String message) {
    finishFile(id, null, status, read, imported, rejected, message);
  }

  /** Records the outcome; {@code layout} is the tool that wrote the file, when known. */
  void finishFile(
      long id, String layout, String status, int read, int imported, int rejected, String message) {
    jdbc.update(
        "update imported_file set layout = coalesce(?, layout), status = ?, rows_read = ?,"
            + " rows_imported = ?, rows_rejected = ?, message = ? where id = ?",
        layout,
        status,
        read,
        imported,
        rejected,
        message,
        id);
  }

  /** Stored responses of these leaders, keyed by {@link #key}. */
  Map<String, StoredResponse> storedResponses(Collection<String> leaderIds) {
    Map<String, StoredResponse> stored = new HashMap<>();
    if (leaderIds.isEmpty()) {
      return stored;
    }
    String marks = String.join(",", java.util.Collections.nCopies(leaderIds.size(), "?"));
    // The programme is checked here, not in the where clause: given "programme_id = ?", H2 picks
    // the primary key on that column alone and scans every stored answer of the programme per
    // batch, so an import took time quadratic in its rows; "leader_id in" alone uses index V8.
    jdbc.query(
        "select r.leader_id, r.stakeholder_key, r.wave_no, r.submitted_at, f.file_name,"
            + " r.file_id, r.source_line, r.programme_id"
            + " from survey_response r left join imported_file f on f.id = r.file_id"
            + " where r.leader_id in ("
            + marks
            + ")",
        rs -> {
          if (!programme.id().equals(rs.getString(8))) {
            return;
          }
          Timestamp at = rs.getTimestamp(4);
          stored.put(
              key(rs.getString(1), rs.getString(2), rs.getInt(3)),
              new StoredResponse(
                  at == null ? null : at.toLocalDateTime(),
                  rs.getString(5),
                  rs.getObject(6) == null ? null : rs.getLong(6),
                  rs.getInt(7)));
        },
        leaderIds.toArray());
    return stored;
  }

  static String key(String leaderId, String stakeholderKey, int wave) {
    return leaderId + '\u0000' + stakeholderKey + '\u0000' + wave;
  }

  /** Replaces any stored answer of the same stakeholder, leader and wave, in JDBC batches. */
  void saveResponses(long fileId, List<Accepted> accepted) {
    saveResponses(fileId, accepted, accepted);
  }

  /**
   * Saves answers in JDBC batches, first deleting the stored answers that {@code replacing} (a
   * subset of {@code accepted}) replace; new answers need no delete.
   */
  void saveResponses(long fileId, List<Accepted> accepted, List<Accepted> replacing) {
    String where =
        " where programme_id = ? and leader_id = ? and stakeholder_key = ? and wave_no = ?";
    List<Object[]> keys = new ArrayList<>();
    List<Object[]> responses = new ArrayList<>();
    List<Object[]> ratings = new ArrayList<>();
    for (Accepted a : replacing) {
      SurveyResponse r = a.response();
      keys.add(new Object[] {programme.id(), r.leaderId(), r.stakeholderKey(), r.wave()});
    }
    for (Accepted a : accepted) {
      SurveyResponse r = a.response();
      responses.add(
          new Object[] {
            programme.id(),
            r.leaderId(),
            r.stakeholderKey(),
            r.wave(),
            r.submittedAt() == null ? null : Timestamp.valueOf(r.submittedAt()),
            r.followUp() == null ? null : r.followUp().name(),
            r.feedforward(),
            fileId,
            a.line()
          });
      for (Rating rating : r.ratings()) {
        ratings.add(
            new Object[] {
              programme.id(),
              r.leaderId(),
              r.stakeholderKey(),
              r.wave(),
              rating.goalNumber(),
              rating.value()
            });
      }
    }
    if (!keys.isEmpty()) {
      jdbc.batchUpdate("delete from rating" + where, keys);
      jdbc.batchUpdate("delete from survey_response" + where, keys);
    }
    jdbc.batchUpdate(
        "insert into survey_response (programme_id, leader_id, stakeholder_key, wave_no,"
            + " submitted_at, follow_up, feedforward, file_id, source_line)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        responses,
        new int[] {
          Types.VARCHAR,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.INTEGER,
          Types.TIMESTAMP,
          Types.VARCHAR,
          Types.VARCHAR,
          Types.BIGINT,
          Types.INTEGER
        });
    jdbc.batchUpdate(
        "insert into rating (programme_id, leader_id, stakeholder_key, wave_no, goal_no, rating)"
            + " values (?, ?, ?, ?, ?, ?)",
        ratings,
        new int[] {
          Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.SMALLINT
        });
  }

  void saveRejects(long fileId, List<Reject> rejects) {
    List<Object[]> rows = new ArrayList<>();
    for (Reject r : rejects) {
      rows.add(new Object[] {fileId, r.line(), r.originalValues(), truncate(r.reason(), 1000)});
    }
    jdbc.batchUpdate(
        "insert into reject (file_id, line_no, original_values, reason) values (?, ?, ?, ?)", rows);
  }

  static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
