package org.habittrends.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.habittrends.job.SampleWorkspace;
import org.junit.jupiter.api.Test;

/**
 * Overlapping runs are refused with their own exit code: on PostgreSQL by the advisory lock that
 * any host sharing the database would hold, on H2 because another process has the database open.
 */
class RunLockTest {

  @Test
  void aSecondRunOfTheSameProgrammeOnPostgresqlIsRefusedWhileTheLockIsHeld() throws Exception {
    Path workspace = SampleWorkspace.copy("locked");
    int waiting = workspace.resolve("inbox").toFile().list().length;
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres");
      String[] command = {
        "run",
        "--workspace",
        workspace.toString(),
        url,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password="
      };
      try (Connection otherHost = postgres.getPostgresDatabase().getConnection()) {
        assertThat(advisoryLock(otherHost, "pg_try_advisory_lock", "sample-2026")).isTrue();

        Commands.Outcome refused = Commands.run(command);

        assertThat(refused.code()).isEqualTo(ExitCode.ANOTHER_RUN.code()).isEqualTo(6);
        assertThat(refused.err()).contains("another run of programme sample-2026 is in progress");
        assertThat(workspace.resolve("inbox").toFile().list())
            .as("nothing imported")
            .hasSize(waiting);

        assertThat(advisoryLock(otherHost, "pg_advisory_unlock", "sample-2026")).isTrue();
      }
      Commands.Outcome afterwards = Commands.run(command);
      assertThat(afterwards.code()).as(afterwards.err()).isEqualTo(ExitCode.OK.code());
      try (Connection check = postgres.getPostgresDatabase().getConnection()) {
        assertThat(advisoryLock(check, "pg_try_advisory_lock", "sample-2026"))
            .as("the finished run released its lock")
            .isTrue();
      }
    }
  }

  @Test
  void anH2WorkspaceOpenInAnotherProcessIsRefusedWithTheSameCode() throws Exception {
    Path workspace = SampleWorkspace.copy("h2-busy");
    Process other = holdH2DatabaseOpen(workspace);
    try {
      Commands.Outcome refused = Commands.run("run", "--workspace", workspace.toString());

      assertThat(refused.code()).as(refused.err()).isEqualTo(ExitCode.ANOTHER_RUN.code());
      assertThat(refused.err()).contains("in use by another habit-trends process");
    } finally {
      other.destroy();
      other.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void everyHostDerivesTheSameLockKeyFromTheProgrammeId() {
    assertThat(RunLock.key("sample-2026")).isEqualTo(RunLock.key("sample-2026"));
    assertThat(RunLock.key("sample-2026")).isNotEqualTo(RunLock.key("acme-2026"));
  }

  private static boolean advisoryLock(Connection connection, String function, String programme)
      throws Exception {
    try (PreparedStatement lock = connection.prepareStatement("select " + function + "(?)")) {
      lock.setLong(1, RunLock.key(programme));
      try (ResultSet result = lock.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  /** Another JVM with the workspace's H2 database open (H2's own shell, waiting for input). */
  private static Process holdH2DatabaseOpen(Path workspace)
      throws IOException, InterruptedException {
    String h2Jar =
        Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .toString();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                h2Jar,
                "org.h2.tools.Shell",
                "-url",
                Commands.h2Url(workspace),
                "-user",
                "sa",
                "-password",
                "")
            .redirectErrorStream(true)
            .start();
    // the shell has the database open once it prompts for SQL (it then waits on stdin)
    StringBuilder printed = new StringBuilder();
    var output = process.getInputStream();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!printed.toString().contains("sql>") && System.nanoTime() < deadline) {
      int c = output.read();
      if (c < 0) {
        break;
      }
      printed.append((char) c);
    }
    assertThat(printed.toString()).as("the other process opened the database").contains("sql>");
    return process;
  }
}
