package org.habittrends.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fingerprints of the written reports (table report_fingerprint) and of the analysed inputs
 * (analysed_leader). A report is up to date when its stored fingerprint equals the new one and its
 * file is still the one written: same size and SHA-256, so a deleted or edited file is written
 * again.
 */
public final class ReportLedger {

  /** {@code as_of_wave} of a full (not progress) report. */
  public static final int FULL = 0;

  private final JdbcTemplate jdbc;
  private final String programmeId;
  private final Path workspace;

  public ReportLedger(JdbcTemplate jdbc, String programmeId, Path workspace) {
    this.jdbc = jdbc;
    this.programmeId = programmeId;
    this.workspace = workspace.toAbsolutePath();
  }

  public boolean upToDate(String report, int asOf, String fingerprint) {
    List<Stored> stored =
        jdbc.query(
            "select path, fingerprint, file_size, sha256 from report_fingerprint"
                + " where programme_id = ? and report_key = ? and as_of_wave = ?",
            (rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
            programmeId,
            report,
            asOf);
    if (stored.isEmpty() || !stored.get(0).fingerprint().equals(fingerprint)) {
      return false;
    }
    Path file = workspace.resolve(stored.get(0).path());
    try {
      return Files.isRegularFile(file)
          && Files.size(file) == stored.get(0).size()
          && Digest.ofFile(file).equals(stored.get(0).sha256());
    } catch (IOException e) {
      return false;
    }
  }

  /** Records that {@code file} was written from inputs with this fingerprint. */
  public void record(String report, int asOf, Path file, String fingerprint) {
    Path absolute = file.toAbsolutePath();
    String path =
        absolute.startsWith(workspace)
            ? workspace.relativize(absolute).toString()
            : absolute.toString();
    try {
      long size = Files.size(file);
      String sha = Digest.ofFile(file);
      jdbc.update(
          "delete from report_fingerprint"
              + " where programme_id = ? and report_key = ? and as_of_wave = ?",
          programmeId,
          report,
          asOf);
      jdbc.update(
          "insert into report_fingerprint"
              + " (programme_id, report_key, as_of_wave, path, fingerprint, file_size, sha256)"
              + " values (?, ?, ?, ?, ?, ?, ?)",
          programmeId,
          report,
          asOf,
          path,
          fingerprint,
          size,
          sha);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back " + file, e);
    }
  }

  /** The fingerprints the result tables were computed from, by leader id. */
  public Map<String, String> analysed() {
    Map<String, String> analysed = new LinkedHashMap<>();
    jdbc.query(
        "select leader_id, fingerprint from analysed_leader where programme_id = ?"
            + " order by leader_id",
        rs -> {
          analysed.put(rs.getString(1), rs.getString(2));
        },
        programmeId);
    return analysed;
  }

  /** Replaces the analysed fingerprints: called in the analyse step's transaction. */
  public void analysed(Map<String, String> fingerprints) {
    jdbc.update("delete from analysed_leader where programme_id = ?", programmeId);
    jdbc.batchUpdate(
        "insert into analysed_leader (programme_id, leader_id, fingerprint) values (?, ?, ?)",
        fingerprints.entrySet().stream()
            .map(e -> new Object[] {programmeId, e.getKey(), e.getValue()})
            .toList());
  }

  private record Stored(String path, String fingerprint, long size, String sha256) {}
}
