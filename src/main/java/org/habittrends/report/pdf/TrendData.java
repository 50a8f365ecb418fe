package org.habittrends.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.habittrends.report.LeaderReport.WaveRow;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The trend chart's datasets: x is the wave number, y the mean and its 95 % interval. */
final class TrendData {

  private TrendData() {}

  /**
   * Series 0 is the mean, broken (null) where a wave has no ratings; series 1 bridges those gaps
   * with a thin dashed line so the trend stays readable.
   *
   * <p>A withheld wave (1 to k − 1 ratings) has no mean in the model and so gets no point, like a
   * wave without ratings: a marker at any height, even a hollow one at 0, would read as a value.
   * The bridge joins only the shown neighbours, so it says nothing about the withheld wave; the
   * wave keeps its x label with "fewer than k responses" under it, so no hole is left unexplained.
   */
  static XYSeriesCollection means(List<WaveRow> waves) {
    XYSeries measured = new XYSeries("mean", true, false);
    XYSeries bridge = new XYSeries("bridge", true, false);
    for (WaveRow w : waves) {
      measured.add(w.waveNo(), w.mean());
      if (w.mean() != null) {
        bridge.add(w.waveNo(), w.mean());
      }
    }
    XYSeriesCollection means = new XYSeriesCollection(measured);
    means.addSeries(bridge);
    return means;
  }

  /** One band per run of consecutive waves with an interval; a lone wave gets a narrow bar. */
  static YIntervalSeriesCollection bands(List<WaveRow> waves) {
    List<List<WaveRow>> runs = new ArrayList<>();
    List<WaveRow> run = new ArrayList<>();
    for (WaveRow w : waves) {
      if (w.hasInterval() && w.mean() != null) {
        run.add(w);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    double halfWidth = waves.isEmpty() ? 0 : 0.04 * span(waves);
    for (List<WaveRow> r : runs) {
      YIntervalSeries series = new YIntervalSeries("ci " + bands.getSeriesCount());
      if (r.size() == 1) {
        WaveRow w = r.get(0);
        series.add(w.waveNo() - halfWidth, w.mean(), w.ciLow(), w.ciHigh());
        series.add(w.waveNo() + halfWidth, w.mean(), w.ciLow(), w.ciHigh());
      } else {
        r.forEach(w -> series.add(w.waveNo(), w.mean(), w.ciLow(), w.ciHigh()));
      }
      bands.addSeries(series);
    }
    return bands;
  }

  private static int span(List<WaveRow> waves) {
    return waves.get(waves.size() - 1).waveNo() - waves.get(0).waveNo() + 1;
  }
}
