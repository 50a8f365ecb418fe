package org.habittrends.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Verdict;

/**
 * The programme's cohort report for coach and sponsor: habits across leaders, each leader's
 * verdicts, change by follow-up level, response rates and the import summary. It holds no
 * stakeholder-level data.
 *
 * @param asOfWave for a progress report, the last wave it covers; null for the full report
 */
public record CohortReport(
    String programmeName,
    String sponsor,
    Locale language,
    Anonymity anonymity,
    Integer asOfWave,
    String dataWave,
    LocalDate dataDate,
    List<HabitSummary> habits,
    List<LeaderLine> leaders,
    List<FollowUpLevel> followUps,
    List<WaveRate> waves,
    List<ImportedFile> imports) {

  public CohortReport {
    habits = List.copyOf(habits);
    leaders = List.copyOf(leaders);
    followUps = List.copyOf(followUps);
    waves = List.copyOf(waves);
    imports = List.copyOf(imports);
  }

  /** One habit across the leaders who chose it, wave by wave. */
  public record HabitSummary(String code, String title, List<HabitWave> waves) {
    public HabitSummary {
      waves = List.copyOf(waves);
    }
  }

  /** Mean and CI are null when withheld (1 to k − 1 ratings) or without ratings. */
  public record HabitWave(
      int waveNo, String label, int leaders, int n, Double mean, Double ciLow, Double ciHigh) {}

  /**
   * One leader's goal and its verdict; {@code finalMean} is the latest rated wave's mean, null when
   * there is none or when that wave is {@code finalWithheld} (1 to k − 1 ratings).
   */
  public record LeaderLine(
      String leaderId,
      String name,
      String coach,
      int goalNo,
      String goal,
      Verdict verdict,
      Double finalMean,
      boolean finalWithheld) {
    public LeaderLine {
      finalMean = finalWithheld ? null : finalMean;
    }

    public LeaderLine(
        String leaderId,
        String name,
        String coach,
        int goalNo,
        String goal,
        Verdict verdict,
        Double finalMean) {
      this(leaderId, name, coach, goalNo, goal, verdict, finalMean, false);
    }
  }

  /**
   * Perceived change at one follow-up level (the contact-sport table); mean and distribution are
   * empty when fewer than k ratings.
   *
   * @param distribution counts of ratings −3..+3
   */
  public record FollowUpLevel(String level, int n, Double mean, List<Integer> distribution) {
    public FollowUpLevel {
      distribution = List.copyOf(distribution);
    }
  }

  public record WaveRate(int waveNo, String label, int invited, int responded, Double rate) {}

  /**
   * One file of the import ledger. Of the rows it imported, {@code rowsReplaced} were replaced
   * since by a later file's answers (the same answers exported again, or corrected); the rest are
   * its answers stored now, so that imported − replaced summed over the files is the number of
   * stored answers.
   */
  public record ImportedFile(
      String name, String status, int rowsImported, int rowsReplaced, int rowsRejected) {
    /** The file's answers stored now. */
    public int rowsStored() {
      return rowsImported - rowsReplaced;
    }
  }

  /** The same report with every free text passed through {@code text}. */
  public CohortReport withText(UnaryOperator<String> text) {
    return new CohortReport(
        text.apply(programmeName),
        text.apply(sponsor),
        language,
        anonymity,
        asOfWave,
        text.apply(dataWave),
        dataDate,
        habits.stream()
            .map(
                h ->
                    new HabitSummary(
                        h.code(),
                        text.apply(h.title()),
                        h.waves().stream()
                            .map(
                                w ->
                                    new HabitWave(
                                        w.waveNo(),
                                        text.apply(w.label()),
                                        w.leaders(),
                                        w.n(),
                                        w.mean(),
                                        w.ciLow(),
                                        w.ciHigh()))
                            .toList()))
            .toList(),
        leaders.stream()
            .map(
                l ->
                    new LeaderLine(
                        l.leaderId(),
                        text.apply(l.name()),
                        text.apply(l.coach()),
                        l.goalNo(),
                        text.apply(l.goal()),
                        l.verdict(),
                        l.finalMean(),
                        l.finalWithheld()))
            .toList(),
        followUps,
        waves.stream()
            .map(
                w ->
                    new WaveRate(
                        w.waveNo(), text.apply(w.label()), w.invited(), w.responded(), w.rate()))
            .toList(),
        imports.stream()
            .map(
                f ->
                    new ImportedFile(
                        text.apply(f.name()),
                        f.status(),
                        f.rowsImported(),
                        f.rowsReplaced(),
                        f.rowsRejected()))
            .toList());
  }
}
