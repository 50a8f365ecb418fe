package org.habittrends.report.pdf;

import java.util.List;
import java.util.function.UnaryOperator;
import org.habittrends.report.CohortReport;
import org.habittrends.report.LeaderReport;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.WaveRow;

/**
 * Copies of the models with every free text (names, wordings, labels, comments) reduced to what the
 * embedded font can show; see {@link PdfFonts#printable}.
 */
final class Printable {

  private Printable() {}

  static LeaderReport of(LeaderReport r, UnaryOperator<String> p) {
    return new LeaderReport(
        p.apply(r.programmeName()),
        p.apply(r.sponsor()),
        r.leaderId(),
        p.apply(r.leaderName()),
        p.apply(r.coach()),
        p.apply(r.dataWave()),
        r.dataDate(),
        r.goals().stream().map(g -> of(g, p)).toList(),
        r.language(),
        r.anonymity(),
        r.asOfWave(),
        r.comments().stream().map(p).toList());
  }

  private static GoalSection of(GoalSection g, UnaryOperator<String> p) {
    List<WaveRow> waves =
        g.waves().stream()
            .map(
                w ->
                    new WaveRow(
                        w.waveNo(),
                        p.apply(w.label()),
                        w.date(),
                        w.n(),
                        w.invited(),
                        w.responded(),
                        w.withheld(),
                        w.mean(),
                        w.ciLow(),
                        w.ciHigh(),
                        w.improved(),
                        w.unchanged(),
                        w.worse(),
                        w.distribution()))
            .toList();
    return new GoalSection(
        g.number(),
        p.apply(g.title()),
        p.apply(g.habit()),
        waves,
        g.trend(),
        g.groups(),
        g.followUps());
  }

  static CohortReport of(CohortReport r, UnaryOperator<String> p) {
    return r.withText(p);
  }
}
