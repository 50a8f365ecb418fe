package org.habittrends.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a report model into a document. Implemented in {@code report.pdf}, so this package never
 * depends on the PDF library; implementations must be safe to call from several threads.
 */
public interface LeaderReportRenderer {

  /** Writes the whole document to {@code out}; does not close it. */
  void render(LeaderReport report, OutputStream out) throws IOException;
}
