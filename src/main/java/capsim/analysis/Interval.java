package capsim.analysis;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;

/**
 * The mean of a sample with its two-sided Student t confidence interval. Used for paired
 * differences across replications: with common random numbers each replication's difference
 * is one observation, so the interval is the usual one-sample t interval on the differences.
 * The one t interval of the project: run and compare summaries, sweep points and calibration
 * fits all take it, each in the {@link Order} of floating-point operations it has always used,
 * so that its outputs stay byte-identical. A missing observation (NaN, such as a quintile's mean
 * in a replication where nobody lives in it) is left out: {@code n} counts those present, and an
 * interval over none is all NaN with {@code n} 0.
 *
 * @param sd sample standard deviation (n - 1 in the denominator)
 */
public record Interval(double mean, double low, double high, double sd, int n) {

    public static final double LEVEL = 0.95;

    /**
     * The order of floating-point operations. The results agree to about 1e-15 relative; each
     * caller keeps its own so that files written before the intervals were unified are
     * reproduced to the last digit.
     */
    public enum Order {
        /** Mean by a plain sum in sample order, half-width t * sd / sqrt(n): summaries, compare. */
        SD_OVER_ROOT_N,
        /** As {@link #SD_OVER_ROOT_N} but half-width t * sqrt(ss / (n - 1) / n): sweep points.csv. */
        ROOT_OF_VARIANCE_OF_MEAN,
        /** Mean by compensated summation ({@code DoubleStream.average}), half-width as {@link #SD_OVER_ROOT_N}: calibration fits. */
        COMPENSATED_MEAN
    }

    /** Mean and 95% t interval; needs at least two observations for an interval. */
    public static Interval of(double[] xs) {
        return of(xs, LEVEL, Order.SD_OVER_ROOT_N);
    }

    /** Mean and 95% t interval, computed in the given order of operations. */
    public static Interval of(double[] xs, Order order) {
        return of(xs, LEVEL, order);
    }

    public static Interval of(double[] xs, double level) {
        return of(xs, level, Order.SD_OVER_ROOT_N);
    }

    public static Interval of(double[] xs, double level, Order order) {
        if (xs.length == 0) throw new IllegalArgumentException("no observations");
        xs = present(xs);
        int n = xs.length;
        if (n == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double mean;
        if (order == Order.COMPENSATED_MEAN) {
            mean = Arrays.stream(xs).average().orElseThrow();
        } else {
            double sum = 0;
            for (double x : xs) sum += x; // fixed order: results do not depend on threads
            mean = sum / n;
        }
        if (n == 1) return new Interval(mean, Double.NaN, Double.NaN, Double.NaN, 1);
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (n - 1));
        // null generator: only the quantile is needed, and the default one is seeded from the clock
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + level / 2);
        double half = order == Order.ROOT_OF_VARIANCE_OF_MEAN ? t * Math.sqrt(ss / (n - 1) / n) : t * sd / Math.sqrt(n);
        return new Interval(mean, mean - half, mean + half, sd, n);
    }

    /** The observations that are not missing (NaN), in order; the array itself when none is missing. */
    static double[] present(double[] xs) {
        int n = 0;
        for (double x : xs) if (!Double.isNaN(x)) n++;
        if (n == xs.length) return xs;
        double[] out = new double[n];
        int i = 0;
        for (double x : xs) if (!Double.isNaN(x)) out[i++] = x;
        return out;
    }

    /** Every observation was exactly zero (for example a scenario compared with itself). */
    public boolean exactlyZero() { return mean == 0 && sd == 0; }

    /** Variance of the mean estimate, sd squared over n. */
    public double varianceOfMean() { return sd * sd / n; }
}
