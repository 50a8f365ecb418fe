package org.habittrends.report;

import java.time.LocalDate;
import java.util.List;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.Trend;
import org.habittrends.report.LeaderReport.WaveRow;

/** Report models built by hand, covering the awkward cases a renderer must survive. */
final class SampleReports {

  private SampleReports() {}

  /** Two goals: one over three waves with an empty middle wave, one with a single wave. */
  static LeaderReport zoe() {
    GoalSection listening =
        new GoalSection(
            1,
            "Listen to the end before I answer",
            "Not listening",
            List.of(
                new WaveRow(1, "Wave 1", LocalDate.of(2026, 3, 20), 8, 9, 0.4, -0.3, 1.1, 4, 3, 1),
                new WaveRow(
                    2, "Wave 2", LocalDate.of(2026, 5, 22), 0, 9, null, null, null, 0, 0, 0),
                new WaveRow(
                    3, "Wave 3", LocalDate.of(2026, 7, 17), 8, 9, 1.875, 1.2, 2.55, 7, 1, 0)),
            new Trend(Verdict.IMPROVING_SIGNIFICANT, 0.74, 0.0004, 0.0002, 2, 16));
    GoalSection recognition =
        new GoalSection(
            2,
            "Failing to give proper recognition",
            "Failing to give proper recognition",
            List.of(
                new WaveRow(
                    3, "Wave 3", LocalDate.of(2026, 7, 17), 3, 9, -0.333, -2.2, 1.5, 1, 0, 2)),
            Trend.insufficient());
    return new LeaderReport(
        "Nordlys Leadership 2026",
        "Kari Nordmann, HR",
        "L01",
        "Zoë Ørsted",
        "Łukasz Wąsik",
        "Wave 3",
        LocalDate.of(2026, 7, 17),
        List.of(listening, recognition));
  }
}
