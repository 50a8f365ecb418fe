package org.habittrends.ingest.store;

import java.io.IOException;
import org.habittrends.ingest.read.UnreadableFileException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
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
public abstract class FileWrites implements AutoCloseable {

  /**
   * A file's import, giving its outcome; unreadable when the file as a whole cannot be imported.
   */
  public interface Import<T> {
    T run() throws UnreadableFileException, IOException;
  }

  /**
   * Whether files on this database are committed as they go: H2, given a data source that hands out
   * connections of their own (not one shared connection, which would commit the step's work).
   */
  public static boolean committedAsTheyGo(JdbcTemplate jdbc) {
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
  public static FileWrites open(
      ImportRepository step, boolean committedAsItGoes, TransactionTemplate savepoints) {
    return committedAsItGoes
        ? new CommittedAsItGoes(step)
        : new InStepTransaction(step, savepoints);
  }

  /** Undoes files left unfinished (committed as they went) by a killed or failed import. */
  public static void undoUnfinished(ImportRepository step) {
    new CommittedAsItGoes(step).close();
  }

  /** The repository for this file's SQL. */
  public abstract ImportRepository repository();

  /** Makes the ledger row of a file just started durable where the file is committed as it goes. */
  public abstract void started();

  /** Runs the import; an unreadable file leaves none of its rows. */
  public abstract <T> T importing(long fileId, Import<T> work)
      throws UnreadableFileException, IOException;

  /** The file's outcome is in its ledger row: the file is finished. */
  public abstract void finished(long fileId);

  @Override
  public abstract void close();
}
