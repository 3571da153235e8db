package capsim.study;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Morris elementary-effects screening. Each of {@code r} trajectories starts at a random point
 * of a {@code p}-level grid in the unit hypercube and moves one factor at a time, in random
 * order, by {@code delta = p / (2 (p - 1))} (up or down, staying inside the cube): {@code r (k + 1)}
 * model evaluations. An elementary effect is the change of output per unit-interval step, so
 * factors with different ranges are comparable. mu* (mean absolute effect) ranks importance;
 * sigma (standard deviation) flags non-linearity or interaction.
 */
public final class MorrisScreening {
    private MorrisScreening() {}

    /** One factor's summary over the trajectories. */
    public record Effect(String factor, double mu, double muStar, double sigma) {}

    /** {@code r (k + 1)} rows: trajectory t occupies rows {@code t (k + 1) .. t (k + 1) + k}. */
    public static double[][] design(int trajectories, int k, int levels, long seed) {
        if (trajectories < 2) throw new IllegalArgumentException("Morris screening needs at least 2 trajectories");
        if (k < 1) throw new IllegalArgumentException("Morris screening needs at least one factor");
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("Morris levels must be even and at least 2");
        RandomGenerator rng = new MersenneTwister(seed);
        double step = 1.0 / (levels - 1);
        double delta = levels / (2.0 * (levels - 1));
        double[][] out = new double[trajectories * (k + 1)][];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = rng.nextInt(levels) * step;
            int[] order = new int[k];
            for (int i = 0; i < k; i++) order[i] = i;
            for (int i = k - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = order[i]; order[i] = order[j]; order[j] = tmp;
            }
            int row = t * (k + 1);
            out[row] = x.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                // go up when there is room, otherwise down: every level has a partner delta away
                x[i] = x[i] + delta <= 1 + 1e-12 ? x[i] + delta : x[i] - delta;
                x[i] = Math.max(0, Math.min(1, x[i]));
                out[row + s + 1] = x.clone();
            }
        }
        return out;
    }

    public static int evaluations(int trajectories, int k) { return trajectories * (k + 1); }

    /** Effects from the design and its outputs (row for row). */
    public static List<Effect> analyze(List<String> factors, double[][] design, double[] y) {
        int k = factors.size();
        if (design.length != y.length || design.length % (k + 1) != 0)
            throw new IllegalArgumentException("design and outputs do not match " + k + " factors");
        int r = design.length / (k + 1);
        double[][] ee = new double[k][r];
        int[] count = new int[k];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int a = t * (k + 1) + s;
                double[] x0 = design[a], x1 = design[a + 1];
                int changed = -1;
                for (int i = 0; i < k; i++) if (x0[i] != x1[i]) changed = i;
                if (changed < 0) throw new IllegalArgumentException("trajectory " + t + " step " + s + " changes no factor");
                ee[changed][count[changed]++] = (y[a + 1] - y[a]) / (x1[changed] - x0[changed]);
            }
        }
        List<Effect> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double mu = 0, muStar = 0;
            for (int t = 0; t < r; t++) { mu += ee[i][t]; muStar += Math.abs(ee[i][t]); }
            mu /= r;
            muStar /= r;
            double ss = 0;
            for (int t = 0; t < r; t++) ss += (ee[i][t] - mu) * (ee[i][t] - mu);
            out.add(new Effect(factors.get(i), mu, muStar, Math.sqrt(ss / (r - 1))));
        }
        return out;
    }

    /** Runs the design through a model given as a function of factor values. */
    public static List<Effect> run(List<Factor> factors, ToDoubleFunction<double[]> model, int trajectories, int levels, long seed) {
        double[][] d = design(trajectories, factors.size(), levels, seed);
        double[] y = new double[d.length];
        for (int r = 0; r < d.length; r++) y[r] = model.applyAsDouble(SobolIndices.scale(factors, d[r]));
        return analyze(factors.stream().map(Factor::name).toList(), d, y);
    }
}
