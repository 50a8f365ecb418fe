package org.habittrends.analysis;

import java.nio.file.Path;
import org.habittrends.domain.Programme;

/**
 * Something that publishes the results of an analyse run, such as the trends workbook. The analyse
 * step calls every such bean after it has written the result tables, inside its transaction, so a
 * publisher reads exactly the results of this run.
 */
public interface ResultsPublisher {

  void publish(Programme programme);

  /**
   * The file {@link #publish} writes, if any: a run that recomputes nothing also publishes nothing
   * while this file is still the one written (incremental runs).
   */
  default Path output() {
    return null;
  }
}
