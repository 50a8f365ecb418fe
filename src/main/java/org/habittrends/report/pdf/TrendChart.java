package org.habittrends.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.habittrends.report.LeaderReport.GoalSection;
import org.habittrends.report.LeaderReport.WaveRow;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLabelLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The goal's trend chart, drawn by JFreeChart as vector graphics into a PDF template with the
 * embedded font. The x labels (wave, month, n) are drawn by hand under the plot because axis tick
 * labels hold one line only.
 */
final class TrendChart {

  static final float HEIGHT = 235;
  private static final float LABEL_SPACE = 40;
  private static final float LABEL_SIZE = 8;

  private final PdfFonts fonts;

  TrendChart(PdfFonts fonts) {
    this.fonts = fonts;
  }

  Image draw(PdfContentByte canvas, GoalSection goal, float width, Wording words)
      throws BadElementException {
    PdfTemplate template = canvas.createTemplate(width, HEIGHT);
    Graphics2D g2 = template.createGraphics(width, HEIGHT, fonts);
    try {
      JFreeChart chart = chart(goal, words);
      // only the data area is wanted back: no entities (tooltip and image-map shapes)
      ChartRenderingInfo info = new ChartRenderingInfo(null);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, HEIGHT), info);
      drawWaveLabels(
          g2, (XYPlot) chart.getPlot(), info.getPlotInfo().getDataArea(), goal.waves(), words);
    } finally {
      g2.dispose();
    }
    return Image.getInstance(template);
  }

  private JFreeChart chart(GoalSection goal, Wording words) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(waveAxis(goal.waves()));
    plot.setRangeAxis(changeAxis(words.msg().get("chart.axis")));
    plot.setDataset(0, TrendData.means(goal.waves()));
    plot.setRenderer(0, meanRenderer());
    plot.setDataset(1, TrendData.bands(goal.waves()));
    plot.setRenderer(1, bandRenderer()); // default REVERSE order: the band is drawn under the line
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(Style.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.addRangeMarker(new ValueMarker(0, Style.RULE, new BasicStroke(0.8f)));
    plot.addRangeMarker(targetMarker(words.msg().get("chart.target")));

    TextTitle title = new TextTitle(words.chartTitle(goal.trend().verdict()));
    title.setFont(fonts.chartFont(11, true));
    title.setPaint(Style.TEXT);
    title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    title.setPadding(new RectangleInsets(0, 0, 6, 0));
    JFreeChart chart = new JFreeChart(null, fonts.chartFont(11, true), plot, false);
    chart.setTitle(title);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(0, 0, LABEL_SPACE, 6));
    return chart;
  }

  private NumberAxis waveAxis(List<WaveRow> waves) {
    NumberAxis axis = new NumberAxis();
    int first = waves.isEmpty() ? 1 : waves.get(0).waveNo();
    int last = waves.isEmpty() ? 1 : waves.get(waves.size() - 1).waveNo();
    axis.setRange(first - 0.5, last + 0.5);
    // one tick per wave, fixed: nothing to choose, as no tick or label of this axis is drawn
    axis.setTickUnit(new NumberTickUnit(1), false, true);
    axis.setTickLabelsVisible(false);
    axis.setTickMarksVisible(false);
    axis.setAxisLineVisible(false);
    return axis;
  }

  private NumberAxis changeAxis(String label) {
    NumberAxis axis = new ChangeAxis(label);
    // Fixed, never auto-scaled, so that reports compare; the margin keeps ±3 markers whole.
    axis.setRange(-3.25, 3.25);
    axis.setAutoRange(false);
    axis.setTickUnit(new NumberTickUnit(1, new SignedFormat()));
    axis.setLabelFont(fonts.chartFont(LABEL_SIZE, false));
    axis.setLabelPaint(Style.SECONDARY);
    axis.setTickLabelFont(fonts.chartFont(LABEL_SIZE, false));
    axis.setTickLabelPaint(Style.SECONDARY);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
    return axis;
  }

  /**
   * The y axis, whose rotated label is written as text in the embedded font. JFreeChart draws
   * rotated labels through a TextLayout, which reaches the PDF as filled glyph outlines: not
   * searchable, and slower to produce. Placement is JFreeChart's own (middle, left of the ticks).
   */
  private static final class ChangeAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    ChangeAxis(String label) {
      super(label);
    }

    @Override
    protected AxisState drawLabel(
        String label,
        Graphics2D g2,
        Rectangle2D plotArea,
        Rectangle2D dataArea,
        RectangleEdge edge,
        AxisState state) {
      if (edge != RectangleEdge.LEFT
          || label == null
          || label.isEmpty()
          || getLabelAngle() != 0
          || getLabelLocation() != AxisLabelLocation.MIDDLE) {
        return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
      }
      RectangleInsets insets = getLabelInsets();
      g2.setFont(getLabelFont());
      g2.setPaint(getLabelPaint());
      // a quarter turn makes the label as wide as the text is high
      double width = TextUtils.getTextBounds(label, g2, g2.getFontMetrics()).getHeight();
      float x = (float) (state.getCursor() - insets.getRight() - width / 2.0);
      float y = (float) dataArea.getCenterY();
      AffineTransform saved = g2.getTransform();
      g2.rotate(-Math.PI / 2.0, x, y);
      TextUtils.drawAlignedString(label, g2, x, y, TextAnchor.CENTER);
      g2.setTransform(saved);
      state.cursorLeft(insets.getLeft() + width + insets.getRight());
      return state;
    }
  }

  private ValueMarker targetMarker(String label) {
    BasicStroke dashed =
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4, 3}, 0);
    ValueMarker target = new ValueMarker(1, Style.SECONDARY, dashed);
    target.setLabel(label);
    target.setLabelFont(fonts.chartFont(LABEL_SIZE, false));
    target.setLabelPaint(Style.SECONDARY);
    target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    target.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    target.setLabelOffset(new RectangleInsets(2, 2, 2, 2));
    target.setLabelBackgroundColor(Color.WHITE);
    return target;
  }

  private static XYLineAndShapeRenderer meanRenderer() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(1, Style.ACCENT);
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesStroke(
        1,
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3, 3}, 0));
    renderer.setSeriesPaint(0, Style.ACCENT);
    renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(new BasicStroke(1f));
    return renderer;
  }

  private static DeviationRenderer bandRenderer() {
    DeviationRenderer renderer = new DeviationRenderer(false, false);
    renderer.setAutoPopulateSeriesFillPaint(false);
    renderer.setDefaultFillPaint(Style.BAND);
    renderer.setAlpha(1f); // an opaque light colour: no transparency groups in the PDF
    return renderer;
  }

  private void drawWaveLabels(
      Graphics2D g2, XYPlot plot, Rectangle2D area, List<WaveRow> waves, Wording words) {
    float top = (float) area.getMaxY();
    for (WaveRow w : waves) {
      float x = (float) plot.getDomainAxis().valueToJava2D(w.waveNo(), area, RectangleEdge.BOTTOM);
      centred(g2, w.label(), x, top + 12, true, Style.TEXT);
      if (!Wording.namesItsDate(w)) {
        centred(g2, words.msg().month().format(w.date()), x, top + 23, false, Style.SECONDARY);
      }
      String n =
          w.withheld()
              ? words.withheld()
              : w.n() == 0 ? words.msg().get("goal.noRatingsShort") : "n = " + w.n();
      centred(g2, n, x, top + 34, false, Style.SECONDARY);
    }
  }

  private void centred(Graphics2D g2, String text, float x, float y, boolean bold, Color colour) {
    g2.setFont(fonts.chartFont(LABEL_SIZE, bold));
    g2.setPaint(colour);
    g2.drawString(text, x - g2.getFontMetrics().stringWidth(text) / 2f, y);
  }
}
