package org.habittrends.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How one file's writes become durable, so that a file counts only once it is finished and a file
 * that never finishes leaves nothing behind.
 *
 * <ul>
 *   <li><b>In the step's transaction</b> (PostgreSQL, or without a database choice to make): the
 *       file is written inside a savepoint, rolled back if the file turns out unreadable half way.
 *   <li><b>Committed as it goes</b> (H2): a connection of its own commits every batch, since H2
 *       spends about twice as long on one 200,000-row transaction as on the same rows in chunks
 *       (ImportBenchmarkTest). The ledger row says IMPORTING until the commit that finishes the
 *       file; a file that fails is undone at once, and one left IMPORTING by a killed process is
 *       undone before the next file starts ({@link UnfinishedFiles}). An embedded H2 file admits
 *       only this process, and the import is the job's first step, so no reader sees a file half
 *       written.
 * </ul>
 */
abstract class FileWrites implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FileWrites.class);

  /** A file's import; unreadable when the file as a whole cannot be imported. */
  interface Import {
    FileImporter.Outcome run() throws UnreadableFileException, IOException;
  }

  /**
   * Whether files on this database are committed as they go: H2, given a data source that hands out
   * connections of their own (not one shared connection, which would commit the step's work).
   */
  static boolean committedAsTheyGo(JdbcTemplate jdbc) {
    if (jdbc.getDataSource() instanceof SingleConnectionDataSource) {
      return false;
    }
    return Boolean.TRUE.equals(
        jdbc.execute(
            (ConnectionCallback<Boolean>)
                con -> "H2".equals(con.getMetaData().getDatabaseProductName())));
  }

  /**
   * @param savepoints the step's transactions, for a savepoint per file; null when there is none
   */
  static FileWrites open(
      ImportRepository step, boolean committedAsItGoes, TransactionTemplate savepoints) {
    return committedAsItGoes ? new AsItGoes(step) : new InTheStep(step, savepoints);
  }

  /** Undoes files left unfinished (committed as they went) by a killed or failed import. */
  static void undoUnfinished(ImportRepository step) {
    new AsItGoes(step).close();
  }

  /** The repository for this file's SQL. */
  abstract ImportRepository repository();

  /** Makes the ledger row of a file just started durable where the file is committed as it goes. */
  abstract void started();

  /** Runs the import; an unreadable file leaves none of its rows. */
  abstract FileImporter.Outcome importing(long fileId, Import work)
      throws UnreadableFileException, IOException;

  /** The file's outcome is in its ledger row: the file is finished. */
  abstract void finished(long fileId);

  @Override
  public abstract void close();

  /** Savepoints in the step's transactions. */
  static TransactionTemplate savepoints(PlatformTransactionManager transactionManager) {
    TransactionTemplate template = new TransactionTemplate(transactionManager);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    return template;
  }

  /** Everything in the step's transaction; a savepoint per file. */
  private static final class InTheStep extends FileWrites {

    private final ImportRepository repository;
    private final TransactionTemplate savepoints;

    InTheStep(ImportRepository repository, TransactionTemplate savepoints) {
      this.repository = repository;
      this.savepoints = savepoints;
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
  }

  /** Carries an unreadable file out of the savepoint, rolling it back. */
  private static final class Unreadable extends RuntimeException {
    Unreadable(UnreadableFileException cause) {
      super(cause);
    }
  }

  /** A connection of its own, committed every batch; undone if the file does not finish. */
  private static final class AsItGoes extends FileWrites {

    private final Connection connection;
    private final ImportRepository repository;
    private final UnfinishedFiles unfinished;
    private Long started;

    AsItGoes(ImportRepository step) {
      DataSource dataSource = step.jdbc().getDataSource();
      try {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        throw new IllegalStateException("no database connection for the import", e);
      }
      JdbcTemplate own = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      repository = step.committingAsItGoes(own, this::commit);
      unfinished = repository.unfinishedFiles();
      unfinished.undoAll();
      commit();
    }

    @Override
    ImportRepository repository() {
      return repository;
    }

    @Override
    void started() {
      commit();
    }

    @Override
    FileImporter.Outcome importing(long fileId, Import work)
        throws UnreadableFileException, IOException {
      started = fileId;
      try {
        return work.run();
      } catch (UnreadableFileException e) {
        rollback();
        unfinished.undo(fileId);
        throw e;
      }
    }

    @Override
    void finished(long fileId) {
      unfinished.forget(fileId);
      commit();
      started = null;
    }

    @Override
    public void close() {
      try {
        if (started != null) {
          rollback();
          unfinished.interrupt(started);
          commit();
        }
      } catch (RuntimeException e) {
        log.error(
            "the import of file {} (imported_file.id) failed and could not be undone now; it is"
                + " undone before the next import: {}",
            started,
            e.toString());
      } finally {
        try {
          connection.rollback();
          connection.setAutoCommit(true);
          connection.close();
        } catch (SQLException e) {
          log.warn("could not release the import's connection: {}", e.toString());
        }
      }
    }

    private void commit() {
      try {
        connection.commit();
      } catch (SQLException e) {
        throw new IllegalStateException("could not commit the import", e);
      }
    }

    private void rollback() {
      try {
        connection.rollback();
      } catch (SQLException e) {
        throw new IllegalStateException("could not roll back the import", e);
      }
    }
  }
}
