package org.habittrends.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Lets a short command start without Flyway when there is nothing for it to do. Flyway loads its
 * configuration and plugins before it looks at the database, a second or more of a {@code status}
 * or of a {@code run} with nothing new. When the database records every versioned migration of the
 * jar as applied, with the checksum of the jar's file (what Flyway's own validation compares), the
 * context starts with {@code spring.flyway.enabled=false}. Anything else (no database yet, an older
 * one, a changed or failed migration, a database that cannot be read, Flyway settings of its own)
 * leaves Flyway to migrate and validate as it always does.
 *
 * <p>The connection of the check stays open until the context has started, so an embedded database
 * is opened once, not closed and opened again.
 */
final class CurrentSchema implements AutoCloseable {

  static final String PROPERTY_SOURCE = "habitTrendsCurrentSchema";

  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

  /** Flyway settings under which the plain check below would not be the check Flyway makes. */
  private static final List<String> FLYWAY_OWN_SETTINGS =
      List.of(
          "spring.flyway.enabled",
          "spring.flyway.url",
          "spring.flyway.user",
          "spring.flyway.schemas",
          "spring.flyway.default-schema",
          "spring.flyway.table",
          "spring.flyway.sql-migration-prefix",
          "spring.flyway.sql-migration-separator",
          "spring.flyway.sql-migration-suffixes");

  private final Connection connection;
  private final boolean current;

  private CurrentSchema(Connection connection, boolean current) {
    this.connection = connection;
    this.current = current;
  }

  /**
   * Checks the database the environment names and, when it is current, turns Flyway off for this
   * context.
   */
  static CurrentSchema apply(ConfigurableEnvironment environment) {
    CurrentSchema schema = check(environment);
    if (schema.current) {
      environment
          .getPropertySources()
          .addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("spring.flyway.enabled", false)));
    }
    return schema;
  }

  static CurrentSchema check(ConfigurableEnvironment environment) {
    String url = environment.getProperty("spring.datasource.url");
    if (url == null || FLYWAY_OWN_SETTINGS.stream().anyMatch(environment::containsProperty)) {
      return new CurrentSchema(null, false);
    }
    Connection connection = null;
    try {
      DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(url);
      Map<String, Integer> inJar =
          migrations(
              environment.getProperty("spring.flyway.locations", "classpath:db/migration"),
              driver.getId());
      connection =
          connect(
              driver,
              url,
              environment.getProperty("spring.datasource.username"),
              environment.getProperty("spring.datasource.password"));
      boolean current =
          !inJar.isEmpty() && applied(connection).entrySet().containsAll(inJar.entrySet());
      return new CurrentSchema(connection, current);
    } catch (SQLException | IOException | RuntimeException | ReflectiveOperationException e) {
      // no database yet, no history table, unreachable: Flyway decides, and reports, as always
      closeQuietly(connection);
      return new CurrentSchema(null, false);
    }
  }

  boolean current() {
    return current;
  }

  /** The jar's versioned migrations at these locations: version → Flyway checksum. */
  static Map<String, Integer> migrations(String locations, String vendor) throws IOException {
    Map<String, Integer> versions = new HashMap<>();
    var resolver = new PathMatchingResourcePatternResolver(CurrentSchema.class.getClassLoader());
    for (String location : locations.split(",")) {
      String folder = location.trim().replace("{vendor}", vendor);
      if (folder.isEmpty()) {
        continue;
      }
      if (!folder.startsWith("classpath:")) {
        // a file system location or another scheme: leave it to Flyway
        throw new IOException("not a class path location: " + folder);
      }
      String pattern = "classpath*:" + folder.substring("classpath:".length()) + "/V*__*.sql";
      for (Resource resource : resolver.getResources(pattern)) {
        Matcher name = VERSIONED.matcher(String.valueOf(resource.getFilename()));
        if (name.matches()) {
          versions.put(version(name.group(1)), checksum(resource));
        }
      }
    }
    return versions;
  }

  /** Flyway's version text: {@code V1_2__x.sql} is version {@code 1.2}. */
  private static String version(String text) {
    return text.replace('_', '.');
  }

  /**
   * Flyway's checksum of an SQL migration: CRC-32 of the UTF-8 bytes of its lines without line
   * endings, a byte order mark left out.
   */
  static int checksum(Resource resource) throws IOException {
    CRC32 crc = new CRC32();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      for (; line != null; line = reader.readLine()) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    return (int) crc.getValue();
  }

  /**
   * Versions applied successfully: version → checksum; empty when a migration failed (Flyway
   * refuses to go on then, and should say so).
   */
  private static Map<String, Integer> applied(Connection connection) throws SQLException {
    Map<String, Integer> applied = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select version, checksum, success from flyway_schema_history"
                    + " where version is not null")) {
      while (rows.next()) {
        if (!rows.getBoolean(3)) {
          return Map.of();
        }
        int checksum = rows.getInt(2);
        applied.put(rows.getString(1), rows.wasNull() ? null : checksum);
      }
    }
    return applied;
  }

  private static Connection connect(DatabaseDriver driver, String url, String user, String password)
      throws SQLException, ReflectiveOperationException {
    Driver jdbc =
        (Driver)
            Class.forName(driver.getDriverClassName(), true, CurrentSchema.class.getClassLoader())
                .getDeclaredConstructor()
                .newInstance();
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    Connection connection = jdbc.connect(url, properties);
    if (connection == null) {
      throw new SQLException("no driver for " + url);
    }
    connection.setReadOnly(true);
    return connection;
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the check's own connection; the context has its pool
      }
    }
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }
}
