package capsim.report;

import capsim.output.Numbers;
import capsim.analysis.Interval;
import capsim.analysis.PairedComparison;
import capsim.analysis.PairedComparison.Delta;
import capsim.analysis.PairedComparison.QuintileChange;
import capsim.model.Agency;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison's charts, built with JFreeChart from a {@link PairedComparison} alone: cost by
 * agency over time for both scenarios with 95% bands, the cumulative net saving with its band
 * and the break-even line, the invest/save heat map (agency x year), and outcomes by
 * deprivation quintile. Titles and subtitles are written from the numbers.
 */
public final class Charts {
    private Charts() {}

    static final Color BASELINE = new Color(0x44, 0x55, 0x66);
    static final Color SCENARIO = new Color(0xD9, 0x5F, 0x02);
    static final Color SAVES = new Color(0x21, 0x66, 0xAC);
    static final Color INVESTS = new Color(0xB2, 0x18, 0x2B);
    static final String[] QUINTILE_CHART_MEASURES = {"wellbeing", "unmet_need", "carer_strain"};

    /** A chart with its file stem, size and a text alternative for the page. */
    public record Chart(String name, String alt, JFreeChart chart, int width, int height) {

        /** The chart as an {@code <svg>} element that scales to its container; ids prefixed by name so several can share a page. */
        public String svgElement() {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            g.setDefsKeyPrefix(name + "-"); // fixed, not the library's clock-based default: same chart, same bytes
            chart.draw(g, new Rectangle(0, 0, width, height));
            return g.getSVGElement("chart-" + name, false, new ViewBox(0, 0, width, height),
                    PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        }

        /** Writes {@code name.png} and {@code name.svg} into dir. */
        public void write(Path dir) throws IOException {
            try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".png"))) {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            }
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            g.setDefsKeyPrefix(name + "-");
            chart.draw(g, new Rectangle(0, 0, width, height));
            Files.writeString(dir.resolve(name + ".svg"), g.getSVGDocument(), StandardCharsets.UTF_8);
        }
    }

    /** Every chart of the report, in page order. */
    public static List<Chart> all(PairedComparison c, Words words) {
        List<Chart> out = new ArrayList<>();
        out.add(cumulativeSaving(c, words));
        out.add(investSaveHeatMap(c));
        // a budget the comparison never touches (no cost in either arm) gets no chart: it would be an empty box
        for (String g : PairedComparison.groups()) if (!untouched(c, g)) out.add(costOverTime(c, g));
        for (String m : QUINTILE_CHART_MEASURES) out.add(quintiles(c, m));
        return out;
    }

    /** No cost at all in either arm, in any year. */
    static boolean untouched(PairedComparison c, String group) {
        for (int y = 1; y <= c.years(); y++) {
            Delta d = c.delta(group, "cost", y);
            if (d.baseline().mean() != 0 || d.scenario().mean() != 0 || !d.change().exactlyZero()) return false;
        }
        return true;
    }

    static Chart cumulativeSaving(PairedComparison c, Words words) {
        YIntervalSeries s = new YIntervalSeries("Cumulative saving (baseline minus scenario), 95% band");
        List<Interval> cum = c.cumulativeSaving();
        for (int y = 0; y < cum.size(); y++) s.add(y, cum.get(y).mean(), lowOf(cum.get(y)), highOf(cum.get(y)));
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(s);
        XYPlot plot = xyPlot(ds, "Year after the switch", "Cumulative saving", new Color[]{SAVES}, true);
        ValueMarker zero = new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f));
        zero.setLabel("break-even: above this line the scenario has cost less in total");
        // at the right end, where the curve has moved away from zero whichever way it went
        zero.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        zero.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        zero.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.addRangeMarker(zero);
        int median = c.medianBreakEvenYear();
        if (median > 0) {
            ValueMarker m = new ValueMarker(median, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[]{4f, 4f}, 0f));
            m.setLabel("median break-even: year " + median);
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT); // left of the line: it may stand at the horizon's edge
            plot.addDomainMarker(m);
        }
        JFreeChart chart = chart("Cumulative net saving over " + c.years() + " years", plot, true);
        chart.addSubtitle(subtitle(words.cumulativeSubtitle()));
        return new Chart("cumulative-saving", words.cumulativeSubtitle(), chart, 900, 440);
    }

    static Chart investSaveHeatMap(PairedComparison c) {
        Agency[] agencies = Agency.values();
        int years = c.years();
        double[] xs = new double[agencies.length * years], ys = new double[xs.length], zs = new double[xs.length];
        double max = 0;
        for (int a = 0; a < agencies.length; a++)
            for (int y = 1; y <= years; y++) {
                int i = a * years + y - 1;
                xs[i] = y;
                ys[i] = agencies.length - 1 - a; // first agency at the top
                zs[i] = c.delta(agencies[a].code, "cost", y).change().mean();
                max = Math.max(max, Math.abs(zs[i]));
            }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("net cost change", new double[][]{xs, ys, zs});
        String[] labels = new String[agencies.length];
        for (int a = 0; a < agencies.length; a++) labels[agencies.length - 1 - a] = agencies[a].label;
        SymbolAxis yAxis = new SymbolAxis(null, labels);
        NumberAxis xAxis = new NumberAxis("Year after the switch");
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        xAxis.setRange(0.5, years + 0.5);
        XYBlockRenderer r = new XYBlockRenderer();
        Diverging scale = new Diverging(max);
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font cell = new Font(Font.SANS_SERIF, Font.PLAIN, years > 12 ? 8 : 10);
        for (int i = 0; i < xs.length; i++) {
            XYTextAnnotation t = new XYTextAnnotation(Numbers.signedMoney(zs[i]), xs[i], ys[i]);
            t.setFont(cell);
            t.setPaint(max > 0 && Math.abs(zs[i]) > 0.6 * max ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(t);
        }
        JFreeChart chart = chart("Who invests and who saves: net cost change by agency and year", plot, false);
        chart.addSubtitle(subtitle("Scenario minus baseline, mean of paired replications. Red: the budget spends more (invests); "
                + "blue: it spends less (saves). Total over " + years + " years: "
                + Numbers.signedMoney(c.netCostChange().mean()) + "."));
        NumberAxis legendAxis = new NumberAxis("net cost change");
        legendAxis.setRange(-scale.bound, scale.bound);
        legendAxis.setNumberFormatOverride(new MoneyFormat());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(new RectangleInsets(4, 60, 4, 60));
        legend.setStripWidth(12);
        chart.addSubtitle(legend);
        return new Chart("invest-save-heatmap", "Net cost change by agency and year; totals are in the tables below.", chart, 980,
                120 + 42 * agencies.length);
    }

    static Chart costOverTime(PairedComparison c, String group) {
        String label = group.equals(PairedComparison.ALL) ? "All agencies" : Agency.byCode(group).label;
        YIntervalSeries b = new YIntervalSeries("Baseline: " + c.baseline().name());
        YIntervalSeries s = new YIntervalSeries("Scenario: " + c.scenario().name());
        for (int y = 1; y <= c.years(); y++) {
            Delta d = c.delta(group, "cost", y);
            b.add(y, d.baseline().mean(), lowOf(d.baseline()), highOf(d.baseline()));
            s.add(y, d.scenario().mean(), lowOf(d.scenario()), highOf(d.scenario()));
        }
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(b);
        ds.addSeries(s);
        // not from zero: the two lines' gap, which is the point, would vanish; the subtitle gives the size
        XYPlot plot = xyPlot(ds, "Year after the switch", "Cost a year", new Color[]{BASELINE, SCENARIO}, false);
        Delta all = c.delta(group, "cost", 0);
        JFreeChart chart = chart(label + ": cost a year", plot, true);
        chart.addSubtitle(subtitle("Change over " + c.years() + " years: " + Numbers.signedMoney(all.change().mean())
                + " (95% interval of the mean " + Numbers.signedMoney(all.change().low()) + " to " + Numbers.signedMoney(all.change().high()) + ")"));
        return new Chart("cost-" + group, label + ": yearly cost in both scenarios. The bands are 95% intervals of each scenario's "
                + "own mean, which varies with the random life events; the change above is paired, replication by replication, "
                + "and so far more precise.", chart, 480, 320);
    }

    static Chart quintiles(PairedComparison c, String measure) {
        DefaultStatisticalCategoryDataset ds = new DefaultStatisticalCategoryDataset();
        String bKey = "Baseline: " + c.baseline().name(), sKey = "Scenario: " + c.scenario().name();
        if (bKey.equals(sKey)) sKey = sKey + " (again)";
        for (QuintileChange q : c.quintiles()) {
            if (!q.measure().equals(measure)) continue;
            String col = "Q" + q.quintile() + (q.quintile() == 1 ? " (most deprived)" : q.quintile() == 5 ? " (least deprived)" : "");
            ds.add(present(q.baseline().mean()), (Double) halfWidth(q.baseline()), bKey, col);   // no bar for a quintile with nobody in it
            ds.add(present(q.scenario().mean()), (Double) halfWidth(q.scenario()), sKey, col);
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setSeriesPaint(0, BASELINE);
        r.setSeriesPaint(1, SCENARIO);
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setDrawBarOutline(false);
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        NumberAxis valueAxis = new NumberAxis(Words.label(measure) + Words.scaleNote(measure));
        valueAxis.setAutoRangeMinimumSize(0.01); // all-zero outcomes (a model without them yet) still get a readable axis
        CategoryAxis quintileAxis = new CategoryAxis("Deprivation quintile");
        quintileAxis.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(ds, quintileAxis, valueAxis, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        String title = Words.capitalised(Words.label(measure)) + " by deprivation quintile, final year";
        JFreeChart chart = chart(title, plot, true);
        chart.addSubtitle(subtitle("Mean weekly level in the final year; whiskers: 95% interval of the mean over " + c.replications() + " replications."));
        return new Chart("quintiles-" + measure.replace('_', '-'), title, chart, 640, 360);
    }

    private static XYPlot xyPlot(YIntervalSeriesCollection ds, String xLabel, String yLabel, Color[] colours, boolean fromZero) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(fromZero); // the cumulative saving starts at year 0; yearly costs at year 1
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(fromZero);
        y.setAutoRangeMinimumSize(10); // pounds: a flat line (no change at all) gets a readable axis
        y.setNumberFormatOverride(new MoneyFormat());
        DeviationRenderer r = new DeviationRenderer(true, true);
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesFillPaint(i, colours[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        r.setAlpha(0.22f);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        return plot;
    }

    private static Double present(double x) { return Double.isNaN(x) ? null : x; }

    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        t.setPaint(Color.DARK_GRAY);
        return t;
    }

    // with one replication there is no interval: draw the band at the mean
    private static double lowOf(Interval i) { return Double.isNaN(i.low()) ? i.mean() : i.low(); }
    private static double highOf(Interval i) { return Double.isNaN(i.high()) ? i.mean() : i.high(); }
    private static double halfWidth(Interval i) { return Double.isNaN(i.high()) ? 0 : (i.high() - i.low()) / 2; }

    /** Blue below zero (saves), white at zero, red above (invests), symmetric so zero is always white. */
    static final class Diverging implements PaintScale, java.io.Serializable {
        final double bound;

        Diverging(double maxAbs) { this.bound = maxAbs > 0 ? maxAbs : 1; }

        @Override public double getLowerBound() { return -bound; }
        @Override public double getUpperBound() { return bound; }

        @Override public Paint getPaint(double v) {
            if (Double.isNaN(v)) return Color.LIGHT_GRAY;
            double t = Math.max(-1, Math.min(1, v / bound));
            Color end = t < 0 ? SAVES : INVESTS;
            double a = Math.abs(t);
            return new Color(mix(255, end.getRed(), a), mix(255, end.getGreen(), a), mix(255, end.getBlue(), a));
        }

        private static int mix(int from, int to, double a) { return (int) Math.round(from + (to - from) * a); }
    }

    /** Axis labels in short pounds. */
    static final class MoneyFormat extends NumberFormat {
        @Override public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return to.append(Numbers.money(number));
        }
        @Override public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(Numbers.money(number));
        }
        @Override public Number parse(String source, ParsePosition pos) { throw new UnsupportedOperationException(); }
    }
}
