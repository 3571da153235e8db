package capsim.study;

import capsim.analysis.PairedComparison;
import capsim.experiment.RunResult;
import capsim.model.Agency;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The comparison's answer as a probability. Each of the R paired replications ran with its own
 * parameter draw, so the spread of their net savings holds both kinds of uncertainty: total
 * variance = parameter variance + chance variance. M extra paired replications at the
 * scenarios' own (central) values measure chance alone; the difference is the parameters'
 * share. The net saving's uncertainty is then normal with variance
 * {@code var_parameters + max(var_total, var_chance) / R} (what the parameters could be, plus the
 * error of the mean of R draws), which gives the probability of a saving of at least X (the
 * acceptability curve; X = 0 the probability of a net saving) and the 95% interval. The chance-only
 * interval beside it is what R replications at fixed parameters give: the mean
 * &plusmn; t(R - 1) sd_chance / sqrt(R). With no parameters drawn the two coincide.
 */
public final class ProbabilisticAnswer {
    private static final NormalDistribution Z = new NormalDistribution(null, 0, 1);

    /** A saving (baseline minus scenario) with both kinds of uncertainty. */
    public record Saving(String group, double mean, double sdTotal, double sdChance, double sdParameters, double sdOfAnswer,
                         double low, double high, double chanceLow, double chanceHigh, double probability,
                         double shareOfDrawsSaving, double centralMean) {
        /** Probability that the saving is at least x. */
        public double probabilityAtLeast(double x) {
            if (sdOfAnswer == 0) return mean >= x ? 1 : 0;
            return 1 - Z.cumulativeProbability((x - mean) / sdOfAnswer);
        }

        public double parameterShareOfVariance() {
            double t = sdTotal * sdTotal;
            return t == 0 ? 0 : sdParameters * sdParameters / t;
        }
    }

    public record Driver(String key, double coefficient) {}

    public record Point(double savingAtLeast, double probability) {}

    private final int draws;
    private final int chanceReplications;
    private final String drawn;
    private final Saving net;
    private final List<Saving> agencies;
    private final List<Point> acceptability;
    private final List<Driver> drivers;
    private final String driversMethod;
    private final double[] savingByDraw;

    private ProbabilisticAnswer(int draws, int chanceReplications, String drawn, Saving net, List<Saving> agencies,
                                List<Point> acceptability, List<Driver> drivers, String driversMethod, double[] savingByDraw) {
        this.draws = draws;
        this.chanceReplications = chanceReplications;
        this.drawn = drawn;
        this.net = net;
        this.agencies = agencies;
        this.acceptability = acceptability;
        this.drivers = drivers;
        this.driversMethod = driversMethod;
        this.savingByDraw = savingByDraw;
    }

    /**
     * @param c the comparison of the drawn replications (replication i ran draw i)
     * @param chanceBaseline, chanceScenario paired replications at central values (at least 2)
     */
    public static ProbabilisticAnswer of(PairedComparison c, List<RunResult> drawnBaseline, List<RunResult> drawnScenario,
                                         List<RunResult> chanceBaseline, List<RunResult> chanceScenario, ParameterDraws draws) {
        int r = drawnBaseline.size();
        double[] y = savings(drawnBaseline, drawnScenario, "total_cost");
        Saving net = saving(PairedComparison.ALL, y, savings(chanceBaseline, chanceScenario, "total_cost"));
        List<Saving> ag = new ArrayList<>();
        for (Agency a : Agency.values())
            ag.add(saving(a.code, savings(drawnBaseline, drawnScenario, a.code + "_cost"),
                    savings(chanceBaseline, chanceScenario, a.code + "_cost")));
        List<Point> curve = new ArrayList<>();
        double span = Math.max(3 * net.sdOfAnswer(), Math.abs(net.mean()) * 0.1);
        if (span == 0) span = 1;
        for (int i = 0; i <= 40; i++) {
            double x = net.mean() - span + i * span / 20;
            curve.add(new Point(x, net.probabilityAtLeast(x)));
        }
        if (curve.stream().noneMatch(p -> p.savingAtLeast() == 0)) {
            curve.add(new Point(0, net.probabilityAtLeast(0)));
            curve.sort(Comparator.comparingDouble(Point::savingAtLeast));
        }
        List<Driver> drivers = new ArrayList<>();
        String method = "no parameters drawn";
        List<String> cols = draws.columns();
        if (!cols.isEmpty() && r >= 3) {
            double[][] x = new double[r][];
            for (int i = 0; i < r; i++) x[i] = draws.row(i);
            RankCorrelation rc = RankCorrelation.of(x, y);
            double[] k = rc.coefficients();
            for (int j = 0; j < cols.size(); j++) drivers.add(new Driver(cols.get(j), k[j]));
            drivers.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.coefficient())).thenComparing(Driver::key));
            method = rc.method();
        }
        return new ProbabilisticAnswer(r, chanceBaseline.size(), draws.describe(), net, List.copyOf(ag), List.copyOf(curve),
                List.copyOf(drivers), method, y);
    }

    static double[] savings(List<RunResult> b, List<RunResult> s, String column) {
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = b.get(i).total(column) - s.get(i).total(column);
        return out;
    }

    /** Decomposes the draws' spread into chance (from the central replications) and parameters. */
    static Saving saving(String group, double[] drawn, double[] central) {
        int r = drawn.length;
        double mean = mean(drawn), varT = variance(drawn), varC = variance(central);
        double varP = Math.max(0, varT - varC);
        double sdAnswer = Math.sqrt(varP + Math.max(varT, varC) / r);
        double t = r >= 2 ? new TDistribution(null, r - 1).inverseCumulativeProbability(0.975) : Double.NaN;
        double half = t * sdAnswer, chanceHalf = t * Math.sqrt(varC / r);
        double p = sdAnswer == 0 ? (mean > 0 ? 1 : mean < 0 ? 0 : 0.5) : 1 - Z.cumulativeProbability(-mean / sdAnswer);
        int saving = 0;
        for (double v : drawn) if (v > 0) saving++;
        return new Saving(group, mean, Math.sqrt(varT), Math.sqrt(varC), Math.sqrt(varP), sdAnswer, mean - half, mean + half,
                mean - chanceHalf, mean + chanceHalf, p, (double) saving / r, mean(central));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x; // fixed order: the same sum at any thread count
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    private static double variance(double[] v) {
        if (v.length < 2) return 0;
        double m = mean(v), ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        return ss / (v.length - 1);
    }

    public int draws() { return draws; }
    public int chanceReplications() { return chanceReplications; }
    /** What was drawn, in words. */
    public String drawn() { return drawn; }
    public Saving net() { return net; }
    public List<Saving> agencies() { return agencies; }
    public List<Point> acceptability() { return acceptability; }
    /** Drawn parameters by the strength of their (partial) rank correlation with the net saving. */
    public List<Driver> drivers() { return drivers; }
    public String driversMethod() { return driversMethod; }
    public double[] savingByDraw() { return savingByDraw.clone(); }
}
