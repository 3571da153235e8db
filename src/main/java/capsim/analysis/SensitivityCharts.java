package capsim.analysis;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** PNG charts of sensitivity results: Sobol S1 and ST bars per factor; Morris mu* against sigma. */
public final class SensitivityCharts {
    private SensitivityCharts() {}

    public static void sobol(String output, List<SobolIndices.Index> idx, Path png) throws IOException {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (SobolIndices.Index i : idx) {
            d.addValue(i.s1(), "first order (S1)", i.factor());
            d.addValue(i.st(), "total (ST)", i.factor());
        }
        JFreeChart c = ChartFactory.createBarChart("Sobol indices of " + output, "parameter", "share of output variance",
                d, PlotOrientation.HORIZONTAL, true, false, false);
        c.addSubtitle(new TextTitle("bootstrap 95% intervals of each index are in sobol.csv"));
        BarRenderer r = (BarRenderer) c.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setSeriesPaint(0, new Color(0x1f77b4));
        r.setSeriesPaint(1, new Color(0xff7f0e));
        c.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        c.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        ChartUtils.saveChartAsPNG(png.toFile(), c, 900, 120 + 60 * idx.size());
    }

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
        for (MorrisScreening.Effect e : effects) {
            XYTextAnnotation a = new XYTextAnnotation("  " + e.factor(), e.muStar(), e.sigma());
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            a.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            p.addAnnotation(a);
        }
        ChartUtils.saveChartAsPNG(png.toFile(), c, 900, 600);
    }
}
