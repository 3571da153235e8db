package capsim.gui;

import capsim.view.LiveMeasures;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.swing.JPanel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The live charts of {@link LiveMeasures}, drawn with JFreeChart 1.5: a small chart per agency of
 * its cost per 10,000 people, unmet need, wellbeing, carer strain and community places filled, one line per scenario (the second
 * scenario of a side-by-side run dashed). The model thread hands over each week's row with
 * {@link #record}; {@link #drain} adds them to the series on Swing's thread, where the charts
 * read them.
 */
public final class MeasureCharts {
    /** Line colours, from {@code capsim.view.Palette}. */
    static final Color[] AGENCY_COLOURS = AwtColours.SERIES;

    private final List<LiveMeasures.Chart> specs = LiveMeasures.charts();
    private final List<String> lanes;
    private final List<JFreeChart> charts = new ArrayList<>();
    /** series[chart][lane][measure] */
    private final XYSeries[][][] series;
    private final int[][] columns;
    private final List<double[]> pending = new ArrayList<>();
    private final JPanel panel = new JPanel(new GridLayout(0, 4));

    public MeasureCharts(List<String> laneNames) {
        this.lanes = List.copyOf(laneNames);
        series = new XYSeries[specs.size()][lanes.size()][];
        columns = new int[specs.size()][];
        for (int c = 0; c < specs.size(); c++) {
            LiveMeasures.Chart s = specs.get(c);
            int measures = s.series().size();
            columns[c] = new int[measures];
            for (int m = 0; m < measures; m++) columns[c][m] = s.series().get(m).column();
            XYSeriesCollection data = new XYSeriesCollection();
            for (int l = 0; l < lanes.size(); l++) {
                series[c][l] = new XYSeries[measures];
                for (int m = 0; m < measures; m++) {
                    String key = lanes.size() == 1 ? s.series().get(m).label() : s.series().get(m).label() + " · " + lanes.get(l);
                    series[c][l][m] = new XYSeries(key, false, true);
                    data.addSeries(series[c][l][m]);
                }
            }
            JFreeChart chart = ChartFactory.createXYLineChart(s.title(), "week", s.yLabel(), data,
                    PlotOrientation.VERTICAL, true, false, false);
            XYPlot plot = chart.getXYPlot();
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(220, 220, 220));
            plot.setRangeGridlinePaint(new Color(220, 220, 220));
            ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            int k = 0;
            for (int l = 0; l < lanes.size(); l++)
                for (int m = 0; m < measures; m++, k++) {
                    // a chart of one measure takes a colour of its own (each agency's its own), the lanes told apart by the stroke
                    r.setSeriesPaint(k, AGENCY_COLOURS[(measures > 1 ? m : c) % AGENCY_COLOURS.length]);
                    r.setSeriesStroke(k, l == 0 ? new BasicStroke(1.5f)
                            : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f));
                }
            plot.setRenderer(r);
            if (lanes.size() > 1) {
                // one legend entry per measure, not per measure and scenario; the stroke tells the scenarios apart
                LegendItemCollection items = new LegendItemCollection();
                for (int m = 0; m < measures; m++) {
                    String label = measures > 1 ? s.series().get(m).label() : lanes.get(0);
                    items.add(new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-7, 0, 7, 0),
                            r.getSeriesStroke(m), r.getSeriesPaint(m)));
                }
                if (measures == 1)
                    items.add(new LegendItem(lanes.get(1), null, null, null, new java.awt.geom.Line2D.Double(-7, 0, 7, 0),
                            r.getSeriesStroke(1), r.getSeriesPaint(0)));
                plot.setFixedLegendItems(items);
                chart.addSubtitle(new TextTitle("solid: " + lanes.get(0) + "   dashed: " + lanes.get(1),
                        new Font(Font.SANS_SERIF, Font.PLAIN, 10)));
            }
            chart.setAntiAlias(false); // redrawn every week: speed first
            chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(11f));
            charts.add(chart);
            ChartPanel cp = new ChartPanel(chart, 320, 200, 160, 120, 2000, 2000, true, true, true, true, true, true);
            cp.setPreferredSize(new Dimension(320, 200));
            panel.add(cp);
        }
    }

    public JPanel panel() { return panel; }

    public List<JFreeChart> charts() { return charts; }

    /** Called on the model's thread after a week: keeps what the charts need. */
    public void record(int lane, int week, double[] row) {
        int total = 0;
        for (int[] c : columns) total += c.length;
        double[] keep = new double[2 + total];
        keep[0] = lane;
        keep[1] = week;
        int p = 2;
        for (LiveMeasures.Chart c : specs) for (double v : c.values(row)) keep[p++] = v;  // per 10,000 where the chart says so
        synchronized (pending) { pending.add(keep); }
    }

    /** Charts are redrawn at most this often: ten frames a second look live, and cost a fraction. */
    static final long REDRAW_NANOS = 100_000_000L;
    private long lastRedraw;
    private boolean stale;

    /**
     * On Swing's thread: moves recorded weeks into the series and redraws the charts if the last
     * redraw is {@link #REDRAW_NANOS} old or {@code force} is set; true if they were redrawn.
     */
    public boolean drain(boolean force) {
        List<double[]> rows;
        synchronized (pending) {
            rows = new ArrayList<>(pending);
            pending.clear();
        }
        for (double[] keep : rows) {
            int lane = (int) keep[0];
            double week = keep[1];
            int p = 2;
            for (int c = 0; c < columns.length; c++)
                for (int m = 0; m < columns[c].length; m++) series[c][lane][m].add(week, keep[p++], false);
        }
        stale |= !rows.isEmpty();
        long now = System.nanoTime();
        if (!stale || (!force && now - lastRedraw < REDRAW_NANOS)) return false;
        for (XYSeries[][] byLane : series) for (XYSeries[] s : byLane) for (XYSeries x : s) x.fireSeriesChanged();
        lastRedraw = now;
        stale = false;
        return true;
    }

    /** Forgets every week (a new run). */
    public void clear() {
        synchronized (pending) { pending.clear(); }
        for (XYSeries[][] byLane : series) for (XYSeries[] s : byLane) for (XYSeries x : s) x.clear();
    }

    /** Points plotted so far in one chart's first series (for tests). */
    public int points(int chart) { return series[chart][0][0].getItemCount(); }
}
