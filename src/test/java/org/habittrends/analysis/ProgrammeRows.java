package org.habittrends.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Wave;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds a programme directly in the database with batched inserts (no export files). */
final class ProgrammeRows {

  private final JdbcTemplate jdbc;
  private final Programme programme;
  private final List<Object[]> leaders = new ArrayList<>();
  private final List<Object[]> goals = new ArrayList<>();
  private final List<Object[]> stakeholders = new ArrayList<>();

  /** Responses by leader, stakeholder and wave: 5 columns, then rated_n, rating_n for n = 0..3. */
  private final Map<List<Object>, Object[]> responses = new LinkedHashMap<>();

  ProgrammeRows(JdbcTemplate jdbc, String id, int waves, Anonymity anonymity) {
    this.jdbc = jdbc;
    List<Wave> list = new ArrayList<>();
    for (int w = 1; w <= waves; w++) {
      list.add(new Wave(w, "Wave " + w, null, null));
    }
    this.programme =
        new Programme(
            id,
            "Programme " + id,
            "Sponsor",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 1),
            list,
            anonymity,
            Locale.ENGLISH);
  }

  Programme programme() {
    return programme;
  }

  ProgrammeRows leader(String leaderId, String name, String... habits) {
    leaders.add(new Object[] {programme.id(), leaderId, name});
    for (int g = 0; g < habits.length; g++) {
      goals.add(new Object[] {programme.id(), leaderId, g + 1, habits[g]});
    }
    return this;
  }

  ProgrammeRows stakeholder(String leaderId, String key, String relationship) {
    stakeholders.add(new Object[] {programme.id(), leaderId, key, relationship});
    return this;
  }

  /** A response; {@code goalRatings[i]} is goal i+1's rating, null for N/A. */
  ProgrammeRows response(
      String leaderId, String key, int wave, String followUp, Integer... goalRatings) {
    Object[] row = new Object[13];
    System.arraycopy(new Object[] {programme.id(), leaderId, key, wave, followUp}, 0, row, 0, 5);
    for (int g = 0; g <= 3; g++) {
      row[5 + 2 * g] = false;
    }
    responses.put(List.of(leaderId, key, wave), row);
    for (int g = 0; g < goalRatings.length; g++) {
      rate(row, g + 1, goalRatings[g]);
    }
    return this;
  }

  private static void rate(Object[] response, int goal, Integer rating) {
    response[5 + 2 * goal] = true;
    response[6 + 2 * goal] = rating;
  }

  /** The overall-effectiveness answer (goal 0) of a response already added. */
  ProgrammeRows overall(String leaderId, String key, int wave, Integer rating) {
    rate(responses.get(List.of(leaderId, key, wave)), 0, rating);
    return this;
  }

  Programme insert() {
    jdbc.update(
        "insert into programme (id, name, anonymity_threshold, manager_exempt) values (?, ?, ?, ?)",
        programme.id(),
        programme.name(),
        programme.anonymity().k(),
        programme.anonymity().managerExempt());
    for (Wave w : programme.waves()) {
      jdbc.update(
          "insert into wave (programme_id, wave_no, label) values (?, ?, ?)",
          programme.id(),
          w.number(),
          w.label());
    }
    batch("insert into leader (programme_id, leader_id, name) values (?, ?, ?)", leaders);
    batch(
        "insert into goal (programme_id, leader_id, goal_no, habit_code) values (?, ?, ?, ?)",
        goals);
    batch(
        "insert into stakeholder (programme_id, leader_id, stakeholder_key, relationship)"
            + " values (?, ?, ?, ?)",
        stakeholders);
    batch(
        "insert into survey_response (programme_id, leader_id, stakeholder_key, wave_no,"
            + " follow_up, rated_0, rating_0, rated_1, rating_1, rated_2, rating_2, rated_3,"
            + " rating_3) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new ArrayList<>(responses.values()));
    responses.clear();
    return programme;
  }

  private void batch(String sql, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += 5_000) {
      jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5_000)));
    }
    rows.clear();
  }
}
