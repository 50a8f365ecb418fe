package org.habittrends.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.DataLoss;
import org.habittrends.ingest.ImportCheck;
import org.habittrends.roster.ProgrammeDefinition;
import org.habittrends.roster.ProgrammeFiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code check} command: a dry run of the import on the files in inbox/, with no Spring
 * context, no database and no file moved, so a coach can see in a second how each export is read
 * before it is imported. Exits with the data-loss code when a file would lose more than the allowed
 * share.
 */
final class Check {

  /** The environment variable Spring would bind to {@link DataLoss#MAX_REJECT_SHARE_PROPERTY}. */
  private static final String MAX_REJECT_SHARE_ENV = "HABIT_TRENDS_IMPORT_MAXREJECTSHARE";

  private final PrintStream out;
  private final PrintStream err;

  Check(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** The JSON document of {@code check --json}. */
  record Report(
      String programme,
      double maxRejectShare,
      boolean dataLost,
      List<String> filesLosingData,
      List<ImportCheck.FileCheck> files) {}

  ExitCode run(Workspace workspace, List<String> springProperties, boolean json) {
    ProgrammeDefinition definition = ProgrammeFiles.load(workspace);
    double maxShare;
    try {
      maxShare =
          maxRejectShare(
              springProperties, System.getenv(), definition.importSettings().maxRejectShare());
      DataLoss.lost(List.of(), maxShare);
    } catch (IllegalArgumentException e) {
      err.println("habit-trends: " + e.getMessage());
      return ExitCode.USAGE;
    }
    List<ImportCheck.FileCheck> files;
    try {
      files =
          new ImportCheck(
                  definition.programme(),
                  definition.leaders(),
                  definition.stakeholders(),
                  definition.importSettings())
              .inbox(workspace.inbox());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DataLoss.FileCounts> lost =
        DataLoss.lost(files.stream().map(ImportCheck.FileCheck::counts).toList(), maxShare);
    if (json) {
      out.println(
          JsonMapper.builder()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build()
              .writeValueAsString(
                  new Report(
                      definition.programme().id(),
                      maxShare,
                      !lost.isEmpty(),
                      lost.stream().map(DataLoss.FileCounts::file).toList(),
                      files)));
    } else {
      print(files);
      out.println(summary(files));
    }
    if (lost.isEmpty()) {
      return ExitCode.OK;
    }
    err.println("habit-trends: " + DataLoss.headline(lost.size(), maxShare));
    lost.forEach(file -> err.println("  " + file.describe()));
    return ExitCode.DATA_LOST;
  }

  /** {@code --habit-trends.import.max-reject-share=…}, else the environment, else the default. */
  static double maxRejectShare(List<String> springProperties, Map<String, String> environment) {
    return maxRejectShare(springProperties, environment, null);
  }

  /** As above, with programme.yml's {@code import: max-reject-share:} before the default. */
  static double maxRejectShare(
      List<String> springProperties, Map<String, String> environment, Double programme) {
    String prefix = "--" + DataLoss.MAX_REJECT_SHARE_PROPERTY + "=";
    String value =
        springProperties.stream()
            .filter(p -> p.startsWith(prefix))
            .map(p -> p.substring(prefix.length()))
            .reduce((first, last) -> last)
            .orElse(environment.get(MAX_REJECT_SHARE_ENV));
    if (value == null || value.isBlank()) {
      return programme == null ? DataLoss.DEFAULT_MAX_REJECT_SHARE : programme;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          DataLoss.MAX_REJECT_SHARE_PROPERTY + " must be a number such as 0.2, not " + value);
    }
  }

  private void print(List<ImportCheck.FileCheck> files) {
    if (files.isEmpty()) {
      out.println("inbox/ holds no export files.");
    }
    for (ImportCheck.FileCheck file : files) {
      out.println(file.file());
      if (file.unreadable() != null) {
        out.println("  would not be imported at all: " + file.unreadable());
        out.println();
        continue;
      }
      out.println(
          "  layout: "
              + file.layout()
              + "; header on line "
              + (file.firstHeaderLine() == file.lastHeaderLine()
                  ? String.valueOf(file.lastHeaderLine())
                  : file.firstHeaderLine() + "-" + file.lastHeaderLine()));
      int width = file.columns().stream().mapToInt(c -> c.header().length()).max().orElse(6);
      width = Math.min(Math.max(width, 6), 60);
      out.printf("  %3s  %-" + width + "s  %s%n", "col", "header", "read as");
      for (ImportCheck.Column column : file.columns()) {
        out.printf(
            "  %3d  %-" + width + "s  %s%n",
            column.number(),
            shorten(column.header(), width),
            column.role());
      }
      out.println(
          "  date order: "
              + (file.dateOrder() == null
                  ? "not needed (no date such as 03/04/2026)"
                  : file.dateOrder().toLowerCase(Locale.ROOT).replace('_', '-')
                      + ", "
                      + file.dateOrderWhy()));
      out.printf(
          Locale.ROOT,
          "  %d rows: %d would be imported, %d rejected (%.0f %%)%n",
          file.read(),
          file.wouldImport(),
          file.wouldReject(),
          file.counts().rejectShare() * 100);
      if (file.unanswered() != null) {
        out.println(
            "  no answer would be imported for "
                + file.unanswered()
                + ", although rows of the file name them (data lost)");
      }
      for (ImportCheck.Reason reason : file.reasons().stream().limit(5).toList()) {
        out.println(
            "    "
                + reason.rows()
                + " x "
                + reason.reason()
                + " (line"
                + (reason.lines().size() == 1 ? " " : "s ")
                + String.join(", ", reason.lines().stream().map(String::valueOf).toList())
                + (reason.rows() > reason.lines().size() ? ", …" : "")
                + ")");
      }
      if (file.reasons().size() > 5) {
        out.println("    … and " + (file.reasons().size() - 5) + " more reason(s): see --json");
      }
      out.println();
    }
  }

  private static String summary(List<ImportCheck.FileCheck> files) {
    int read = files.stream().mapToInt(ImportCheck.FileCheck::read).sum();
    int imported = files.stream().mapToInt(ImportCheck.FileCheck::wouldImport).sum();
    return String.format(
        "check: %d file(s), %d rows, %d would be imported, %d rejected; nothing was changed",
        files.size(), read, imported, read - imported);
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
