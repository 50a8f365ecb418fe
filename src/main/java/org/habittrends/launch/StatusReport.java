package org.habittrends.launch;

import java.util.List;

/**
 * What {@code status} shows, as values: printed as text for people or as JSON for machines. {@code
 * dataLost} describes each file of the last import that took files which lost data (exit code 8).
 * {@code rejectedFiles} are files refused as a whole (in rejected/ with a .reason.txt); {@code
 * rejectLists} the lists of rows rejected from imported files (rejected/NAME.rejects.csv).
 */
record StatusReport(
    String workspace,
    String programme,
    List<Run> recentRuns,
    int inboxFiles,
    int rejectedFiles,
    int rejectLists,
    Imports imports,
    long reports,
    Deliveries deliveries,
    List<String> dataLost) {

  /**
   * The import ledger: per file the rows imported, of those the ones replaced since by a later
   * file's answers (another export of the same answers, or a corrected one), and the rows rejected.
   * {@code stored} = imported − replaced = the answers in the database.
   */
  record Imports(
      int files, long imported, long replaced, long stored, long rejected, List<File> byFile) {}

  /** One file of the ledger; {@code status} IMPORTED, REJECTED (whole file) or INTERRUPTED. */
  record File(String name, String status, int imported, int replaced, int rejected) {}

  /** One job execution; times are local, ISO-8601; durationSeconds is null while running. */
  record Run(
      long id,
      String job,
      String status,
      String started,
      Double durationSeconds,
      long read,
      long written,
      long skipped) {}

  /** Leaders whose latest report has not reached the mail server yet, and of those, failed. */
  record Deliveries(int pending, int failed) {}
}
