package org.habittrends.launch;

/** Process exit codes; documented in README.md and jobs/README.md, so never renumber. */
enum ExitCode {
  OK(0, "success"),
  INTERNAL_ERROR(1, "unexpected internal error (a bug: please report it with the log)"),
  USAGE(2, "bad command line"),
  INVALID_WORKSPACE(3, "workspace missing or invalid (programme.yml, roster.xlsx)"),
  JOB_FAILED(4, "a step failed; fix the cause and run the same command again"),
  DATABASE_UNAVAILABLE(5, "database unreachable"),
  ANOTHER_RUN(6, "another run of this programme is in progress; not started"),
  DELIVERY_INCOMPLETE(7, "deliver: some reports could not be delivered (bad address, refused)"),
  DATA_LOST(
      8,
      "data lost: a file lost more than the allowed share of its rows (default 20 %), left a"
          + " leader's wave without answers, or could not be read; the reports were written from"
          + " the rest");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  int code() {
    return code;
  }

  String meaning() {
    return meaning;
  }
}
