package org.habittrends.launch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs the command line in this JVM, as an operator would in a shell, and reads the result. */
final class Commands {

  private Commands() {}

  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CommandLineLauncher.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** One number from the workspace's embedded database, read while no command runs. */
  static long number(Path workspace, String sql) throws SQLException {
    try (Connection connection = h2(workspace);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  static String text(Path workspace, String sql) throws SQLException {
    try (Connection connection = h2(workspace);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  /** One statement on the workspace's embedded database, while no command runs. */
  static void execute(Path workspace, String sql) throws SQLException {
    try (Connection connection = h2(workspace);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static String h2Url(Path workspace) {
    return "jdbc:h2:file:"
        + workspace.toAbsolutePath().resolve(".habit-trends/db")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  private static Connection h2(Path workspace) throws SQLException {
    return DriverManager.getConnection(h2Url(workspace), "sa", "");
  }
}
