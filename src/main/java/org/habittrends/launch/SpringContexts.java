package org.habittrends.launch;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.habittrends.HabitTrendsApplication;
import org.habittrends.domain.Workspace;
import org.habittrends.roster.CheckedProgramme;
import org.habittrends.roster.ProgrammeDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for one workspace, and classifies why it would not start. */
final class SpringContexts {

  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private SpringContexts() {}

  static ConfigurableApplicationContext start(Workspace workspace, List<String> springProperties) {
    return start(HabitTrendsApplication.class, workspace, null, springProperties);
  }

  /** The same, given the programme the command line has just read and checked (or null). */
  static ConfigurableApplicationContext start(
      Workspace workspace, ProgrammeDefinition checked, List<String> springProperties) {
    return start(HabitTrendsApplication.class, workspace, checked, springProperties);
  }

  /**
   * A context with only the database in it (see {@link DatabaseOnlyContext}), for commands that
   * read it and start no job.
   */
  static ConfigurableApplicationContext startDatabaseOnly(
      Workspace workspace, List<String> springProperties) {
    return start(DatabaseOnlyContext.class, workspace, null, springProperties);
  }

  private static ConfigurableApplicationContext start(
      Class<?> configuration,
      Workspace workspace,
      ProgrammeDefinition checked,
      List<String> springProperties) {
    List<String> args = new ArrayList<>(springProperties);
    args.add("--" + HabitTrendsApplication.WORKSPACE_PROPERTY + "=" + workspace.root());
    SpringApplicationBuilder builder = new SpringApplicationBuilder(configuration);
    if (checked != null) {
      builder.initializers(
          context ->
              context
                  .getBeanFactory()
                  .registerSingleton("checkedProgramme", new CheckedProgramme(workspace, checked)));
    }
    // Without Flyway when the database holds every migration of the jar (see CurrentSchema).
    CurrentSchema[] schema = new CurrentSchema[1];
    builder.initializers(context -> schema[0] = CurrentSchema.apply(context.getEnvironment()));
    try {
      return builder
          .logStartupInfo(false)
          // GracefulStop handles Ctrl-C: Boot's hook would close the context under a running job.
          .registerShutdownHook(false)
          .run(args.toArray(String[]::new));
    } finally {
      if (schema[0] != null) {
        schema[0].close();
      }
    }
  }

  /** True when the failure comes from the database: unreachable, refused, locked. */
  static boolean isDatabaseFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException || t instanceof java.net.ConnectException) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the embedded H2 file database is open in another process (H2 error 90020, "Database
   * may be already in use"): another habit-trends run is working on this workspace.
   */
  static boolean isDatabaseInUse(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message, which is usually the one a person can act on. */
  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
