package org.habittrends.ingest.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Look-ups of stored answers, for the supersede rule; {@link ResponseStore} writes them. */
public final class StoredAnswers {

  /** When a stored response was submitted, and from which file and line. */
  public record StoredResponse(LocalDateTime submitted, String fileName, Long fileId, int line) {}

  private final JdbcTemplate jdbc;
  private final String programmeId;

  StoredAnswers(JdbcTemplate jdbc, String programmeId) {
    this.jdbc = jdbc;
    this.programmeId = programmeId;
  }

  public static String key(String leaderId, String stakeholderKey, int wave) {
    return leaderId + '\u0000' + stakeholderKey + '\u0000' + wave;
  }

  public static String leaderWave(String leaderId, int wave) {
    return leaderId + '\u0000' + wave;
  }

  /** Leaders and waves ({@link #leaderWave}) that have any stored answer. */
  public Set<String> answeredLeaderWaves() {
    Set<String> answered = new HashSet<>();
    jdbc.query(
        "select distinct leader_id, wave_no from survey_response where programme_id = ?",
        rs -> {
          answered.add(leaderWave(rs.getString(1), rs.getInt(2)));
        },
        programmeId);
    return answered;
  }

  /** Stored responses of these leaders, keyed by {@link #key}. */
  public Map<String, StoredResponse> storedResponses(Collection<String> leaderIds) {
    Map<String, StoredResponse> stored = new HashMap<>();
    if (leaderIds.isEmpty()) {
      return stored;
    }
    String marks = String.join(",", Collections.nCopies(leaderIds.size(), "?"));
    // The programme is checked here, not in the where clause: given "programme_id = ?" H2 may
    // pick a scan of the whole programme per batch; "leader_id in" alone uses the key (V9).
    jdbc.query(
        "select r.leader_id, r.stakeholder_key, r.wave_no, r.submitted_at, f.file_name,"
            + " r.file_id, r.source_line, r.programme_id"
            + " from survey_response r left join imported_file f on f.id = r.file_id"
            + " where r.leader_id in ("
            + marks
            + ")",
        rs -> {
          if (!programmeId.equals(rs.getString(8))) {
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
}
