package org.habittrends.launch;

import java.util.List;

/**
 * What {@code status} shows, as values: printed as text for people or as JSON for machines. {@code
 * dataLost} describes each file of the last import that took files which lost data (exit code 8).
 */
record StatusReport(
    String workspace,
    String programme,
    List<Run> recentRuns,
    int inboxFiles,
    int rejectedFiles,
    long reports,
    Deliveries deliveries,
    List<String> dataLost) {

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
