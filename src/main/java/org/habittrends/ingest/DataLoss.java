package org.habittrends.ingest;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.habittrends.ingest.store.ImportRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data-loss rule: an import that quietly drops most of a file (a wrong or missing mapping, a
 * new survey tool) must not look like a success. A file loses data when more than {@code
 * maxRejectShare} of its rows were rejected, when it could not be read at all, or when a leader's
 * wave that its rows name got no answer from it (imported_file.unanswered). The counts come from
 * the file ledger (imported_file) and the reject table, so the run, the coach summary and the check
 * command all judge the same numbers.
 */
public final class DataLoss {

  /** The setting that overrides {@link #DEFAULT_MAX_REJECT_SHARE}. */
  public static final String MAX_REJECT_SHARE_PROPERTY = "habit-trends.import.max-reject-share";

  public static final double DEFAULT_MAX_REJECT_SHARE = 0.20;

  private static final int TOP_REASONS = 3;

  private DataLoss() {}

  /** How often one reason was given, and on which line first. */
  public record ReasonCount(String reason, long rows, int firstLine) {}

  /**
   * One file's counts; {@code unreadable} when the file as a whole was rejected ({@code reasons}
   * then holds its one reason); {@code unanswered} the leaders' waves its rows name that got no
   * answer ("L03 wave 1, 2"), or null.
   */
  public record FileCounts(
      String file,
      int read,
      int imported,
      int rejected,
      boolean unreadable,
      List<ReasonCount> reasons,
      String unanswered) {

    public FileCounts {
      reasons = List.copyOf(reasons);
    }

    public FileCounts(
        String file,
        int read,
        int imported,
        int rejected,
        boolean unreadable,
        List<ReasonCount> reasons) {
      this(file, read, imported, rejected, unreadable, reasons, null);
    }

    /** The share of read rows that were rejected; 1 for an unreadable file. */
    public double rejectShare() {
      if (unreadable) {
        return 1;
      }
      return read == 0 ? 0 : (double) rejected / read;
    }

    /** One sentence for the log, the run's output and the coach: file, counts, top reasons. */
    public String describe() {
      StringBuilder text = new StringBuilder(file);
      if (unreadable) {
        text.append(": not imported at all");
      } else {
        text.append(
            String.format(
                Locale.ROOT,
                ": %d of %d rows rejected (%.0f %%), %d imported",
                rejected,
                read,
                rejectShare() * 100,
                imported));
      }
      if (unanswered != null) {
        text.append("; no answer imported for ").append(unanswered);
        text.append(" although rows of the file name them");
      }
      if (!reasons.isEmpty()) {
        text.append("; ");
        for (int i = 0; i < reasons.size(); i++) {
          ReasonCount reason = reasons.get(i);
          text.append(i == 0 ? "" : "; ").append(reason.reason());
          if (!unreadable) {
            text.append(" (").append(reason.rows()).append(" rows, first on line ");
            text.append(reason.firstLine()).append(')');
          }
        }
      }
      return text.toString();
    }
  }

  /** The files that lost data under the rule, in the given order. */
  public static List<FileCounts> lost(List<FileCounts> files, double maxRejectShare) {
    if (!(maxRejectShare >= 0 && maxRejectShare <= 1)) {
      throw new IllegalArgumentException(
          MAX_REJECT_SHARE_PROPERTY + " must be between 0 and 1, not " + maxRejectShare);
    }
    return files.stream()
        .filter(f -> f.unreadable() || f.unanswered() != null || f.rejectShare() > maxRejectShare)
        .toList();
  }

  /** The sentence that heads the list of files that lost data. */
  public static String headline(int files, double maxRejectShare) {
    return String.format(
        Locale.ROOT,
        "data lost: %d file(s) lost more than %.0f %% of their rows, left a leader's wave"
            + " without answers or could not be read (%s)",
        files,
        maxRejectShare * 100,
        MAX_REJECT_SHARE_PROPERTY);
  }

  /**
   * The ledger's counts for the files this programme took from inbox/ at or after {@code since}.
   */
  public static List<FileCounts> filesSince(
      JdbcTemplate jdbc, String programmeId, LocalDateTime since) {
    record Ledger(
        long id,
        String name,
        String status,
        int read,
        int imported,
        int rejected,
        String message,
        String unanswered) {}
    List<Ledger> rows =
        jdbc.query(
            "select id, file_name, status, rows_read, rows_imported, rows_rejected, message,"
                + " unanswered from imported_file where programme_id = ? and imported_at >= ?"
                + " and status in (?, ?) order by id",
            (rs, n) ->
                new Ledger(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getString(7),
                    rs.getString(8)),
            programmeId,
            Timestamp.valueOf(since),
            ImportRepository.IMPORTED,
            ImportRepository.REJECTED);
    List<FileCounts> files = new ArrayList<>();
    for (Ledger row : rows) {
      boolean unreadable = ImportRepository.REJECTED.equals(row.status());
      List<ReasonCount> reasons =
          unreadable
              ? List.of(new ReasonCount(String.valueOf(row.message()), 0, 0))
              : jdbc.query(
                  "select reason, count(*), min(line_no) from reject where file_id = ?"
                      + " group by reason order by count(*) desc, min(line_no) limit "
                      + TOP_REASONS,
                  (rs, n) -> new ReasonCount(rs.getString(1), rs.getLong(2), rs.getInt(3)),
                  row.id());
      files.add(
          new FileCounts(
              row.name(),
              row.read(),
              row.imported(),
              row.rejected(),
              unreadable,
              reasons,
              stillUnanswered(jdbc, programmeId, row.unanswered())));
    }
    return files;
  }

  /**
   * Of a file's leader waves without answers ("L03 wave 1, 2; L05 wave 2"), those that no file has
   * answered by now; null when none.
   */
  private static String stillUnanswered(JdbcTemplate jdbc, String programmeId, String named) {
    if (named == null) {
      return null;
    }
    List<String> lost = new ArrayList<>();
    for (String leaderWaves : named.split("; ")) {
      int at = leaderWaves.lastIndexOf(" wave ");
      String leader = leaderWaves.substring(0, at);
      List<String> waves = new ArrayList<>();
      for (String wave : leaderWaves.substring(at + " wave ".length()).split(", ")) {
        Integer answers =
            jdbc.queryForObject(
                "select count(*) from survey_response where programme_id = ? and leader_id = ?"
                    + " and wave_no = ?",
                Integer.class,
                programmeId,
                leader,
                Integer.valueOf(wave));
        if (answers == null || answers == 0) {
          waves.add(wave);
        }
      }
      if (!waves.isEmpty()) {
        lost.add(leader + " wave " + String.join(", ", waves));
      }
    }
    return lost.isEmpty() ? null : String.join("; ", lost);
  }
}
