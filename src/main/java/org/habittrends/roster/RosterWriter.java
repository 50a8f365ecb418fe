package org.habittrends.roster;

import java.sql.Date;
import java.util.List;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Stakeholder;
import org.habittrends.domain.Wave;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a programme definition into the database. Updates in place rather than deleting, because
 * responses refer to leaders and stakeholders; people dropped from the roster keep their history.
 */
final class RosterWriter {

  private final JdbcTemplate jdbc;

  RosterWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void write(ProgrammeDefinition definition) {
    Programme p = definition.programme();
    upsert(
        "update programme set name = ?, sponsor = ?, start_date = ?, end_date = ?,"
            + " anonymity_threshold = ?, comment_threshold = ?, manager_exempt = ?, language = ?"
            + " where id = ?",
        "insert into programme (name, sponsor, start_date, end_date, anonymity_threshold,"
            + " comment_threshold, manager_exempt, language, id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p.name(),
        p.sponsor(),
        date(p.start()),
        date(p.end()),
        p.anonymity().k(),
        p.anonymity().commentK(),
        p.anonymity().managerExempt(),
        p.language().toLanguageTag(),
        p.id());
    for (Wave wave : p.waves()) {
      upsert(
          "update wave set label = ?, opens = ?, closes = ? where programme_id = ? and wave_no = ?",
          "insert into wave (label, opens, closes, programme_id, wave_no) values (?, ?, ?, ?, ?)",
          wave.label(),
          date(wave.opens()),
          date(wave.closes()),
          p.id(),
          wave.number());
    }
    definition.leaders().forEach(leader -> writeLeader(p.id(), leader));
    writeStakeholders(p.id(), definition.stakeholders());
  }

  private void writeLeader(String programmeId, Leader leader) {
    upsert(
        "update leader set name = ?, email = ?, coach = ? where programme_id = ? and leader_id = ?",
        "insert into leader (name, email, coach, programme_id, leader_id) values (?, ?, ?, ?, ?)",
        leader.name(),
        leader.email(),
        leader.coach(),
        programmeId,
        leader.id());
    jdbc.update(
        "delete from goal where programme_id = ? and leader_id = ?", programmeId, leader.id());
    jdbc.batchUpdate(
        "insert into goal (programme_id, leader_id, goal_no, habit_code, wording)"
            + " values (?, ?, ?, ?, ?)",
        leader.goals().stream()
            .map(
                g ->
                    new Object[] {programmeId, leader.id(), g.number(), g.habitCode(), g.wording()})
            .toList());
  }

  private void writeStakeholders(String programmeId, List<Stakeholder> stakeholders) {
    for (Stakeholder s : stakeholders) {
      upsert(
          "update stakeholder set email = ?, relationship = ?"
              + " where programme_id = ? and leader_id = ? and stakeholder_key = ?",
          "insert into stakeholder (email, relationship, programme_id, leader_id, stakeholder_key)"
              + " values (?, ?, ?, ?, ?)",
          s.email(),
          s.group().name(),
          programmeId,
          s.leaderId(),
          s.key());
    }
  }

  /** Both statements take the same arguments in the same order. */
  private void upsert(String update, String insert, Object... args) {
    if (jdbc.update(update, args) == 0) {
      jdbc.update(insert, args);
    }
  }

  private static Date date(java.time.LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
