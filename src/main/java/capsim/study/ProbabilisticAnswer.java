package capsim.study;

import capsim.analysis.PairedComparison;
import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.model.Seeds;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The comparison's answer as a probability. Replication i runs parameter draw i mod G from its own
 * seed ({@link DrawLayout}): each draw runs once, and the R - G replications beyond that run the
 * first draws again from new seeds. The spread within a draw is chance alone (pooled over the
 * draws run more than once); the spread of the draws' means is parameters plus chance / n (a
 * one-way random-effects decomposition, by moments, for groups of unequal size n). The mean is
 * over all R replications (the comparison's own mean), with variance
 * {@code (var_parameters * sum n^2 + var_chance * R) / R^2}; the net saving's uncertainty is taken
 * as Student t with G - 1 degrees of freedom and variance {@code var_parameters + var_of_mean}
 * (what the parameters could be, plus the error of the mean of G draws), which gives the
 * probability of a saving of at least X (the acceptability curve; X = 0 the probability of a net
 * saving) and the 95% interval, consistently: P(saving >= low) = 97.5%. The probability's own
 * standard error is a bootstrap over the draws (each resample G draws with their replications,
 * from a generator keyed to the seed). The chance-only interval beside it is what R replications
 * at fixed parameters give: the mean &plusmn; t(R - 1) sd_chance / sqrt(R). With nothing drawn
 * the replications are chance alone and the two coincide.
 */
public final class ProbabilisticAnswer {
    // null generators: only distribution functions are used, and the default generator is clock-seeded
    private static final NormalDistribution Z = new NormalDistribution(null, 0, 1);

    static org.apache.commons.math3.distribution.RealDistribution tail(int df) {
        return df >= 1 ? new TDistribution(null, df) : Z;
    }

    /** Bootstrap resamples of the draws behind a probability's standard error. */
    public static final int BOOTSTRAP = 1000;

    /** A saving (baseline minus scenario) with both kinds of uncertainty. */
    public record Saving(String group, double mean, double sdTotal, double sdChance, double sdParameters, double sdOfAnswer,
                         double low, double high, double chanceLow, double chanceHigh, double probability,
                         double probabilityStandardError, double shareOfDrawsSaving, int degreesOfFreedom) {
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

    private final DrawLayout layout;
    private final String drawn;
    private final Saving net;
    private final List<Saving> agencies;
    private final List<Point> acceptability;
    private final List<Driver> drivers;
    private final String driversMethod;
    private final double[] savingByReplication;

    private ProbabilisticAnswer(DrawLayout layout, String drawn, Saving net, List<Saving> agencies,
                                List<Point> acceptability, List<Driver> drivers, String driversMethod, double[] savingByReplication) {
        this.layout = layout;
        this.drawn = drawn;
        this.net = net;
        this.agencies = agencies;
        this.acceptability = acceptability;
        this.drivers = drivers;
        this.driversMethod = driversMethod;
        this.savingByReplication = savingByReplication;
    }

    /**
     * @param c the comparison of the drawn replications (replication i ran draw {@code layout.drawOf(i)})
     * @param layout which draw each replication ran; {@link DrawLayout#none} when nothing is drawn
     */
    public static ProbabilisticAnswer of(PairedComparison c, List<RunResult> drawnBaseline, List<RunResult> drawnScenario,
                                         ParameterDraws draws, DrawLayout layout) {
        if (layout.replications() != drawnBaseline.size() || layout.nothingDrawn() != draws.isEmpty())
            throw new IllegalArgumentException("the layout does not match the runs");
        long seed = Seeds.mix(draws.seed() ^ 0x3C6E_F372_FE94_F82BL);
        double[] y = savings(drawnBaseline, drawnScenario, "total_cost");
        Saving net = saving(PairedComparison.ALL, y, layout, seed);
        List<Saving> ag = new ArrayList<>();
        for (Agency a : Agency.values())
            ag.add(saving(a.code, savings(drawnBaseline, drawnScenario, a.code + "_cost"), layout, seed));
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
        double[] means = groupMeans(y, layout);
        if (!cols.isEmpty() && means.length >= 3) {
            double[][] x = new double[means.length][];
            for (int g = 0; g < means.length; g++) x[g] = draws.row(g);
            RankCorrelation rc = RankCorrelation.of(x, means);
            double[] k = rc.coefficients();
            for (int j = 0; j < cols.size(); j++) drivers.add(new Driver(cols.get(j), k[j]));
            drivers.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.coefficient())).thenComparing(Driver::key));
            method = rc.method();
        }
        return new ProbabilisticAnswer(layout, draws.describe(), net, List.copyOf(ag), List.copyOf(curve), List.copyOf(drivers), method, y);
    }

    static double[] savings(List<RunResult> b, List<RunResult> s, String column) {
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = b.get(i).total(column) - s.get(i).total(column);
        return out;
    }

    /** Mean of each group of replications that share a draw, in draw order. */
    static double[] groupMeans(double[] y, DrawLayout layout) {
        Groups g = Groups.of(y, layout);
        double[] m = new double[g.n.length];
        for (int k = 0; k < m.length; k++) m[k] = g.sum[k] / g.n[k];
        return m;
    }

    /** Each group's size, sum and sum of squares about its mean: all the estimates need, and what a bootstrap resamples. */
    record Groups(int[] n, double[] sum, double[] ss) {
        static Groups of(double[] y, DrawLayout layout) {
            int g = layout.groups();
            int[] n = new int[g];
            double[] sum = new double[g], ss = new double[g];
            for (int i = 0; i < y.length; i++) { n[layout.groupOf(i)]++; sum[layout.groupOf(i)] += y[i]; } // fixed order
            for (int i = 0; i < y.length; i++) {
                int k = layout.groupOf(i);
                double d = y[i] - sum[k] / n[k];
                ss[k] += d * d;
            }
            return new Groups(n, sum, ss);
        }
    }

    /** The moment estimates from groups (chosen by {@code pick}: every group once, or a bootstrap resample). */
    record Estimate(double mean, double varTotal, double varChance, double varParameters, double varOfMean, int groups,
                    int chanceDf, double[] means) {
        static Estimate of(Groups gs, int[] pick, boolean nothingDrawn) {
            int g = pick.length, r = 0, dfC = 0;
            double total = 0, ssWithin = 0;
            double[] means = new double[g];
            for (int k = 0; k < g; k++) {
                int j = pick[k];
                r += gs.n[j];
                total += gs.sum[j];
                ssWithin += gs.ss[j];
                dfC += gs.n[j] - 1;
                means[k] = gs.sum[j] / gs.n[j];
            }
            double mean = total / r, ssTotal = ssWithin, sumN2 = 0, inv = 0;
            for (int k = 0; k < g; k++) {
                int n = gs.n[pick[k]];
                ssTotal += n * (means[k] - mean) * (means[k] - mean);
                sumN2 += (double) n * n;
                inv += 1.0 / n;
            }
            inv /= g;
            double varT = r >= 2 ? ssTotal / (r - 1) : 0;
            if (nothingDrawn) return new Estimate(mean, varT, varT, 0, varT / r, r, r - 1, means);
            double varC = dfC > 0 ? ssWithin / dfC : 0;
            double varP = Math.max(0, variance(means) - varC * inv);
            return new Estimate(mean, varT, varC, varP, (varP * sumN2 + varC * r) / ((double) r * r), g, dfC, means);
        }

        double sdOfAnswer() { return Math.sqrt(varParameters + varOfMean); }

        double probability() {
            double sd = sdOfAnswer();
            return sd == 0 ? (mean > 0 ? 1 : mean < 0 ? 0 : 0.5) : 1 - tail(Math.max(1, groups - 1)).cumulativeProbability(-mean / sd);
        }
    }

    /**
     * Splits the replications' spread into chance (within draws) and parameters (between the
     * draws' means); with nothing drawn, all of it is chance.
     */
    static Saving saving(String group, double[] y, DrawLayout layout, long seed) {
        int r = y.length;
        Groups gs = Groups.of(y, layout);
        int[] all = new int[gs.n.length];
        for (int k = 0; k < all.length; k++) all[k] = k;
        Estimate e = Estimate.of(gs, all, layout.nothingDrawn());
        int g = e.groups();
        double sdAnswer = e.sdOfAnswer();
        double t = g >= 2 ? new TDistribution(null, g - 1).inverseCumulativeProbability(0.975) : Double.NaN;
        double tc = r >= 2 ? new TDistribution(null, r - 1).inverseCumulativeProbability(0.975) : Double.NaN;
        double half = t * sdAnswer;
        // chance is unmeasured when no draw ran twice: its interval is missing, not zero
        double chanceHalf = e.chanceDf() > 0 ? tc * Math.sqrt(e.varChance() / r) : Double.NaN;
        int df = Math.max(1, g - 1);
        int saving = 0;
        for (double v : e.means()) if (v > 0) saving++;
        return new Saving(group, e.mean(), Math.sqrt(e.varTotal()), Math.sqrt(e.varChance()), Math.sqrt(e.varParameters()), sdAnswer,
                e.mean() - half, e.mean() + half, e.mean() - chanceHalf, e.mean() + chanceHalf, e.probability(),
                bootstrapError(gs, layout.nothingDrawn(), seed), (double) saving / g, df);
    }

    /** Standard error of the probability: its spread over {@link #BOOTSTRAP} resamples of the draws (the groups), with replacement. */
    static double bootstrapError(Groups gs, boolean nothingDrawn, long seed) {
        int g = gs.n.length;
        if (g < 2) return Double.NaN;
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] pick = new int[g];
        double s = 0, ss = 0;
        for (int b = 0; b < BOOTSTRAP; b++) {
            for (int k = 0; k < g; k++) pick[k] = random.nextInt(g);
            double p = Estimate.of(gs, pick, nothingDrawn).probability();
            s += p;
            ss += p * p;
        }
        double m = s / BOOTSTRAP;
        return Math.sqrt(Math.max(0, (ss - BOOTSTRAP * m * m) / (BOOTSTRAP - 1)));
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
    public int draws() { return layout.draws(); }
    /** Which draw each replication ran. */
    public DrawLayout layout() { return layout; }
    /** What was drawn, in words. */
    public String drawn() { return drawn; }
    public Saving net() { return net; }
    public List<Saving> agencies() { return agencies; }
    public List<Point> acceptability() { return acceptability; }
    /** Drawn parameters by the strength of their (partial) rank correlation with the net saving. */
    public List<Driver> drivers() { return drivers; }
    public String driversMethod() { return driversMethod; }
    /** The net saving of each replication, in replication order. */
    public double[] savingByReplication() { return savingByReplication.clone(); }
}
