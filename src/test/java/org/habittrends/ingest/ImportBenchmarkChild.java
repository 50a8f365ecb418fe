package org.habittrends.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One cold measurement of {@link ImportBenchmarkTest}: the first work of a fresh JVM, as a
 * scheduled run meets it. {@code bare FILE}, {@code h2 WORKSPACE} or {@code postgresql WORKSPACE
 * JDBC-URL}; prints the milliseconds on its last line. The database is set up before the clock
 * starts, as the application migrates it before its import step.
 */
public final class ImportBenchmarkChild {

  private ImportBenchmarkChild() {}

  public static void main(String[] args) throws Exception {
    long ms =
        switch (args[0]) {
          case "bare" ->
              ImportBenchmarkTest.time(() -> ImportBenchmarkTest.bareParse(Path.of(args[1])));
          case "h2" ->
              ImportBenchmarkTest.importInto(
                  Path.of(args[1]), ImportBenchmarkTest.h2(Path.of(args[1])));
          case "postgresql" ->
              ImportBenchmarkTest.importInto(
                  Path.of(args[1]), ImportBenchmarkTest.postgres(args[2]));
          default -> throw new IllegalArgumentException("bare, h2 or postgresql: " + args[0]);
        };
    System.out.println(ms);
  }

  /** Runs {@code args} in a fresh JVM with this JVM's heap settings; its milliseconds. */
  static long inFreshJvm(List<String> args, Path dir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("-Xm") || option.startsWith("-XX:+Use")) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ImportBenchmarkChild.class.getName());
    command.addAll(args);
    Path log = Files.createTempFile(dir, "cold-" + args.get(0), ".log");
    Process child =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!child.waitFor(30, TimeUnit.MINUTES) || child.exitValue() != 0) {
      child.destroyForcibly();
      throw new IllegalStateException(
          "the fresh JVM for " + args.get(0) + " failed; its output is in " + log);
    }
    List<String> lines = Files.readAllLines(log);
    return Long.parseLong(lines.get(lines.size() - 1).trim());
  }
}
