package org.habittrends.incremental;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A digest per leader of everything the database holds about them: the roster entry, goals,
 * stakeholders and every stored answer (follow-up, feedforward, ratings, source file). Whatever is
 * imported, re-imported or changed in the roster for a leader changes their digest; nothing else
 * does. Four streamed queries in primary-key order cover the whole programme (or a range of
 * leaders), so it stays cheap at thousands of leaders.
 */
public final class LeaderInputs {

  private static final String[][] TABLES = {
    {"leader", "leader_id"},
    {"goal", "leader_id, goal_no"},
    {"stakeholder", "leader_id, stakeholder_key"},
    {"survey_response", "leader_id, stakeholder_key, wave_no"},
  };

  private final JdbcTemplate jdbc;

  public LeaderInputs(JdbcTemplate jdbc) {
    this.jdbc = new JdbcTemplate(jdbc.getDataSource());
    this.jdbc.setFetchSize(1_000);
  }

  /** Every leader's digest, by leader id in order. */
  public Map<String, String> all(String programmeId) {
    return digests(programmeId, null, null);
  }

  /** The digests of the leaders from {@code first} to {@code last}, inclusive. */
  public Map<String, String> range(String programmeId, String first, String last) {
    return digests(programmeId, first, last);
  }

  private Map<String, String> digests(String programmeId, String first, String last) {
    Map<String, Digest> digests = new TreeMap<>();
    for (String[] table : TABLES) {
      String sql =
          "select * from "
              + table[0]
              + " where programme_id = ?"
              + (first == null ? "" : " and leader_id between ? and ?")
              + " order by "
              + table[1];
      Object[] arguments =
          first == null ? new Object[] {programmeId} : new Object[] {programmeId, first, last};
      jdbc.query(sql, (RowCallbackHandler) rs -> add(table[0], rs, digests), arguments);
    }
    Map<String, String> hex = new LinkedHashMap<>();
    digests.forEach((leader, digest) -> hex.put(leader, digest.hex()));
    return hex;
  }

  private static void add(String table, ResultSet rs, Map<String, Digest> digests)
      throws SQLException {
    Digest digest = digests.computeIfAbsent(rs.getString("leader_id"), id -> new Digest());
    ResultSetMetaData meta = rs.getMetaData();
    digest.add(table);
    for (int column = 1; column <= meta.getColumnCount(); column++) {
      digest.add(rs.getString(column)); // text: a CLOB object has no stable toString
    }
  }
}
