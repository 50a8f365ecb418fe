package org.habittrends.ingest.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Undoes what a file did before it was finished, where its writes were committed as it went ({@link
 * FileWrites}): its answers and rejects are deleted and the answers of earlier files it replaced
 * are put back from replaced_answer (migrations V10, V12). A file whose ledger row still says
 * IMPORTING was not finished: the process was killed, or the import failed and could not undo it.
 */
public final class UnfinishedFiles {

  public static final String INTERRUPTED = "INTERRUPTED";

  private static final Logger log = LoggerFactory.getLogger(UnfinishedFiles.class);

  private static final String SAME_ANSWER =
      " where r.programme_id = a.programme_id and r.leader_id = a.leader_id"
          + " and r.stakeholder_key = a.stakeholder_key and r.wave_no = a.wave_no";

  private final JdbcTemplate jdbc;
  private final String programmeId;

  UnfinishedFiles(JdbcTemplate jdbc, String programmeId) {
    this.jdbc = jdbc;
    this.programmeId = programmeId;
  }

  /** Undoes every file left unfinished and marks it INTERRUPTED; the caller commits. */
  void undoAll() {
    List<Long> unfinished =
        jdbc.queryForList(
            "select id from imported_file where programme_id = ? and status = ? order by id",
            Long.class,
            programmeId,
            ImportRepository.IMPORTING);
    unfinished.forEach(this::interrupt);
  }

  /** Undoes a file that did not finish and marks it INTERRUPTED; the caller commits. */
  void interrupt(long fileId) {
    undo(fileId);
    jdbc.update(
        "update imported_file set status = ?, rows_read = 0, rows_imported = 0,"
            + " rows_rejected = 0, message = ? where id = ?",
        INTERRUPTED,
        "the import stopped before the file was finished; nothing of it is kept, and it is"
            + " imported again while it is in inbox/",
        fileId);
    log.warn(
        "the import of file {} (imported_file.id) stopped before it finished; its answers were"
            + " taken out again",
        fileId);
  }

  /** Takes the file's answers and rejects out and puts back the answers it replaced. */
  void undo(long fileId) {
    jdbc.update("delete from survey_response where file_id = ?", fileId);
    jdbc.update(
        "insert into survey_response ("
            + ResponseStore.COLUMNS_LISTED
            + ") select "
            + ResponseStore.COLUMNS_LISTED
            + " from replaced_answer where replaced_by = ?",
        fileId);
    forget(fileId);
    jdbc.update("delete from reject where file_id = ?", fileId);
  }

  private void forget(long fileId) {
    jdbc.update("delete from replaced_answer where replaced_by = ?", fileId);
  }

  /**
   * Takes out what a file imported before, so that it can be imported afresh (a re-import): its
   * answers and rejects are deleted and the answers it replaced put back. Its own answers kept as
   * replaced by a later file are dropped (they are out of date now). An answer it replaced whose
   * place a later file took since is kept as replaced by that file instead, so that undoing that
   * file still brings it back. The supersede rule then settles the file's new answers against what
   * is stored. The caller commits.
   */
  void takeOut(long fileId) {
    jdbc.update("delete from survey_response where file_id = ?", fileId);
    jdbc.update("delete from replaced_answer where file_id = ?", fileId);
    jdbc.update(
        "update replaced_answer a set replaced_by = (select r.file_id from survey_response r"
            + SAME_ANSWER
            + ") where a.replaced_by = ? and exists (select 1 from survey_response r"
            + SAME_ANSWER
            + " and r.file_id is not null)",
        fileId);
    jdbc.update(
        "insert into survey_response ("
            + ResponseStore.COLUMNS_LISTED
            + ") select "
            + ResponseStore.COLUMNS_LISTED
            + " from replaced_answer a where a.replaced_by = ? and not exists"
            + " (select 1 from survey_response r"
            + SAME_ANSWER
            + ")",
        fileId);
    forget(fileId);
    jdbc.update("delete from reject where file_id = ?", fileId);
  }
}
