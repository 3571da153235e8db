package capsim.report;

import capsim.study.MorrisScreening;
import capsim.study.SobolIndices;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** PNG charts of sensitivity results: Sobol S1 and ST with intervals per parameter; Morris mu* against sigma. */
public final class SensitivityCharts {
    private SensitivityCharts() {}

    /**
     * A forest plot: for each parameter its first-order and total index as points with their
     * bootstrap 95% intervals as whiskers, so an index whose interval spans zero reads as such.
     */
    public static void sobol(String output, List<SobolIndices.Index> idx, Path png) throws IOException {
        XIntervalSeries s1 = new XIntervalSeries("first order (S1)"), st = new XIntervalSeries("total (ST)");
        String[] names = new String[idx.size()];
        for (int i = 0; i < idx.size(); i++) {
            SobolIndices.Index x = idx.get(i);
            int row = idx.size() - 1 - i; // first parameter at the top
            names[row] = Glance.plain(x.factor());
            if (Double.isFinite(x.s1())) s1.add(x.s1(), x.s1Low(), x.s1High(), row + 0.12);
            if (Double.isFinite(x.st())) st.add(x.st(), x.stLow(), x.stHigh(), row - 0.12);
        }
        XIntervalSeriesCollection d = new XIntervalSeriesCollection();
        d.addSeries(s1);
        d.addSeries(st);
        NumberAxis share = new NumberAxis("share of output variance (points) with bootstrap 95% intervals");
        share.setAutoRangeIncludesZero(true);
        SymbolAxis params = new SymbolAxis(null, names);
        params.setGridBandsVisible(false);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(true);
        r.setDrawYError(false);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setSeriesPaint(0, new Color(0x1f77b4));
        r.setSeriesPaint(1, new Color(0xff7f0e));
        r.setErrorPaint(null); // whiskers in the series' colour
        XYPlot plot = new XYPlot(d, share, params, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainZeroBaselineVisible(true);
        JFreeChart c = new JFreeChart("Sobol indices of " + output, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), c, 900, 140 + 60 * idx.size());
    }

    private static List<MorrisScreening.Effect> ranked(List<MorrisScreening.Effect> effects) {
        List<MorrisScreening.Effect> ranked = new java.util.ArrayList<>(effects);
        ranked.sort(java.util.Comparator.comparingDouble((MorrisScreening.Effect e) -> -e.muStar()).thenComparing(MorrisScreening.Effect::factor));
        return ranked;
    }

    /** The Morris chart's key: "1: plain name; 2: ..." by mu*, most influential first, for the numbers at the points. */
    static String morrisKey(List<MorrisScreening.Effect> effects) {
        List<MorrisScreening.Effect> ranked = ranked(effects);
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < Math.min(MORRIS_LABELS, ranked.size()); k++)
            key.append(k == 0 ? "" : ";  ").append(k + 1).append(": ").append(Glance.plain(ranked.get(k).factor()));
        if (ranked.size() > MORRIS_LABELS) key.append(";  unnumbered: the ").append(ranked.size() - MORRIS_LABELS).append(" least influential");
        return key.toString();
    }

    /** The most influential parameters numbered on the Morris chart; the rest are dots. */
    static final int MORRIS_LABELS = 15;

    public static void morris(String output, List<MorrisScreening.Effect> effects, Path png) throws IOException {
        XYSeries s = new XYSeries("parameters");
        for (MorrisScreening.Effect e : effects) s.add(e.muStar(), e.sigma());
        JFreeChart c = ChartFactory.createScatterPlot("Morris screening of " + output, "mu* (mean absolute elementary effect)",
                "sigma (non-linearity or interaction)", new XYSeriesCollection(s), PlotOrientation.VERTICAL, false, false, false);
        XYPlot p = c.getXYPlot();
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(Color.LIGHT_GRAY);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        p.getDomainAxis().setUpperMargin(0.3); // room for the labels of the most important parameters
        p.getRangeAxis().setUpperMargin(0.1);
        if (output.endsWith("cost")) {  // in pounds, not 1E7
            ((NumberAxis) p.getDomainAxis()).setNumberFormatOverride(new Charts.MoneyFormat());
            ((NumberAxis) p.getRangeAxis()).setNumberFormatOverride(new Charts.MoneyFormat());
        }
        // numbers at the points and a key below: names written at the points overlap where points crowd
        List<MorrisScreening.Effect> ranked = ranked(effects);
        for (int k = 0; k < Math.min(MORRIS_LABELS, ranked.size()); k++) {
            MorrisScreening.Effect e = ranked.get(k);
            XYTextAnnotation a = new XYTextAnnotation(" " + (k + 1), e.muStar(), e.sigma());
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            a.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            p.addAnnotation(a);
        }
        org.jfree.chart.title.TextTitle legend = new org.jfree.chart.title.TextTitle(morrisKey(effects), new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        c.addSubtitle(legend);
        ChartUtils.saveChartAsPNG(png.toFile(), c, 900, 680);
    }
}
