package org.habittrends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file written in the step's transaction (PostgreSQL): a savepoint per file, rolled back when the
 * file turns out unreadable half way. See {@link FileWrites}.
 */
final class InStepTransaction extends FileWrites {

  private final ImportRepository repository;
  private final TransactionTemplate savepoints;

  InStepTransaction(ImportRepository repository, TransactionTemplate savepoints) {
    this.repository = repository;
    this.savepoints = savepoints;
  }

  /** Savepoints in the step's transactions. */
  static TransactionTemplate savepoints(PlatformTransactionManager transactionManager) {
    TransactionTemplate template = new TransactionTemplate(transactionManager);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    return template;
  }

  @Override
  ImportRepository repository() {
    return repository;
  }

  @Override
  void started() {
    // the step's transaction commits the file with its ledger row
  }

  @Override
  FileImporter.Outcome importing(long fileId, Import work)
      throws UnreadableFileException, IOException {
    if (savepoints == null) {
      return work.run();
    }
    try {
      return savepoints.execute(
          status -> {
            try {
              return work.run();
            } catch (UnreadableFileException e) {
              throw new Unreadable(e);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (Unreadable e) {
      throw (UnreadableFileException) e.getCause();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  void finished(long fileId) {
    // committed with the step's transaction
  }

  @Override
  public void close() {
    // nothing of its own to release
  }

  /** Carries an unreadable file out of the savepoint, rolling it back. */
  private static final class Unreadable extends RuntimeException {
    Unreadable(UnreadableFileException cause) {
      super(cause);
    }
  }
}
