package capsim.study;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Experimental designs in the unit hypercube: each returns {@code points x dimensions} values
 * in [0, 1], mapped to parameter values by {@link Factor#value}. Pure functions: the same
 * arguments give the same points.
 */
public final class Designs {
    private Designs() {}

    /** Full factorial grid with {@code levels} evenly spaced levels per dimension (0 and 1 included). */
    public static double[][] grid(int dimensions, int levels) {
        if (dimensions < 1) throw new IllegalArgumentException("a grid needs at least one dimension");
        if (levels < 2) throw new IllegalArgumentException("a grid needs at least 2 levels");
        long n = 1;
        for (int d = 0; d < dimensions; d++) {
            n *= levels;
            if (n > 10_000_000) throw new IllegalArgumentException("grid of " + levels + "^" + dimensions + " points is too large");
        }
        double[][] out = new double[(int) n][dimensions];
        for (int p = 0; p < n; p++) {
            int rest = p;
            // last dimension varies fastest, like nested loops in the order the parameters are listed
            for (int d = dimensions - 1; d >= 0; d--) {
                out[p][d] = (rest % levels) / (double) (levels - 1);
                rest /= levels;
            }
        }
        return out;
    }

    /** Latin hypercube: one point in each of {@code n} equal strata of every dimension, seeded. */
    public static double[][] latinHypercube(int n, int dimensions, long seed) {
        if (n < 1 || dimensions < 1) throw new IllegalArgumentException("an LHS needs at least one point and one dimension");
        RandomGenerator rng = new MersenneTwister(seed);
        double[][] out = new double[n][dimensions];
        int[] perm = new int[n];
        for (int d = 0; d < dimensions; d++) {
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates
                int j = rng.nextInt(i + 1);
                int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            }
            for (int i = 0; i < n; i++) out[i][d] = (perm[i] + rng.nextDouble()) / n;
        }
        return out;
    }

    /**
     * The first {@code n} points of the Sobol low-discrepancy sequence (Joe and Kuo directions,
     * via Commons Math), skipping the all-zero first point which sits on a corner.
     */
    public static double[][] sobol(int n, int dimensions) {
        if (n < 1 || dimensions < 1) throw new IllegalArgumentException("a Sobol design needs at least one point and one dimension");
        SobolSequenceGenerator g = new SobolSequenceGenerator(dimensions);
        g.skipTo(1);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) out[i] = g.nextVector();
        return out;
    }
}
