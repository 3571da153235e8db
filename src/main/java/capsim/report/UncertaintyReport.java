package capsim.report;

import capsim.output.Numbers;
import capsim.model.Agency;
import capsim.study.ParameterDraws;
import capsim.study.ProbabilisticAnswer;
import capsim.study.ProbabilisticAnswer.Driver;
import capsim.study.ProbabilisticAnswer.Point;
import capsim.study.ProbabilisticAnswer.Saving;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison's parameter uncertainty, written from a {@link ProbabilisticAnswer}: the
 * {@code uncertainty} block and {@code probability_of_net_saving} of {@code summary.json},
 * {@code draws.csv} (each draw's parameters and net saving), the acceptability curve and the
 * tornado chart of what drives the answer, and the answer's lead sentences.
 */
public final class UncertaintyReport {
    private UncertaintyReport() {}

    /** Most drivers shown in the tornado chart. */
    static final int TORNADO_BARS = 12;

    public static Map<String, Object> summary(ProbabilisticAnswer pa) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameters_drawn", pa.drawn());
        m.put("draws", pa.draws());
        m.put("replications", pa.layout().replications());
        m.put("chance_degrees_of_freedom", pa.layout().chanceDegreesOfFreedom());
        m.put("method", pa.draws() == 0 ? "nothing drawn: every replication runs the files' own values, so all of the spread is "
                + "chance; probabilities use a normal distribution with the mean's variance (sd^2 / replications)"
                : "replication i of both arms runs parameter draw i mod draws (keyed to the seed and the draw) from replication seed i, "
                + "paired by seed: every draw runs once and the replications beyond that run the first draws again from new seeds. "
                + "Within a draw the spread is chance alone (pooled over the draws run more than once: chance_degrees_of_freedom); "
                + "the spread of the draws' means is parameters plus chance / n, so var_parameters = max(0, var_between - var_chance "
                + "x mean(1 / n)). The mean is over all replications, with variance (var_parameters x sum n^2 + var_chance x R) / R^2. "
                + "The saving's uncertainty is taken as Student t with draws - 1 degrees of freedom and variance var_parameters + "
                + "that: probabilities and the interval with parameter uncertainty come from it (so P(saving >= its interval's low end) "
                + "= 97.5%). probability_standard_error: the probability's spread over " + ProbabilisticAnswer.BOOTSTRAP
                + " bootstrap resamples of the draws. The chance-only interval is mean +- t(R - 1) sd_chance / sqrt(R), what R "
                + "replications at fixed parameters would give.");
        m.put("net_saving_gbp", saving(pa.net()));
        List<Object> ag = new ArrayList<>();
        for (Saving s : pa.agencies()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("agency", s.group());
            a.put("label", Agency.byCode(s.group()).label);
            a.putAll(saving(s));
            ag.add(a);
        }
        m.put("agencies", ag);
        List<Object> curve = new ArrayList<>();
        for (Point p : pa.acceptability()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("saving_at_least_gbp", p.savingAtLeast());
            c.put("probability", p.probability());
            curve.add(c);
        }
        m.put("acceptability_curve", curve);
        Map<String, Object> drivers = new LinkedHashMap<>();
        drivers.put("method", pa.driversMethod());
        List<Object> ds = new ArrayList<>();
        for (Driver d : pa.drivers()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("key", d.key());
            dm.put("coefficient", d.coefficient());
            ds.add(dm);
        }
        drivers.put("parameters", ds);
        m.put("drivers", drivers);
        return m;
    }

    private static Map<String, Object> saving(Saving s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("probability_of_saving", s.probability());
        m.put("probability_standard_error", s.probabilityStandardError());
        m.put("mean", s.mean());
        m.put("with_parameter_uncertainty_ci95_low", s.low());
        m.put("with_parameter_uncertainty_ci95_high", s.high());
        m.put("chance_only_ci95_low", s.chanceLow());
        m.put("chance_only_ci95_high", s.chanceHigh());
        m.put("sd_of_draws", s.sdTotal());
        m.put("sd_chance", s.sdChance());
        m.put("sd_parameters", s.sdParameters());
        m.put("parameter_share_of_variance", s.parameterShareOfVariance());
        m.put("share_of_draws_saving", s.shareOfDrawsSaving()); // of the draws' means: chance partly averaged out
        return m;
    }

    /** One row per draw: its net saving and the drawn parameters (their position in the range, or a plausible set's values). */
    public static String drawsCsv(ProbabilisticAnswer pa, ParameterDraws draws) {
        StringBuilder b = new StringBuilder("replication,draw,net_saving_gbp");
        List<String> cols = draws.columns();
        for (String c : cols) b.append(',').append(c);
        b.append('\n');
        double[] y = pa.savingByReplication();
        for (int i = 0; i < y.length; i++) {
            int d = pa.layout().drawOf(i);
            b.append(i).append(',').append(d).append(',').append(Numbers.data(y[i]));
            for (double v : draws.row(d)) b.append(',').append(Numbers.data(v));
            b.append('\n');
        }
        return b.toString();
    }

    /** "Probability of a net saving: P%" and the two kinds of uncertainty in plain words. */
    public static List<String> sentences(ProbabilisticAnswer pa, int years) {
        Saving n = pa.net();
        String p = "Probability of a net saving: " + probability(n.probability()) + " (over " + years + " years, "
                + (pa.draws() == 0 ? "from chance alone, no parameter drawn" : "across " + pa.draws() + " draws of " + pa.drawn()
                + (pa.draws() < Glance.FEW_DRAWS ? "; with fewer than " + Glance.FEW_DRAWS + " draws, a rough figure" : "")) + ").";
        if (pa.draws() == 0)
            return List.of(p, "From chance alone, the net saving is " + Numbers.signedMoney(n.mean()) + " (95% interval "
                    + Numbers.signedMoney(n.chanceLow()) + " to " + Numbers.signedMoney(n.chanceHigh())
                    + "); no parameter was drawn, so what is not known about the assumptions is not in it.");
        String both = n.sdParameters() == 0 && !pa.drivers().isEmpty()
                ? "With what is not known about the parameters as well as chance, the net saving is " + Numbers.signedMoney(n.mean())
                + " (95% interval " + Numbers.signedMoney(n.low()) + " to " + Numbers.signedMoney(n.high())
                + "); the drawn parameters added no spread beyond chance that the draws run "
                + "more than once could detect."
                : "With what is not known about the parameters as well as chance, the net saving is " + Numbers.signedMoney(n.mean())
                + " (95% interval " + Numbers.signedMoney(n.low()) + " to " + Numbers.signedMoney(n.high()) + "); chance alone would give "
                + Numbers.signedMoney(n.chanceLow()) + " to " + Numbers.signedMoney(n.chanceHigh()) + ", so "
                + share(n.parameterShareOfVariance()) + " of the spread between draws comes from the parameters"
                + (pa.draws() < Glance.FEW_DRAWS ? " (a rough split from " + pa.draws() + " draws)." : ".");
        if (pa.drivers().isEmpty()) return List.of(p, both);
        List<String> top = new ArrayList<>();
        for (Driver d : pa.drivers().subList(0, Math.min(3, pa.drivers().size())))
            top.add(Glance.plain(d.key()) + " (" + String.format(java.util.Locale.ROOT, "%+.2f", d.coefficient()) + ")");
        double noise = chanceCorrelation(pa.draws());
        return List.of(p, both + " The answer rests most on " + String.join(", ", top) + " (rank correlations with the net saving"
                + (noise < 1 ? "; from " + pa.draws() + " draws, one smaller than " + String.format(java.util.Locale.ROOT, "%.2f", noise)
                + " either way could be chance)." : "; from " + pa.draws() + " draws, any of them could be chance)."));
    }

    /** The rank correlation that chance alone reaches one time in twenty with {@code draws} draws (about 1.96 / sqrt(draws - 1)). */
    static double chanceCorrelation(int draws) { return draws < 2 ? 1 : Math.min(1, 1.96 / Math.sqrt(draws - 1)); }

    /** A share of variance in words, never above 100%: a small-sample estimate can exceed 1. */
    static String share(double s) {
        if (!(s < 0.995)) return "nearly all";
        if (s < 0.005) return "almost none";
        return Numbers.percent(s);
    }

    /** A probability in words that never rounds a doubt away: above 99% but below 1 reads "over 99%". */
    static String probability(double p) {
        if (p > 0.99 && p < 1) return "over 99%";
        if (p < 0.01 && p > 0) return "under 1%";
        return Numbers.percent(p);
    }

    /** Probability that the net saving is at least X, for X across its range. */
    public static Charts.Chart acceptability(ProbabilisticAnswer pa) {
        XYSeries s = new XYSeries("P(net saving >= X)");
        for (Point p : pa.acceptability()) s.add(p.savingAtLeast(), p.probability());
        NumberAxis money = new NumberAxis("X: net saving over the horizon");
        money.setNumberFormatOverride(new Charts.MoneyFormat());
        NumberAxis chance = new NumberAxis("Probability of saving at least X");
        chance.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.UK));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), money, chance, new XYLineAndShapeRenderer(true, false));
        plot.getRangeAxis().setRange(0, 1);
        plot.getRenderer().setSeriesPaint(0, Charts.SAVES);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        ValueMarker zero = new ValueMarker(0, Color.BLACK, new BasicStroke(1f));
        zero.setLabel("no saving");
        zero.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        // inside the plot, right of the line, near the top: a label centred on the line is cut at the plot's edge
        zero.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        zero.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addDomainMarker(zero);
        String alt = "Acceptability curve: probability " + probability(pa.net().probability()) + " of any net saving; "
                + "the curve gives the probability of saving at least each amount, with parameter uncertainty and chance.";
        JFreeChart chart = new JFreeChart("How likely is a saving of at least X?", new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(alt, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return new Charts.Chart("acceptability", alt, chart, 900, 420);
    }

    /** Tornado: the drawn parameters by their rank correlation with the net saving. */
    public static Charts.Chart tornado(ProbabilisticAnswer pa) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<Driver> top = pa.drivers().subList(0, Math.min(TORNADO_BARS, pa.drivers().size()));
        for (Driver d : top) ds.addValue(d.coefficient(), "coefficient", Glance.plain(d.key()));
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(null), new NumberAxis("Rank correlation with the net saving"),
                new BarRenderer() {
                    @Override public Paint getItemPaint(int row, int column) {
                        return top.get(column).coefficient() >= 0 ? Charts.SAVES : Charts.INVESTS;
                    }
                });
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setRange(-1, 1);
        ((BarRenderer) plot.getRenderer()).setBarPainter(new StandardBarPainter());
        ((BarRenderer) plot.getRenderer()).setShadowVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        String alt = "What drives the answer: " + (pa.drivers().isEmpty() ? "no parameters were drawn"
                : "blue bars: a higher value means a larger saving; red: a smaller one. " + pa.driversMethod() + ".");
        JFreeChart chart = new JFreeChart("Which assumptions drive the net saving", new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(pa.drivers().isEmpty() ? "no parameters drawn" : "blue: higher value, larger saving; red: smaller saving",
                new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return new Charts.Chart("tornado", alt, chart, 900, 120 + 28 * Math.max(1, top.size()));
    }
}
