package org.habittrends.report;

import java.io.IOException;
import java.io.OutputStream;

/** Turns a cohort report model into a document; implemented in {@code report.pdf}. */
public interface CohortReportRenderer {

  /** Writes the whole document to {@code out}; does not close it. */
  void render(CohortReport report, OutputStream out) throws IOException;
}
