package org.habittrends.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.habittrends.domain.Anonymity;
import org.habittrends.domain.Verdict;
import org.habittrends.report.LeaderReport.FollowUpRow;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.GroupRow;
import org.habittrends.report.LeaderReport.Trend;
import org.habittrends.report.LeaderReport.WaveRow;

/** Report models built by hand, covering the awkward cases a renderer must survive. */
final class SampleReports {

  /** The peers' mean in wave 3: a hidden group; this number must appear nowhere. */
  static final String HIDDEN_MEAN = "+2.7";

  private SampleReports() {}

  /** Two goals: one over three waves with an empty middle wave, one with a single wave. */
  static LeaderReport zoe() {
    return zoe(Locale.ENGLISH);
  }

  static LeaderReport zoe(Locale language) {
    GoalSection listening =
        new GoalSection(
            1,
            "Listen to the end before I answer",
            "Not listening",
            List.of(
                new WaveRow(
                    1,
                    "Wave 1",
                    LocalDate.of(2026, 3, 20),
                    8,
                    9,
                    0.4,
                    -0.3,
                    1.1,
                    4,
                    3,
                    1,
                    List.of(0, 0, 1, 3, 3, 1, 0)),
                new WaveRow(
                    2, "Wave 2", LocalDate.of(2026, 5, 22), 0, 9, null, null, null, 0, 0, 0),
                new WaveRow(
                    3,
                    "Wave 3",
                    LocalDate.of(2026, 7, 17),
                    8,
                    9,
                    1.875,
                    1.2,
                    2.55,
                    7,
                    1,
                    0,
                    List.of(0, 0, 0, 1, 1, 4, 2))),
            new Trend(Verdict.IMPROVING_SIGNIFICANT, 0.74, 0.0004, 0.0002, 2, 16),
            List.of(
                new GroupRow("DIRECT_REPORT", 3, true, null, 5, 1.8),
                new GroupRow("MANAGER", 3, true, null, 1, 2.0),
                new GroupRow("PEER", 3, false, "BELOW_K", null, null)),
            List.of(
                new FollowUpRow("NONE", 1, null),
                new FollowUpRow("A_LITTLE", 0, null),
                new FollowUpRow("SOME", 3, 1.667),
                new FollowUpRow("FREQUENT", 4, 2.25),
                new FollowUpRow("CONSISTENT", 0, null)));
    GoalSection recognition =
        new GoalSection(
            2,
            "Failing to give proper recognition",
            "Failing to give proper recognition",
            List.of(
                new WaveRow(
                    3,
                    "Wave 3",
                    LocalDate.of(2026, 7, 17),
                    3,
                    9,
                    -0.333,
                    -2.2,
                    1.5,
                    1,
                    0,
                    2,
                    List.of(0, 1, 1, 0, 1, 0, 0))),
            Trend.insufficient());
    return new LeaderReport(
        "Nordlys Leadership 2026",
        "Kari Nordmann, HR",
        "L01",
        "Zoë Ørsted",
        "Łukasz Wąsik",
        "Wave 3",
        LocalDate.of(2026, 7, 17),
        List.of(listening, recognition),
        language,
        new Anonymity(3, 3, true),
        null,
        List.of(
            "Keep asking the quiet people first.",
            "Summarise what you heard before you answer.",
            "Your weekly check-ins help a lot."));
  }

  static LeaderReport withComments(LeaderReport base, List<String> comments) {
    return new LeaderReport(
        base.programmeName(),
        base.sponsor(),
        base.leaderId(),
        base.leaderName(),
        base.coach(),
        base.dataWave(),
        base.dataDate(),
        base.goals(),
        base.language(),
        base.anonymity(),
        base.asOfWave(),
        comments);
  }

  /** A cohort of three leaders; the "A little follow-up" level is below k. */
  static CohortReport cohort(Locale language, Integer asOf) {
    List<CohortReport.HabitWave> listening =
        List.of(
            new CohortReport.HabitWave(1, "Wave 1", 2, 15, 0.4, -0.1, 0.9),
            new CohortReport.HabitWave(2, "Wave 2", 2, 2, null, null, null),
            new CohortReport.HabitWave(3, "Wave 3", 2, 16, 1.6, 1.2, 2.0));
    return new CohortReport(
        "Nordlys Leadership 2026",
        "Kari Nordmann, HR",
        language,
        new Anonymity(3, 3, false),
        asOf,
        "Wave 3",
        LocalDate.of(2026, 7, 17),
        List.of(new CohortReport.HabitSummary("NOT_LISTENING", "Not listening", listening)),
        List.of(
            new CohortReport.LeaderLine(
                "L01",
                "Zoë Ørsted",
                "Łukasz Wąsik",
                1,
                "Listen to the end",
                Verdict.IMPROVING_SIGNIFICANT,
                1.875),
            new CohortReport.LeaderLine(
                "L03",
                "Nguyễn Thị Mai",
                "Łukasz Wąsik",
                1,
                "Not listening",
                Verdict.NO_CLEAR_CHANGE,
                0.2),
            new CohortReport.LeaderLine(
                "L02", "Søren Kierkegård", null, 1, "Passing the buck", Verdict.DECLINING, -0.9)),
        List.of(
            new CohortReport.FollowUpLevel("NONE", 12, 0.25, List.of(0, 1, 1, 6, 3, 1, 0)),
            new CohortReport.FollowUpLevel("A_LITTLE", 2, null, List.of(0, 0, 0, 0, 0, 0, 0)),
            new CohortReport.FollowUpLevel("SOME", 9, 0.9, List.of(0, 0, 1, 2, 3, 2, 1)),
            new CohortReport.FollowUpLevel("FREQUENT", 8, 1.6, List.of(0, 0, 0, 1, 3, 2, 2)),
            new CohortReport.FollowUpLevel("CONSISTENT", 6, 2.2, List.of(0, 0, 0, 0, 1, 3, 2))),
        List.of(
            new CohortReport.WaveRate(1, "Wave 1", 27, 24, 24 / 27.0),
            new CohortReport.WaveRate(2, "Wave 2", 27, 3, 3 / 27.0),
            new CohortReport.WaveRate(3, "Wave 3", 27, 21, 21 / 27.0)),
        List.of(
            new CohortReport.ImportedFile("wave-1.xlsx", "IMPORTED", 24, 3, 0),
            new CohortReport.ImportedFile("wave-3.csv", "IMPORTED", 21, 0, 2),
            new CohortReport.ImportedFile("notes.docx", "REJECTED", 0, 0, 0)));
  }

  /** The same report under another leader name. */
  static LeaderReport named(LeaderReport base, String name) {
    return new LeaderReport(
        base.programmeName(),
        base.sponsor(),
        "L02",
        name,
        base.coach(),
        base.dataWave(),
        base.dataDate(),
        base.goals(),
        base.language(),
        base.anonymity(),
        base.asOfWave(),
        base.comments());
  }
}
