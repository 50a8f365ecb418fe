package org.habittrends.launch;

import java.util.Arrays;
import java.util.Optional;

/** What the user asked for; the first word on the command line. */
enum Command {
  RUN("run", "import new files, analyse, and write reports (the whole pipeline)"),
  IMPORT("import", "load the roster and import new export files from inbox/"),
  REIMPORT(
      "reimport",
      "import files again (named, from processed/, rejected/ or inbox/), replacing their answers"),
  ANALYSE(
      "analyse",
      "recompute the results of the leaders whose inputs changed (--all: of every leader)"),
  REPORT(
      "report",
      "write one PDF per leader into reports/ (those whose inputs changed; --all: every one)"),
  DELIVER(
      "deliver", "e-mail each leader their latest report (or --dry-run: .eml files in outbox/)"),
  SCHEDULE("schedule", "run the pipeline on a cron expression, in this process, until Ctrl-C"),
  CHECK(
      "check",
      "dry run of the import: how each file in inbox/ is read and what it would lose; changes"
          + " nothing"),
  STATUS("status", "show recent runs and what waits in inbox/, rejected/, reports/ and delivery"),
  SAMPLE_DATA("sample-data", "generate a synthetic programme workspace"),
  BENCHMARK("benchmark", "generate a large programme and time each step");

  private final String word;
  private final String summary;

  Command(String word, String summary) {
    this.word = word;
    this.summary = summary;
  }

  String word() {
    return word;
  }

  String summary() {
    return summary;
  }

  boolean runsJob() {
    return this == RUN || this == IMPORT || this == ANALYSE || this == REPORT || this == DELIVER;
  }

  static Optional<Command> of(String word) {
    return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
  }
}
