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
          --init-from DIR     run, check: first copy DIR into an empty or missing workspace
          FILE...             reimport: names of files in processed/, rejected/ or inbox/ to
                              import again, replacing their answers (after fixing the mapping)
          --out DIR           sample-data, benchmark: folder to write the programme into
          --seed N            sample-data, benchmark: random seed (default 2026)
          --leaders N         sample-data, benchmark: number of leaders (default 12; 1000)
          --json              status, check: print JSON for machines
          --dry-run           deliver: write the messages to DIR/outbox/*.eml, send nothing
          --all               report, analyse, run: recompute and re-render everything, also
                              what the inputs' fingerprints say is up to date
          --cron EXPR         schedule: when to run, 6 fields with seconds ("0 15 2 * * *" is
                              02:15 daily; "@daily", "@hourly" work too), in local time
          --spring.X=Y        any Spring property, e.g. --spring.datasource.url=jdbc:postgresql://...
          --habit-trends.X=Y  a habit-trends setting, e.g. --habit-trends.mail.from=coach@example.org
          --logging.X=Y       a logging setting, e.g. --logging.structured.format.console=ecs
          --help              this text; '<command> --help' explains one command

        Mail (deliver): SPRING_MAIL_HOST, SPRING_MAIL_PORT, SPRING_MAIL_USERNAME,
        SPRING_MAIL_PASSWORD and HABIT_TRENDS_MAIL_FROM (or --spring.mail.host=... etc.).
        JSON logs: LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs (or logstash, gelf).

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
          case RUN -> "run --workspace DIR [--init-from DIR] [--all]";
          case ANALYSE, REPORT -> command.word() + " --workspace DIR [--all]";
          case IMPORT -> "import --workspace DIR";
          case REIMPORT -> "reimport --workspace DIR FILE...";
          case STATUS -> "status --workspace DIR [--json]";
          case CHECK -> "check --workspace DIR [--init-from DIR] [--json]";
          case DELIVER -> "deliver --workspace DIR [--dry-run]";
          case SCHEDULE -> "schedule --workspace DIR --cron \"0 15 2 * * *\"";
          case SAMPLE_DATA, BENCHMARK -> command.word() + " --out DIR [--seed N] [--leaders N]";
        };
    return "Usage: java -jar habit-trends.jar " + usage + "\n\n" + command.summary() + ".\n";
  }
}
