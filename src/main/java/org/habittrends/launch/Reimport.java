package org.habittrends.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.habittrends.domain.Programme;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.Reimports;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code reimport --workspace DIR FILE...}: puts files the import has seen (in processed/,
 * rejected/ or inbox/) through the import again, e.g. after the coach fixed the mapping in
 * programme.yml; each file's answers replace the ones it gave before. The files are marked and
 * moved into inbox/ under the run lock, then the import job runs as {@code import} does.
 */
final class Reimport {

  private static final List<String> NOT_EXPORTS = List.of(".rejects.csv", ".rejects.xlsx");

  private final PrintStream out;
  private final PrintStream err;

  Reimport(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  ExitCode run(Workspace workspace, List<String> names, List<String> springProperties)
      throws Arguments.UsageException {
    if (names.isEmpty()) {
      throw new Arguments.UsageException(
          "reimport needs the name of at least one file in processed/, rejected/ or inbox/");
    }
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      files.add(locate(workspace, name));
    }
    try (ConfigurableApplicationContext context =
        SpringContexts.start(workspace, springProperties)) {
      String programme = context.getBean(Programme.class).id();
      try (var lock =
          RunLock.tryAcquire(context.getBean(DataSource.class), programme).orElse(null)) {
        if (lock == null) {
          err.println(
              "habit-trends: another run of programme "
                  + programme
                  + " is in progress (it holds the database lock); not starting");
          return ExitCode.ANOTHER_RUN;
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        for (Path file : files) {
          Path waiting = Reimports.request(jdbc, workspace, programme, file);
          out.println(
              "Importing "
                  + workspace.root().relativize(waiting)
                  + " again; its answers replace the ones it gave before");
        }
      }
    } catch (IOException e) {
      err.println("habit-trends: cannot move a file back into inbox/: " + e.getMessage());
      return ExitCode.INTERNAL_ERROR;
    } catch (SQLException e) {
      err.println("habit-trends: cannot release the run lock: " + e.getMessage());
      return ExitCode.DATABASE_UNAVAILABLE;
    } catch (RuntimeException e) {
      if (SpringContexts.isDatabaseInUse(e)) {
        err.println(
            "habit-trends: the workspace database is in use by a running habit-trends process;"
                + " try again when it has finished");
        return ExitCode.ANOTHER_RUN;
      }
      err.println("habit-trends: cannot prepare the re-import: " + SpringContexts.rootMessage(e));
      return SpringContexts.isDatabaseFailure(e)
          ? ExitCode.DATABASE_UNAVAILABLE
          : ExitCode.INTERNAL_ERROR;
    }
    return new PipelineRun(out, err).run(Command.IMPORT, workspace, springProperties);
  }

  /** The named file in inbox/, processed/ or rejected/, by name only. */
  private static Path locate(Workspace workspace, String name) throws Arguments.UsageException {
    for (String ending : NOT_EXPORTS) {
      if (name.endsWith(ending)) {
        throw new Arguments.UsageException(
            name
                + " is the list of rows rejected from an export; name the export itself (in"
                + " processed/)");
      }
    }
    if (name.endsWith(".reason.txt")
        || name.contains("/")
        || name.contains("\\")
        || name.startsWith(".")) {
      throw new Arguments.UsageException(
          "name an export file in processed/, rejected/ or inbox/ by its file name, not \""
              + name
              + "\"");
    }
    for (Path folder : List.of(workspace.inbox(), workspace.processed(), workspace.rejected())) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new Arguments.UsageException(
        "no file " + name + " in inbox/, processed/ or rejected/ of " + workspace.root());
  }
}
