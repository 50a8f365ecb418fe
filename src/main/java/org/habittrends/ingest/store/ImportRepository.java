package org.habittrends.ingest.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.habittrends.domain.Goal;
import org.habittrends.domain.Programme;
import org.habittrends.domain.RelationshipGroup;
import org.habittrends.ingest.rows.RosterIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The import step's SQL: roster look-ups, the file ledger and rejects; answers in {@link
 * ResponseStore}.
 */
public final class ImportRepository {

  public static final String IMPORTED = "IMPORTED";
  public static final String REJECTED = "REJECTED";
  public static final String IMPORTING = "IMPORTING";

  /**
   * A row of imported_file; {@code settingsFingerprint} what it was imported with ({@link
   * ImportFingerprint}), null if unknown.
   */
  public record StoredFile(long id, String name, String status, String settingsFingerprint) {}

  /** A rejected row for the reject table. */
  public record Reject(int line, String reason, String originalValues) {}

  private final JdbcTemplate jdbc;
  private final Programme programme;
  private final ResponseStore responses;
  private final StoredAnswers storedAnswers;
  private final Runnable checkpoint;

  /** Writes in the caller's transaction. */
  public ImportRepository(JdbcTemplate jdbc, Programme programme) {
    this(jdbc, programme, () -> {});
  }

  private ImportRepository(JdbcTemplate jdbc, Programme programme, Runnable checkpoint) {
    this.jdbc = jdbc;
    this.programme = programme;
    // replaced answers are kept on every database: an unfinished file is undone with them, and a
    // file imported again puts them back before its content is imported afresh
    this.responses = new ResponseStore(jdbc, programme.id(), true);
    this.storedAnswers = new StoredAnswers(jdbc, programme.id());
    this.checkpoint = checkpoint;
  }

  /**
   * The same SQL on a connection of its own that {@code checkpoint} commits as the import goes; an
   * unfinished file is undone with the replaced answers kept ({@link UnfinishedFiles}).
   */
  public ImportRepository committingAsItGoes(JdbcTemplate own, Runnable checkpoint) {
    return new ImportRepository(own, programme, checkpoint);
  }

  /** Makes the writes so far durable where a file is committed as it goes; else nothing. */
  public void checkpoint() {
    checkpoint.run();
  }

  UnfinishedFiles unfinishedFiles() {
    return new UnfinishedFiles(jdbc, programme.id());
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  /** Writes this programme's answers. */
  public ResponseStore responses() {
    return responses;
  }

  /** Looks up this programme's stored answers. */
  public StoredAnswers storedAnswers() {
    return storedAnswers;
  }

  public RosterIndex roster() {
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
        "select leader_id, stakeholder_key, email, relationship from stakeholder"
            + " where programme_id = ?",
        rs -> {
          roster.addStakeholder(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              RelationshipGroup.parse(rs.getString(4)).orElse(null));
        },
        id);
    programme.waves().forEach(roster::addWave);
    return roster;
  }

  public Optional<StoredFile> file(String sha256) {
    return jdbc
        .query(
            "select id, file_name, status, settings_fingerprint from imported_file"
                + " where programme_id = ? and sha256 = ?",
            (rs, n) ->
                new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
            programme.id(),
            sha256)
        .stream()
        .findFirst();
  }

  /**
   * Opens the ledger row for a file. A file known before (rejected, interrupted, or imported and
   * now imported again) is taken up again under its row, its earlier answers and rejects taken out
   * first ({@link UnfinishedFiles#takeOut}).
   */
  public long startFile(String name, String sha256, Optional<StoredFile> earlier) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    if (earlier.isPresent()) {
      long id = earlier.get().id();
      unfinishedFiles().takeOut(id);
      jdbc.update(
          "update imported_file set file_name = ?, status = ?, imported_at = ? where id = ?",
          name,
          IMPORTING,
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

  public void finishFile(
      long id, String status, int read, int imported, int rejected, String message) {
    finishFile(id, null, status, read, imported, rejected, message);
  }

  /** Records the outcome; {@code layout} is the tool that wrote the file, when known. */
  public void finishFile(
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

  /**
   * The leaders' waves a finished file names but imported no answer for ("L03 wave 1, 2"), null
   * when none; read by {@link org.habittrends.ingest.DataLoss}. Set on every import, so a re-import
   * clears it.
   */
  public void unanswered(long id, List<String> leaderWaves) {
    jdbc.update(
        "update imported_file set unanswered = ? where id = ?",
        leaderWaves.isEmpty() ? null : truncate(String.join("; ", leaderWaves), 2000),
        id);
  }

  /** Records the import settings a finished file was imported with ({@link ImportFingerprint}). */
  public void settingsUsed(long id, String fingerprint) {
    jdbc.update("update imported_file set settings_fingerprint = ? where id = ?", fingerprint, id);
  }

  /** {@link ImportFingerprint} of {@code settings} and this programme's roster as stored. */
  public String settingsFingerprint(Object settings) {
    MessageDigest roster = ImportFingerprint.digest();
    String id = programme.id();
    RowCallbackHandler digest =
        rs -> {
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            roster.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
            roster.update((byte) 0);
          }
        };
    jdbc.query(
        "select leader_id, name, email from leader where programme_id = ? order by leader_id",
        digest,
        id);
    jdbc.query(
        "select leader_id, goal_no, habit_code, wording from goal where programme_id = ?"
            + " order by leader_id, goal_no",
        digest,
        id);
    jdbc.query(
        "select leader_id, stakeholder_key, email, relationship from stakeholder"
            + " where programme_id = ? order by leader_id, stakeholder_key",
        digest,
        id);
    return ImportFingerprint.of(settings, roster);
  }

  public void saveRejects(long fileId, List<Reject> rejects) {
    List<Object[]> rows = new ArrayList<>();
    for (Reject r : rejects) {
      rows.add(new Object[] {fileId, r.line(), r.originalValues(), truncate(r.reason(), 1000)});
    }
    jdbc.batchUpdate(
        "insert into reject (file_id, line_no, original_values, reason) values (?, ?, ?, ?)", rows);
  }

  public static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
