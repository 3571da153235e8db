package capsim.study;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * An emulator for history matching: a Gaussian process with constant mean and a squared
 * exponential kernel on the unit cube, with a known nugget (the replications' variance of the
 * mean, so the emulator does not chase chance). Length scale and signal variance are chosen by
 * marginal likelihood over a fixed grid, so fitting is deterministic and needs no optimiser.
 * {@link #predict} gives the simulator's expected output at a point and the emulator's variance.
 */
public final class GaussianProcess {
    static final double[] LENGTHS = {0.1, 0.15, 0.2, 0.3, 0.45, 0.7, 1.0, 1.5, 2.5};
    static final double[] SIGNALS = {0.1, 0.3, 1, 3, 10};

    private final double[][] x;
    private final double mean, scale, length, signal;
    private final double[] alpha;
    private final CholeskyDecomposition chol;

    private GaussianProcess(double[][] x, double mean, double scale, double length, double signal, double[] alpha,
                            CholeskyDecomposition chol) {
        this.x = x;
        this.mean = mean;
        this.scale = scale;
        this.length = length;
        this.signal = signal;
        this.alpha = alpha;
        this.chol = chol;
    }

    /**
     * @param x points in the unit cube; @param y outputs; @param noise variance of each y (of the
     *        replications' mean), the nugget
     */
    public static GaussianProcess fit(double[][] x, double[] y, double[] noise) {
        int n = y.length;
        double m = 0;
        for (double v : y) m += v;
        m /= n;
        double ss = 0;
        for (double v : y) ss += (v - m) * (v - m);
        double scale = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        if (!(scale > 0)) scale = Math.max(1e-12, Math.abs(m) * 1e-6 + 1e-12);
        double[] z = new double[n], nz = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (y[i] - m) / scale;
            nz[i] = noise[i] / (scale * scale) + 1e-8;
        }
        GaussianProcess best = null;
        double bestLl = Double.NEGATIVE_INFINITY;
        for (double l : LENGTHS)
            for (double s : SIGNALS) {
                RealMatrix k = new Array2DRowRealMatrix(n, n);
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++) k.setEntry(i, j, s * kernel(x[i], x[j], l) + (i == j ? nz[i] : 0));
                CholeskyDecomposition c;
                try {
                    c = new CholeskyDecomposition(k, 1e-12, 1e-14);
                } catch (NonPositiveDefiniteMatrixException e) {
                    continue;
                }
                double[] a = c.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(z)).toArray();
                double ll = 0;
                for (int i = 0; i < n; i++) ll -= 0.5 * z[i] * a[i];
                ll -= 0.5 * Math.log(c.getDeterminant());
                if (ll > bestLl) {
                    bestLl = ll;
                    best = new GaussianProcess(x, m, scale, l, s, a, c);
                }
            }
        if (best == null) throw new IllegalStateException("no kernel fits these runs");
        return best;
    }

    static double kernel(double[] a, double[] b, double l) {
        double d = 0;
        for (int k = 0; k < a.length; k++) d += (a[k] - b[k]) * (a[k] - b[k]);
        return Math.exp(-0.5 * d / (l * l));
    }

    /** Expected output at a point and the emulator's variance of it, in the output's units. */
    public double[] predict(double[] p) {
        int n = x.length;
        double[] k = new double[n];
        for (int i = 0; i < n; i++) k[i] = signal * kernel(p, x[i], length);
        double mu = 0;
        for (int i = 0; i < n; i++) mu += k[i] * alpha[i];
        double[] v = chol.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(k)).toArray();
        double kv = 0;
        for (int i = 0; i < n; i++) kv += k[i] * v[i];
        double var = Math.max(0, signal - kv);
        return new double[]{mean + scale * mu, var * scale * scale};
    }

    public double length() { return length; }
}
