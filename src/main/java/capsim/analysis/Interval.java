package capsim.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a sample with its two-sided Student t confidence interval. Used for paired
 * differences across replications: with common random numbers each replication's difference
 * is one observation, so the interval is the usual one-sample t interval on the differences.
 *
 * @param sd sample standard deviation (n - 1 in the denominator)
 */
public record Interval(double mean, double low, double high, double sd, int n) {

    public static final double LEVEL = 0.95;

    /** Mean and 95% t interval; needs at least two observations for an interval. */
    public static Interval of(double[] xs) {
        return of(xs, LEVEL);
    }

    public static Interval of(double[] xs, double level) {
        int n = xs.length;
        if (n == 0) throw new IllegalArgumentException("no observations");
        double sum = 0;
        for (double x : xs) sum += x; // fixed order: results do not depend on threads
        double mean = sum / n;
        if (n == 1) return new Interval(mean, Double.NaN, Double.NaN, Double.NaN, 1);
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (n - 1));
        // null generator: only the quantile is needed, and the default one is seeded from the clock
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + level / 2);
        double half = t * sd / Math.sqrt(n);
        return new Interval(mean, mean - half, mean + half, sd, n);
    }

    /** True when the whole interval lies on one side of zero. */
    public boolean excludesZero() { return low > 0 || high < 0; }

    /** Every observation was exactly zero (for example a scenario compared with itself). */
    public boolean exactlyZero() { return mean == 0 && sd == 0; }

    /** Variance of the mean estimate, sd squared over n. */
    public double varianceOfMean() { return sd * sd / n; }
}
