package capsim.study;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Variance-based sensitivity (Sobol indices) with the Saltelli design. Two matrices A and B of
 * {@code n} quasi-random base points, and for each factor i the matrix AB_i (A with column i
 * taken from B): {@code n (k + 2)} model evaluations. First-order indices use the Saltelli
 * (2010) estimator, total indices Jansen's (1999); confidence intervals are percentile
 * bootstraps over the base points with a seeded generator.
 *
 * <p>Rows of the design, and so of the outputs passed to {@link #analyze}, are in blocks:
 * A (rows 0..n-1), B (n..2n-1), then AB_1 .. AB_k.
 */
public final class SobolIndices {
    private SobolIndices() {}

    /** One factor's indices and their 95% bootstrap intervals. */
    public record Index(String factor, double s1, double s1Low, double s1High,
                        double st, double stLow, double stHigh) {}

    /** The Saltelli design in the unit hypercube: {@code n (k + 2)} rows of {@code k} columns. */
    public static double[][] design(int n, int k) {
        if (n < 2) throw new IllegalArgumentException("Sobol analysis needs at least 2 base points");
        if (k < 1) throw new IllegalArgumentException("Sobol analysis needs at least one factor");
        double[][] base = Designs.sobol(n, 2 * k);
        double[][] out = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            out[j] = Arrays.copyOfRange(base[j], 0, k);
            out[n + j] = Arrays.copyOfRange(base[j], k, 2 * k);
            for (int i = 0; i < k; i++) {
                double[] ab = out[j].clone();
                ab[i] = base[j][k + i];
                out[(2 + i) * n + j] = ab;
            }
        }
        return out;
    }

    /** Number of model evaluations the design needs. */
    public static int evaluations(int n, int k) { return n * (k + 2); }

    /**
     * Indices from outputs {@code y} laid out like {@link #design}.
     *
     * @param bootstrap number of bootstrap resamples (0 for none: intervals collapse to the estimate)
     */
    public static List<Index> analyze(List<String> factors, int n, double[] y, int bootstrap, long seed) {
        int k = factors.size();
        if (y.length != evaluations(n, k))
            throw new IllegalArgumentException("expected " + evaluations(n, k) + " outputs, got " + y.length);
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] est = estimate(n, k, y, all);
        double[][][] boot = new double[k][2][bootstrap];
        RandomGenerator rng = new MersenneTwister(seed);
        int[] sample = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) sample[j] = rng.nextInt(n);
            double[][] e = estimate(n, k, y, sample);
            for (int i = 0; i < k; i++) { boot[i][0][b] = e[0][i]; boot[i][1][b] = e[1][i]; }
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double s1 = est[0][i], st = est[1][i];
            double[] s1ci = bootstrap == 0 ? new double[]{s1, s1} : percentiles(boot[i][0]);
            double[] stci = bootstrap == 0 ? new double[]{st, st} : percentiles(boot[i][1]);
            out.add(new Index(factors.get(i), s1, s1ci[0], s1ci[1], st, stci[0], stci[1]));
        }
        return out;
    }

    /** Runs the design through a model given as a function of unit-hypercube points scaled to the factors. */
    public static List<Index> run(List<Factor> factors, ToDoubleFunction<double[]> model, int n, int bootstrap, long seed) {
        double[][] d = design(n, factors.size());
        double[] y = new double[d.length];
        for (int r = 0; r < d.length; r++) y[r] = model.applyAsDouble(scale(factors, d[r]));
        return analyze(factors.stream().map(Factor::name).toList(), n, y, bootstrap, seed);
    }

    static double[] scale(List<Factor> factors, double[] unit) {
        double[] x = new double[unit.length];
        for (int i = 0; i < x.length; i++) x[i] = factors.get(i).value(unit[i]);
        return x;
    }

    /** {first-order[k], total[k]} over the base points listed in {@code rows}. */
    private static double[][] estimate(int n, int k, double[] y, int[] rows) {
        int m = rows.length;
        // variance of the pooled A and B outputs
        double mean = 0;
        for (int r : rows) mean += y[r] + y[n + r];
        mean /= 2.0 * m;
        double var = 0;
        for (int r : rows) {
            double a = y[r] - mean, b = y[n + r] - mean;
            var += a * a + b * b;
        }
        var /= 2.0 * m - 1;
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0, total = 0;
            int off = (2 + i) * n;
            for (int r : rows) {
                double fa = y[r], fb = y[n + r], fab = y[off + r];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            out[0][i] = var == 0 ? Double.NaN : first / m / var; // undefined when the output never varies
            out[1][i] = var == 0 ? Double.NaN : total / (2.0 * m) / var;
        }
        return out;
    }

    private static double[] percentiles(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return new double[]{quantile(s, 0.025), quantile(s, 0.975)};
    }

    /** Linear interpolation between order statistics of a sorted array. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
