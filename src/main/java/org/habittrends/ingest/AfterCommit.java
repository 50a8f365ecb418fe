package org.habittrends.ingest;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves files only once the database agrees: after the step's transaction commits, or at once when
 * there is no transaction (tests). A failed move is logged, never thrown: the rows are saved, and
 * the file's SHA-256 is recognised next time.
 */
final class AfterCommit {

  private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

  /** What must happen to files once the database agrees. */
  interface FileAction {
    void run() throws IOException;
  }

  private AfterCommit() {}

  static void run(FileAction committed, Runnable rolledBack) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      runLogged(committed);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
              runLogged(committed);
            } else {
              rolledBack.run();
            }
          }
        });
  }

  private static void runLogged(FileAction action) {
    try {
      action.run();
    } catch (IOException | RuntimeException e) {
      log.error(
          "a file could not be moved after its import was saved; it stays in inbox/ and"
              + " is recognised as already imported next time: {}",
          e.toString());
    }
  }
}
