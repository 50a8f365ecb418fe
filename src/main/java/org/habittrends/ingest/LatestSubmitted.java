package org.habittrends.ingest;

import java.time.LocalDateTime;

/**
 * The supersede rule, once for the import ({@link ImportBatch}) and its dry run ({@link
 * ImportCheck}): one answer per leader, stakeholder and wave, and the latest Submitted wins. Within
 * a file a row without a time loses to one with a time and on a tie the later line wins; a row of a
 * later file replaces a stored answer unless that answer was submitted later. Plain Java.
 */
final class LatestSubmitted {

  private LatestSubmitted() {}

  /**
   * Within one file: does an answer at {@code next}, on a later line, beat one at {@code earlier}?
   */
  static boolean winsWithinFile(LocalDateTime next, LocalDateTime earlier) {
    if (next == null || earlier == null) {
      return next != null || earlier == null;
    }
    return !next.isBefore(earlier);
  }

  /** Across files: is a row at {@code next} refused because the stored answer is later? */
  static boolean storedIsLater(LocalDateTime next, LocalDateTime stored) {
    return stored != null && next != null && stored.isAfter(next);
  }

  /** The reject reason of the losing row within a file. */
  static String supersededBy(int line) {
    return "superseded by line " + line + " (latest Submitted wins)";
  }

  /** The reject reason of a row that a later answer from another file beats. */
  static String storedLater(LocalDateTime submitted, String fileName) {
    return "an answer submitted later ("
        + submitted.toString().replace('T', ' ')
        + ", from "
        + fileName
        + ") is already stored";
  }
}
