package org.habittrends.ingest.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.habittrends.domain.Rating;
import org.habittrends.domain.SurveyResponse;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored answers: one survey_response row per answer, its ratings in columns rated_n/rating_n
 * (migration V9), so an answer is a single insert. When the file's writes are committed before the
 * file is finished ({@link FileWrites}), an answer of another file that is replaced is first kept
 * in replaced_answer (V10), so that {@link UnfinishedFiles} can put it back.
 */
public final class ResponseStore {

  /** Goals 1..3 and the overall question (0) each have a rating column. */
  static final int HIGHEST_GOAL = 3;

  /** A valid response and the line it came from. */
  public record Accepted(int line, SurveyResponse response) {}

  private static final String KEY =
      " where programme_id = ? and leader_id = ? and stakeholder_key = ? and wave_no = ?";
  private static final int COLUMNS = 17;
  private static final int ROWS = 50;

  /** survey_response's columns, in the order of every insert here. */
  static final String COLUMNS_LISTED =
      "programme_id, leader_id, stakeholder_key, wave_no, submitted_at, follow_up, feedforward,"
          + " file_id, source_line, rated_0, rating_0, rated_1, rating_1, rated_2, rating_2,"
          + " rated_3, rating_3";

  private static final String INTO = "insert into survey_response (" + COLUMNS_LISTED + ") values ";
  private static final String KEEP_REPLACED =
      "insert into replaced_answer (replaced_by, "
          + COLUMNS_LISTED
          + ") select ?, "
          + COLUMNS_LISTED
          + " from survey_response"
          + KEY
          + " and (file_id is null or file_id <> ?)";
  private static final String ONE_ROW =
      "(" + String.join(", ", Collections.nCopies(COLUMNS, "?")) + ")";
  private static final String INSERT = INTO + ONE_ROW;
  private static final String INSERT_ROWS =
      INTO + String.join(", ", Collections.nCopies(ROWS, ONE_ROW));

  private final JdbcTemplate jdbc;
  private final String programmeId;
  private final boolean keepReplaced;
  private Boolean copy;

  ResponseStore(JdbcTemplate jdbc, String programmeId) {
    this(jdbc, programmeId, false);
  }

  /**
   * @param keepReplaced whether a replaced answer of another file is kept in replaced_answer first
   *     (the file's writes are committed before it is finished)
   */
  ResponseStore(JdbcTemplate jdbc, String programmeId, boolean keepReplaced) {
    this.jdbc = jdbc;
    this.programmeId = programmeId;
    this.keepReplaced = keepReplaced;
  }

  /**
   * Saves answers in one JDBC batch, first deleting the stored answers that {@code replacing} (a
   * subset of {@code accepted}) replace; new answers need no delete.
   */
  public void save(long fileId, List<Accepted> accepted, List<Accepted> replacing) {
    if (!replacing.isEmpty()) {
      if (keepReplaced) {
        jdbc.batchUpdate(
            KEEP_REPLACED,
            replacing,
            replacing.size(),
            (ps, a) -> {
              ps.setLong(1, fileId);
              bindKey(ps, 1, a.response());
              ps.setLong(6, fileId);
            });
      }
      jdbc.batchUpdate(
          "delete from survey_response" + KEY,
          replacing,
          replacing.size(),
          (ps, a) -> bindKey(ps, 0, a.response()));
    }
    if (accepted.isEmpty()) {
      return;
    }
    if (copy == null) {
      copy = PostgresCopy.available(jdbc);
    }
    if (copy) {
      PostgresCopy.insert(jdbc, programmeId, fileId, accepted);
      return;
    }
    // whole statements of ROWS answers each, then the rest one by one: H2 runs a batch statement
    // by statement, so fewer, longer statements cost less per answer
    int whole = accepted.size() / ROWS * ROWS;
    insert(INSERT_ROWS, ROWS, fileId, accepted.subList(0, whole));
    insert(INSERT, 1, fileId, accepted.subList(whole, accepted.size()));
  }

  private void bindKey(PreparedStatement ps, int at, SurveyResponse r) throws SQLException {
    ps.setString(at + 1, programmeId);
    ps.setString(at + 2, r.leaderId());
    ps.setString(at + 3, r.stakeholderKey());
    ps.setInt(at + 4, r.wave());
  }

  /** One JDBC batch of {@code sql}, each statement inserting {@code rows} answers. */
  private void insert(String sql, int rows, long fileId, List<Accepted> answers) {
    if (answers.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        sql,
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int statement) throws SQLException {
            for (int row = 0; row < rows; row++) {
              bind(ps, row * COLUMNS, fileId, answers.get(statement * rows + row));
            }
          }

          @Override
          public int getBatchSize() {
            return answers.size() / rows;
          }
        });
  }

  /** Which goals a response answers, their values into {@code values} (null for N/A). */
  static boolean[] rated(SurveyResponse response, Integer[] values) {
    boolean[] rated = new boolean[HIGHEST_GOAL + 1];
    for (Rating rating : response.ratings()) {
      int goal = rating.goalNumber();
      if (goal < 0 || goal > HIGHEST_GOAL) {
        throw new IllegalArgumentException("no rating column for goal " + goal);
      }
      rated[goal] = true;
      values[goal] = rating.value();
    }
    return rated;
  }

  private void bind(PreparedStatement ps, int at, long fileId, Accepted accepted)
      throws SQLException {
    SurveyResponse r = accepted.response();
    bindKey(ps, at, r);
    ps.setTimestamp(at + 5, r.submittedAt() == null ? null : Timestamp.valueOf(r.submittedAt()));
    ps.setString(at + 6, r.followUp() == null ? null : r.followUp().name());
    ps.setString(at + 7, r.feedforward());
    ps.setLong(at + 8, fileId);
    ps.setInt(at + 9, accepted.line());
    Integer[] values = new Integer[HIGHEST_GOAL + 1];
    boolean[] rated = rated(r, values);
    for (int goal = 0; goal <= HIGHEST_GOAL; goal++) {
      ps.setBoolean(at + 10 + 2 * goal, rated[goal]);
      if (values[goal] == null) {
        ps.setNull(at + 11 + 2 * goal, Types.SMALLINT);
      } else {
        ps.setShort(at + 11 + 2 * goal, values[goal].shortValue());
      }
    }
  }
}
