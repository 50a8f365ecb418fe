package org.habittrends.ingest.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.habittrends.ingest.read.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A file written on a connection of its own, committed every batch (H2), and undone if it does not
 * finish. See {@link FileWrites}.
 */
final class CommittedAsItGoes extends FileWrites {

  private static final Logger log = LoggerFactory.getLogger(CommittedAsItGoes.class);

  private final Connection connection;
  private final ImportRepository repository;
  private final UnfinishedFiles unfinished;
  private Long started;

  CommittedAsItGoes(ImportRepository step) {
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
    try {
      unfinished.undoAll();
      commit();
    } catch (RuntimeException e) {
      release();
      throw e;
    }
  }

  @Override
  public ImportRepository repository() {
    return repository;
  }

  @Override
  public void started() {
    commit();
  }

  @Override
  public <T> T importing(long fileId, Import<T> work) throws UnreadableFileException, IOException {
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
  public void finished(long fileId) {
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
      release();
    }
  }

  private void release() {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
      connection.close();
    } catch (SQLException e) {
      log.warn("could not release the import's connection: {}", e.toString());
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
