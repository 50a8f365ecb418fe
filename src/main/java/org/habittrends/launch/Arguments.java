package org.habittrends.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command, its options, and Spring properties passed through ({@code
 * --spring.datasource.url=…}, {@code --habit-trends.mail.from=…}, {@code --logging.…}).
 */
/**
 * @param files the words that are not options: file names, for commands that take them
 */
record Arguments(
    Command command,
    Map<String, String> options,
    List<String> springProperties,
    List<String> files) {

  /** Property prefixes handed to Spring as they are: --spring.mail.host=…, --logging.level.x=… */
  private static final List<String> PASSED_THROUGH =
      List.of("--spring.", "--habit-trends.", "--logging.");

  private static final Set<Command> TAKE_FILES = Set.of(Command.REIMPORT);
  private static final Set<String> FLAGS = Set.of("help", "json", "dry-run", "all");
  private static final Map<Command, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry(Command.RUN, Set.of("workspace", "init-from", "all")),
          Map.entry(Command.IMPORT, Set.of("workspace")),
          Map.entry(Command.REIMPORT, Set.of("workspace")),
          Map.entry(Command.ANALYSE, Set.of("workspace", "all")),
          Map.entry(Command.REPORT, Set.of("workspace", "all")),
          Map.entry(Command.DELIVER, Set.of("workspace", "dry-run")),
          Map.entry(Command.SCHEDULE, Set.of("workspace", "cron")),
          Map.entry(Command.STATUS, Set.of("workspace", "json")),
          Map.entry(Command.CHECK, Set.of("workspace", "init-from", "json")),
          Map.entry(Command.SAMPLE_DATA, Set.of("out", "seed", "leaders")),
          Map.entry(Command.BENCHMARK, Set.of("out", "seed", "leaders")));

  /** Thrown for a command line we cannot understand; the message is for the user. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static Arguments parse(String[] args) throws UsageException {
    if (args.length == 0) {
      throw new UsageException("no command given");
    }
    Command command =
        Command.of(args[0])
            .orElseThrow(() -> new UsageException("unknown command \"" + args[0] + "\""));
    Map<String, String> options = new HashMap<>();
    List<String> spring = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") && TAKE_FILES.contains(command)) {
        files.add(arg);
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument \"" + arg + "\"");
      }
      if (PASSED_THROUGH.stream().anyMatch(arg::startsWith)) {
        spring.add(arg);
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!name.equals("help") && !ALLOWED.get(command).contains(name)) {
        throw new UsageException("option --" + name + " does not apply to " + command.word());
      }
      if (value == null && !FLAGS.contains(name)) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new UsageException("option --" + name + " needs a value");
        }
        value = args[++i];
      }
      options.put(name, value == null ? "true" : value);
    }
    return new Arguments(command, Map.copyOf(options), List.copyOf(spring), List.copyOf(files));
  }

  boolean help() {
    return options.containsKey("help");
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  Path path(String name) throws UsageException {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException(command.word() + " needs --" + name + " DIR");
    }
    return Path.of(value);
  }

  String text(String name) throws UsageException {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException(command.word() + " needs --" + name);
    }
    return value;
  }

  Path optionalPath(String name) {
    String value = options.get(name);
    return value == null ? null : Path.of(value);
  }

  long number(String name, long fallback) throws UsageException {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " needs a whole number, not \"" + value + "\"");
    }
  }
}
