package org.habittrends.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.habittrends.ingest.read.UnreadableFileException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file written in the step's transaction (PostgreSQL): a savepoint per file, rolled back when the
 * file turns out unreadable half way. See {@link FileWrites}.
 */
public final class InStepTransaction extends FileWrites {

  private final ImportRepository repository;
  private final TransactionTemplate savepoints;

  InStepTransaction(ImportRepository repository, TransactionTemplate savepoints) {
    this.repository = repository;
    this.savepoints = savepoints;
  }

  /** Savepoints in the step's transactions. */
  public static TransactionTemplate savepoints(PlatformTransactionManager transactionManager) {
    TransactionTemplate template = new TransactionTemplate(transactionManager);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    return template;
  }

  @Override
  public ImportRepository repository() {
    return repository;
  }

  @Override
  public void started() {
    // the step's transaction commits the file with its ledger row
  }

  @Override
  public <T> T importing(long fileId, Import<T> work) throws UnreadableFileException, IOException {
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
  public void finished(long fileId) {
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
