package capsim.report;

import capsim.output.AtomicFiles;
import capsim.output.Csv;
import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's charts, drawn from its {@code points.csv} alone (so a local, Spark or merged sweep
 * draws the same charts): for each output against each swept factor, every design point's mean
 * with its 95% interval, as {@code charts/<output>-by-<factor>.png} and {@code .svg}. A point
 * whose mean is missing (empty: nobody in the quintile in any replication) is left out; one with
 * no interval (one replication present) is drawn without whiskers.
 */
public final class SweepCharts {
    private SweepCharts() {}

    public static final String DIR = "charts";

    /** Writes the charts of {@code dir/points.csv} into {@code dir/charts}, replacing any there; returns how many. */
    public static int write(Path dir) throws IOException {
        List<Charts.Chart> charts = charts(Files.readAllLines(dir.resolve("points.csv"), StandardCharsets.UTF_8));
        Path tmp = AtomicFiles.tempDirBeside(dir.resolve(DIR));
        try {
            for (Charts.Chart c : charts) c.write(tmp);
            AtomicFiles.replace(tmp, dir.resolve(DIR));
        } finally {
            AtomicFiles.delete(tmp);   // already renamed away when complete
        }
        return charts.size();
    }

    /** The charts of points.csv's lines (header first). */
    static List<Charts.Chart> charts(List<String> lines) {
        List<String> head = Csv.split(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) rows.add(Csv.split(l));
        int reps = head.indexOf("replications");
        List<Charts.Chart> out = new ArrayList<>();
        for (int o = reps + 1; o + 3 < head.size(); o += 4) {
            String output = head.get(o).substring(0, head.get(o).length() - "_mean".length());
            for (int f = 1; f < reps; f++) out.add(chart(output, head.get(f), f, o, rows));
        }
        return out;
    }

    private static Charts.Chart chart(String output, String factor, int fc, int oc, List<List<String>> rows) {
        boolean numeric = rows.stream().allMatch(r -> isNumber(r.get(fc)));
        Map<String, Integer> levels = new LinkedHashMap<>();   // a choice factor's values, in the order the design meets them
        if (!numeric) for (List<String> r : rows) levels.putIfAbsent(r.get(fc), levels.size());
        YIntervalSeries s = new YIntervalSeries(output);
        int drawn = 0;
        for (List<String> r : rows) {
            double mean = number(r.get(oc));
            if (Double.isNaN(mean)) continue;   // missing: no replication had anyone to average over
            double lo = number(r.get(oc + 1)), hi = number(r.get(oc + 2));
            double x = numeric ? Double.parseDouble(r.get(fc)) : levels.get(r.get(fc));
            s.add(x, mean, Double.isNaN(lo) ? mean : lo, Double.isNaN(hi) ? mean : hi);
            drawn++;
        }
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(s);
        ValueAxis x;
        if (numeric) {
            NumberAxis n = new NumberAxis(factor);
            n.setAutoRangeIncludesZero(false);
            if (money(factor)) n.setNumberFormatOverride(new Charts.MoneyFormat());
            x = n;
        } else x = new SymbolAxis(factor, levels.keySet().toArray(new String[0]));
        NumberAxis y = new NumberAxis(output);
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(money(output) ? 10 : 1e-6);   // a flat output still gets a readable axis
        if (money(output)) y.setNumberFormatOverride(new Charts.MoneyFormat());
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setSeriesPaint(0, Charts.SAVES);
        r.setErrorPaint(Color.GRAY);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        String title = output + " by " + factor;
        JFreeChart chart = Charts.chart(title, plot, false);
        String note = "Each dot is one design point's mean over its replications, whiskers its 95% interval (points.csv); "
                + "dots at one value differ in the other factors." + (drawn < rows.size() ? " " + (rows.size() - drawn)
                + " point(s) with no value (nobody to average over) are left out." : "");
        chart.addSubtitle(Charts.subtitle(note));
        return new Charts.Chart(output + "-by-" + factor.replaceAll("[^A-Za-z0-9_-]", "-"), title + ": " + note, chart, 720, 440);
    }

    /** Pounds: a cost or spending output, or a parameter the registry measures in GBP. */
    static boolean money(String name) {
        if (name.contains("cost") || name.contains("spend") || name.contains("expenditure")) return true;
        ParamSpec spec = ParamRegistry.get().spec(name);
        return spec != null && spec.unit() != null && spec.unit().startsWith("GBP");
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(String s) { return s.isEmpty() ? Double.NaN : Double.parseDouble(s); }
}
