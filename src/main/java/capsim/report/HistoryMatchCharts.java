package capsim.report;

import capsim.report.Charts.Chart;
import capsim.study.HistoryMatchStudy;
import capsim.study.HistoryMatchStudy.Outcome;
import capsim.study.HistoryMatching.Run;
import capsim.study.HistoryMatching.Wave;
import capsim.study.SweptParameter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Charts of a history match ({@code capsim calibrate --history-match}): the space not ruled out, and the runs, wave by wave. */
public final class HistoryMatchCharts {
    private HistoryMatchCharts() {}

    /** Each parameter's range not yet ruled out, wave by wave, as a share of its starting range. */
    public static Chart rangesChart(Outcome o) {
        List<SweptParameter> ps = o.study().parameters();
        List<Wave> ws = new ArrayList<>(o.result().waves());
        ws.add(o.result().finalSpace());
        double[][] lo = new double[ws.size()][ps.size()], hi = new double[ws.size()][ps.size()];
        String[] series = new String[ws.size()];
        for (int w = 0; w < ws.size(); w++) {
            Wave wave = ws.get(w);
            series[w] = wave == o.result().finalSpace() ? "after the last wave" : "wave " + wave.wave() + " designed in";
            for (int k = 0; k < ps.size(); k++) {
                lo[w][k] = Double.isNaN(wave.keptLow()[k]) ? 0 : wave.keptLow()[k];
                hi[w][k] = Double.isNaN(wave.keptHigh()[k]) ? 0 : wave.keptHigh()[k];
            }
        }
        String[] cats = ps.stream().map(SweptParameter::name).toArray(String[]::new);
        DefaultIntervalCategoryDataset ds = new DefaultIntervalCategoryDataset(series, cats, box(lo), box(hi));
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(null), new NumberAxis("Position in the parameter's starting range (0 = low, 1 = high)"),
                new IntervalBarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setRange(0, 1);
        plot.setBackgroundPaint(Color.WHITE);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        String alt = String.format(Locale.ROOT, "History matching %s: the range of each parameter not yet ruled out, wave by wave; "
                + "%.1f%% of the starting space survives %d waves.", o.study().name(), 100 * o.result().finalSpace().share(), o.result().waves().size());
        JFreeChart chart = new JFreeChart("The space not ruled out, wave by wave", new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(alt, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return new Chart("ranges-by-wave", alt, chart, 900, 160 + 40 * ps.size());
    }

    private static Number[][] box(double[][] v) {
        Number[][] out = new Number[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = new Number[v[i].length];
            for (int j = 0; j < v[i].length; j++) out[i][j] = v[i][j];
        }
        return out;
    }

    /** The runs of each wave in the plane of the first two parameters: the design closing in. */
    public static Chart scatterChart(Outcome o) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (Wave w : o.result().waves()) {
            XYSeries s = new XYSeries("wave " + w.wave(), false);
            for (Run r : w.runs()) s.add(HistoryMatchStudy.value(o.study(), 0, r.unit()[0]), r.unit().length > 1 ? HistoryMatchStudy.value(o.study(), 1, r.unit()[1]) : r.measure());
            ds.addSeries(s);
        }
        String x = o.study().parameters().get(0).name(), y = o.study().parameters().size() > 1 ? o.study().parameters().get(1).name() : "implausibility";
        NumberAxis xa = new NumberAxis(x), ya = new NumberAxis(y);
        xa.setAutoRangeIncludesZero(false);
        ya.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, xa, ya, new XYLineAndShapeRenderer(false, true));
        plot.setBackgroundPaint(Color.WHITE);
        String alt = "Each wave's runs in the plane of " + x + " and " + y + ": later waves run only where earlier ones did not rule the space out.";
        JFreeChart chart = new JFreeChart("Runs by wave", new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(alt, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return new Chart("runs-by-wave", alt, chart, 800, 600);
    }
}
