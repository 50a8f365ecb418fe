package org.habittrends.launch;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.habittrends.domain.Workspace;
import org.habittrends.launch.Arguments.UsageException;
import org.habittrends.roster.InvalidWorkspaceException;
import org.habittrends.roster.ProgrammeDefinition;
import org.habittrends.roster.ProgrammeFiles;
import org.habittrends.sample.SampleProgrammeGenerator;

/**
 * The command line: parses arguments, checks the workspace before anything starts, runs the command
 * and turns every outcome into a documented exit code and a sentence for people.
 */
public final class CommandLineLauncher {

  private CommandLineLauncher() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.print(HelpText.general());
      return ExitCode.OK.code();
    }
    try {
      Arguments arguments = Arguments.parse(args);
      if (arguments.help()) {
        out.print(HelpText.of(arguments.command()));
        return ExitCode.OK.code();
      }
      return execute(arguments, out, err).code();
    } catch (UsageException e) {
      err.println("habit-trends: " + e.getMessage());
      err.println("Try 'java -jar habit-trends.jar --help'.");
      return ExitCode.USAGE.code();
    } catch (InvalidWorkspaceException e) {
      err.println("habit-trends: " + e.getMessage());
      return ExitCode.INVALID_WORKSPACE.code();
    }
  }

  private static ExitCode execute(Arguments arguments, PrintStream out, PrintStream err)
      throws UsageException {
    Command command = arguments.command();
    return switch (command) {
      case SAMPLE_DATA -> sampleData(arguments, out);
      case BENCHMARK ->
          new Benchmark(out)
              .run(
                  arguments.path("out"),
                  arguments.number("seed", 2026),
                  (int) arguments.number("leaders", 1000));
      case STATUS -> {
        Workspace workspace = existingWorkspace(arguments);
        yield new Status(out, err)
            .show(
                workspace,
                ProgrammeFiles.programme(workspace),
                arguments.springProperties(),
                arguments.flag("json"));
      }
      case CHECK ->
          new Check(out, err)
              .run(workspace(arguments), arguments.springProperties(), arguments.flag("json"));
      case SCHEDULE -> schedule(arguments, out, err);
      case REIMPORT ->
          new Reimport(out, err)
              .run(workspace(arguments), arguments.files(), arguments.springProperties());
      default -> {
        CheckedWorkspace checked = checkedWorkspace(arguments);
        yield new PipelineRun(out, err)
            .run(
                command,
                checked.workspace(),
                checked.definition(),
                arguments.springProperties(),
                // Arguments accepts each flag only for its commands: deliver, run/analyse/report
                arguments.flag("dry-run"),
                arguments.flag("all"));
      }
    };
  }

  private static ExitCode schedule(Arguments arguments, PrintStream out, PrintStream err)
      throws UsageException {
    Schedule schedule = new Schedule(out, err);
    var cron = schedule.parse(arguments.text("cron"));
    if (cron == null) {
      return ExitCode.USAGE;
    }
    return schedule.run(workspace(arguments), cron, arguments.springProperties());
  }

  private static ExitCode sampleData(Arguments arguments, PrintStream out) throws UsageException {
    Path dir = arguments.path("out");
    var summary =
        SampleProgrammeGenerator.generate(
            dir, arguments.number("seed", 2026), (int) arguments.number("leaders", 12));
    out.println("Wrote a sample programme to " + dir.toAbsolutePath() + ": " + summary);
    return ExitCode.OK;
  }

  /** The workspace, copied from --init-from when asked, and checked before Spring starts. */
  private static Workspace workspace(Arguments arguments) throws UsageException {
    return checkedWorkspace(arguments).workspace();
  }

  /** A workspace and the programme definition its files gave when it was checked. */
  private record CheckedWorkspace(Workspace workspace, ProgrammeDefinition definition) {}

  private static CheckedWorkspace checkedWorkspace(Arguments arguments) throws UsageException {
    Workspace workspace = existingWorkspace(arguments);
    return new CheckedWorkspace(workspace, ProgrammeFiles.load(workspace));
  }

  /** The workspace folder, copied from --init-from when asked; its files are not read yet. */
  private static Workspace existingWorkspace(Arguments arguments) throws UsageException {
    Path root = arguments.path("workspace");
    Path template = arguments.optionalPath("init-from");
    if (template != null) {
      WorkspaceCopy.initialise(template, root);
    }
    if (!Files.isDirectory(root)) {
      throw new InvalidWorkspaceException(
          "workspace " + root.toAbsolutePath() + " does not exist",
          java.util.List.of(
              "create it with programme.yml, roster.xlsx and inbox/ (see README.md)"));
    }
    return new Workspace(root);
  }
}
