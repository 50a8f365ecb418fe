package org.habittrends.launch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One run per programme at a time, across every host that shares a PostgreSQL database: a session
 * advisory lock on a key derived from the programme id, held on its own connection for the whole
 * run and released when the connection closes (also when the process dies). On H2 the embedded file
 * database already admits only one process, so no lock is taken.
 */
final class RunLock implements AutoCloseable {

  private final Connection connection;
  private final long key;

  private RunLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  /** The lock, or empty when another run holds it. */
  static java.util.Optional<RunLock> tryAcquire(DataSource dataSource, String programmeId)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return java.util.Optional.of(new RunLock(null, 0));
      }
      long key = key(programmeId);
      connection.setAutoCommit(true);
      try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
        lock.setLong(1, key);
        try (ResultSet result = lock.executeQuery()) {
          result.next();
          if (result.getBoolean(1)) {
            return java.util.Optional.of(new RunLock(connection, key));
          }
        }
      }
      connection.close();
      return java.util.Optional.empty();
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * The advisory lock key: the first 8 bytes of SHA-256("habit-trends:" + programme id), so every
   * host and version computes the same key and other applications' keys are unlikely to collide.
   */
  static long key(String programmeId) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("habit-trends:" + programmeId).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws SQLException {
    if (connection == null) {
      return;
    }
    try (connection;
        PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, key);
      unlock.execute();
    }
  }
}
