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
 * The comparison's answer as a probability. Replications run in groups of S (default 2) that
 * share one parameter draw and differ in seed: the spread within a group is chance alone (pooled
 * over the groups), the spread of the group means is parameters plus chance / S, so one set of
 * R replications yields both, at no extra cost (a one-way random-effects decomposition).
 * The net saving's uncertainty is then taken as normal with variance
 * {@code var_parameters + var_of_group_means / G} (what the parameters could be, plus the error of
 * the mean of G draws) and G - 1 degrees of freedom (a Student t, so the few draws widen it),
 * which gives the probability of a saving of at least X (the acceptability curve; X = 0 the
 * probability of a net saving) and the 95% interval, consistently: P(saving >= low) = 97.5%. The chance-only interval beside it is what R replications at fixed parameters give:
 * the mean &plusmn; t(R - 1) sd_chance / sqrt(R). With nothing drawn the replications are chance
 * alone and the two coincide.
 */
public final class ProbabilisticAnswer {
    // null generators: only distribution functions are used, and the default generator is clock-seeded
    private static final NormalDistribution Z = new NormalDistribution(null, 0, 1);

    static org.apache.commons.math3.distribution.RealDistribution tail(int df) {
        return df >= 1 ? new TDistribution(null, df) : Z;
    }

    /** A saving (baseline minus scenario) with both kinds of uncertainty. */
    public record Saving(String group, double mean, double sdTotal, double sdChance, double sdParameters, double sdOfAnswer,
                         double low, double high, double chanceLow, double chanceHigh, double probability,
                         double shareOfDrawsSaving, int degreesOfFreedom) {
        /** Probability that the saving is at least x: Student t with the interval's degrees of freedom, so P(low) = 97.5%. */
        public double probabilityAtLeast(double x) {
            if (sdOfAnswer == 0) return mean >= x ? 1 : 0;
            return 1 - tail(degreesOfFreedom).cumulativeProbability((x - mean) / sdOfAnswer);
        }

        public double parameterShareOfVariance() {
            double t = sdTotal * sdTotal;
            return t == 0 ? 0 : sdParameters * sdParameters / t;
        }
    }

    public record Driver(String key, double coefficient) {}

    public record Point(double savingAtLeast, double probability) {}

    private final int draws;
    private final int perDraw;
    private final String drawn;
    private final Saving net;
    private final List<Saving> agencies;
    private final List<Point> acceptability;
    private final List<Driver> drivers;
    private final String driversMethod;
    private final double[] savingByDraw;

    private ProbabilisticAnswer(int draws, int perDraw, String drawn, Saving net, List<Saving> agencies,
                                List<Point> acceptability, List<Driver> drivers, String driversMethod, double[] savingByDraw) {
        this.draws = draws;
        this.perDraw = perDraw;
        this.drawn = drawn;
        this.net = net;
        this.agencies = agencies;
        this.acceptability = acceptability;
        this.drivers = drivers;
        this.driversMethod = driversMethod;
        this.savingByDraw = savingByDraw;
    }

    /**
     * @param c the comparison of the drawn replications (replication i ran draw i / perDraw)
     * @param perDraw replications per parameter draw; ignored when nothing is drawn
     */
    public static ProbabilisticAnswer of(PairedComparison c, List<RunResult> drawnBaseline, List<RunResult> drawnScenario,
                                         ParameterDraws draws, int perDraw) {
        int r = drawnBaseline.size();
        int per = draws.isEmpty() ? 1 : perDraw;
        double[] y = savings(drawnBaseline, drawnScenario, "total_cost");
        Saving net = saving(PairedComparison.ALL, y, per, draws.isEmpty());
        List<Saving> ag = new ArrayList<>();
        for (Agency a : Agency.values())
            ag.add(saving(a.code, savings(drawnBaseline, drawnScenario, a.code + "_cost"), per, draws.isEmpty()));
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
        double[] means = groupMeans(y, per);
        if (!cols.isEmpty() && means.length >= 3) {
            double[][] x = new double[means.length][];
            for (int g = 0; g < means.length; g++) x[g] = draws.row(g);
            RankCorrelation rc = RankCorrelation.of(x, means);
            double[] k = rc.coefficients();
            for (int j = 0; j < cols.size(); j++) drivers.add(new Driver(cols.get(j), k[j]));
            drivers.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.coefficient())).thenComparing(Driver::key));
            method = rc.method();
        }
        return new ProbabilisticAnswer(draws.isEmpty() ? 0 : means.length, per, draws.describe(), net, List.copyOf(ag),
                List.copyOf(curve), List.copyOf(drivers), method, y);
    }

    static double[] savings(List<RunResult> b, List<RunResult> s, String column) {
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = b.get(i).total(column) - s.get(i).total(column);
        return out;
    }

    /** Mean of each group of {@code per} consecutive values (the last group may be smaller). */
    static double[] groupMeans(double[] y, int per) {
        int g = (y.length + per - 1) / per;
        double[] m = new double[g];
        for (int k = 0; k < g; k++) {
            int from = k * per, to = Math.min(y.length, from + per);
            double s = 0;
            for (int i = from; i < to; i++) s += y[i];
            m[k] = s / (to - from);
        }
        return m;
    }

    /**
     * Splits the replications' spread into chance (within groups of {@code per} that share a draw)
     * and parameters (between the groups' means); with nothing drawn, all of it is chance.
     */
    static Saving saving(String group, double[] y, int per, boolean nothingDrawn) {
        int r = y.length;
        double mean = mean(y), varT = variance(y);
        double[] means = groupMeans(y, nothingDrawn ? 1 : per);
        int g = means.length;
        double varC, varP, varOfMean;
        if (nothingDrawn || per < 2) {
            varC = varT;
            varP = 0;
            varOfMean = varT / r;
        } else {
            double ss = 0;
            int df = 0;
            for (int k = 0; k < g; k++) {
                int from = k * per, to = Math.min(r, from + per);
                for (int i = from; i < to; i++) ss += (y[i] - means[k]) * (y[i] - means[k]);
                df += to - from - 1;
            }
            varC = df > 0 ? ss / df : 0;
            double varBetween = variance(means);
            varP = Math.max(0, varBetween - varC / per);
            varOfMean = Math.max(varBetween, varC / per) / g;
        }
        double sdAnswer = Math.sqrt(varP + varOfMean);
        double t = g >= 2 ? new TDistribution(null, g - 1).inverseCumulativeProbability(0.975) : Double.NaN;
        double tc = r >= 2 ? new TDistribution(null, r - 1).inverseCumulativeProbability(0.975) : Double.NaN;
        double half = t * sdAnswer, chanceHalf = tc * Math.sqrt(varC / r);
        int df = Math.max(1, g - 1);
        double p = sdAnswer == 0 ? (mean > 0 ? 1 : mean < 0 ? 0 : 0.5) : 1 - tail(df).cumulativeProbability(-mean / sdAnswer);
        int saving = 0;
        for (double v : means) if (v > 0) saving++;
        return new Saving(group, mean, Math.sqrt(varT), Math.sqrt(varC), Math.sqrt(varP), sdAnswer, mean - half, mean + half,
                mean - chanceHalf, mean + chanceHalf, p, (double) saving / g, df);
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

    /** Parameter draws (0 when nothing is drawn). */
    public int draws() { return draws; }
    /** Replications per draw, with different seeds: what measures chance. */
    public int perDraw() { return perDraw; }
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
