package org.habittrends.launch;

/** The text of {@code --help}. */
final class HelpText {

  private HelpText() {}

  static String general() {
    StringBuilder text =
        new StringBuilder(
            """
            habit-trends: stakeholder survey trends and reports for leadership coaching programmes

            Usage: java -jar habit-trends.jar <command> [options]

            Commands:
            """);
    for (Command command : Command.values()) {
      text.append(String.format("  %-12s %s%n", command.word(), command.summary()));
    }
    text.append(
        """

        Options:
          --workspace DIR     the programme's folder (programme.yml, roster.xlsx, inbox/, ...)
          --init-from DIR     run only: first copy DIR into an empty or missing workspace
          --out DIR           sample-data, benchmark: folder to write the programme into
          --seed N            sample-data, benchmark: random seed (default 2026)
          --leaders N         sample-data, benchmark: number of leaders (default 12; 1000)
          --spring.X=Y        any Spring property, e.g. --spring.datasource.url=jdbc:postgresql://...
          --help              this text; '<command> --help' explains one command

        Database: an embedded H2 file in DIR/.habit-trends/ unless SPRING_DATASOURCE_URL,
        SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD name another (PostgreSQL).

        Exit codes:
        """);
    for (ExitCode code : ExitCode.values()) {
      text.append(String.format("  %d  %s%n", code.code(), code.meaning()));
    }
    return text.toString();
  }

  static String of(Command command) {
    String usage =
        switch (command) {
          case RUN -> "run --workspace DIR [--init-from DIR]";
          case IMPORT, ANALYSE, REPORT -> command.word() + " --workspace DIR";
          case STATUS -> "status --workspace DIR";
          case SAMPLE_DATA, BENCHMARK -> command.word() + " --out DIR [--seed N] [--leaders N]";
        };
    return "Usage: java -jar habit-trends.jar " + usage + "\n\n" + command.summary() + ".\n";
  }
}
