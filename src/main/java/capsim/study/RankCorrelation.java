package capsim.study;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;

import java.util.Arrays;

/**
 * Which drawn parameters drive an output: partial rank correlation coefficients (PRCC; Marino
 * et al. 2008): rank every input and the output, regress out the other inputs' ranks from both,
 * correlate the residuals. PRCC needs more draws than inputs; with too few (fewer than inputs +
 * 5) it falls back to the plain Spearman rank correlation of each input with the output, and
 * says so ({@link #partial}).
 */
public final class RankCorrelation {
    private final double[] coefficients;
    private final boolean partial;

    private RankCorrelation(double[] coefficients, boolean partial) {
        this.coefficients = coefficients;
        this.partial = partial;
    }

    /** @param x draws by inputs; @param y the output per draw */
    public static RankCorrelation of(double[][] x, double[] y) {
        int n = y.length, k = n == 0 ? 0 : x[0].length;
        double[][] rx = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) col[i] = x[i][j];
            rx[j] = ranks(col);
        }
        double[] ry = ranks(y);
        double[] c = new double[k];
        boolean partial = n >= k + 5;
        for (int j = 0; j < k; j++) {
            if (!partial) { c[j] = pearson(rx[j], ry); continue; }
            double[][] others = new double[n][k]; // intercept and the other inputs
            for (int i = 0; i < n; i++) {
                others[i][0] = 1;
                int col = 1;
                for (int m = 0; m < k; m++) if (m != j) others[i][col++] = rx[m][i];
            }
            c[j] = pearson(residuals(others, rx[j]), residuals(others, ry));
        }
        return new RankCorrelation(c, partial);
    }

    public double[] coefficients() { return coefficients.clone(); }

    /** True for PRCC, false for the Spearman fallback. */
    public boolean partial() { return partial; }

    public String method() {
        return partial ? "partial rank correlation (PRCC) of each parameter with the net saving across draws"
                : "Spearman rank correlation of each parameter with the net saving across draws (too few draws for partial "
                + "rank correlation, which needs at least parameters + 5)";
    }

    private static double[] residuals(double[][] a, double[] b) {
        RealMatrix m = new Array2DRowRealMatrix(a, false);
        double[] beta = new QRDecomposition(m, 1e-12).getSolver().solve(new ArrayRealVector(b, false)).toArray();
        double[] r = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double f = 0;
            for (int j = 0; j < beta.length; j++) f += a[i][j] * beta[j];
            r[i] = b[i] - f;
        }
        return r;
    }

    /** Average ranks, ties sharing the mean of their ranks. */
    static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]) != 0 ? Double.compare(v[a], v[b]) : Integer.compare(a, b));
        double[] r = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int m = i; m <= j; m++) r[order[m]] = avg;
            i = j + 1;
        }
        return r;
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) { ma += a[i]; mb += b[i]; }
        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }
}
