package org.habittrends.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The reports/ folder. A PDF is written under a hidden temporary name and moved into place
 * atomically, so the folder never holds a half-written report, even after a crash.
 */
final class ReportFolder {

  private static final String TEMP_SUFFIX = ".pdf.tmp";

  private final Path folder;

  ReportFolder(Path folder) {
    this.folder = folder;
  }

  /**
   * reports/ for the full reports; reports/progress/wave-k/ for progress reports as of wave k, so a
   * progress report never replaces an end-of-programme one.
   */
  static ReportFolder of(Path reports, int asOf) {
    return new ReportFolder(
        asOf == LeaderReportQueries.ALL_WAVES
            ? reports
            : reports.resolve("progress").resolve("wave-" + asOf));
  }

  Path folder() {
    return folder;
  }

  /**
   * The cohort report's own folder, cohort/ under this one: reports/ itself holds exactly one PDF
   * per leader, which delivery and status rely on.
   */
  ReportFolder cohort() {
    return new ReportFolder(folder.resolve("cohort"));
  }

  Path cohortTarget() {
    return folder.resolve(COHORT_FILE);
  }

  static final String COHORT_FILE = "cohort-report.pdf";

  /** {@code L01-zoe-orsted.pdf}: the leader id and an ASCII slug of the name. */
  Path target(String leaderId, String leaderName) {
    String slug = slug(leaderName);
    return folder.resolve(slug.isEmpty() ? leaderId + ".pdf" : leaderId + "-" + slug + ".pdf");
  }

  private Path temporary(Path target) throws IOException {
    Files.createDirectories(folder);
    return folder.resolve(
        "." + target.getFileName().toString().replaceFirst("\\.pdf$", "") + TEMP_SUFFIX);
  }

  /** What writes a report's bytes. */
  interface Rendering {
    void renderTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a report to the temporary file of {@code target} and returns that file; on failure
   * removes it, so nothing half-written remains.
   */
  Path writeTemporary(Path target, Rendering rendering) throws IOException {
    Path temporary = temporary(target);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
      rendering.renderTo(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return temporary;
  }

  void publish(Path temporary, Path target) throws IOException {
    Files.move(
        temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes temporary files a crashed run left behind. */
  int removeLeftovers() {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        removed += Files.deleteIfExists(temp) ? 1 : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return removed;
  }

  static String slug(String name) {
    // Letters that do not decompose into ASCII plus a mark get an explicit spelling.
    String text =
        name.replace("Ø", "O")
            .replace("ø", "o")
            .replace("Ł", "L")
            .replace("ł", "l")
            .replace("Đ", "D")
            .replace("đ", "d")
            .replace("ß", "ss")
            .replace("Æ", "AE")
            .replace("æ", "ae")
            .replace("Œ", "OE")
            .replace("œ", "oe")
            .replace("Þ", "Th")
            .replace("þ", "th")
            .replace("ı", "i");
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
