package capsim.output;

import java.math.BigDecimal;

/**
 * The one way capsim writes a number to a file: independent of locale, compact and exact.
 * Whole numbers have no ".0"; others are the shortest decimal that reads back to the same
 * double (Java's {@code Double.toString} digits), in plain notation, never an exponent.
 */
public final class Numbers {
    private Numbers() {}

    public static String format(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    /** Appends {@link #format(double)} without building a BigDecimal in the common cases. */
    public static StringBuilder append(StringBuilder b, double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return b.append((long) x);
        double a = Math.abs(x);
        if (a >= 1e-3 && a < 1e7) return b.append(x);   // Double.toString is already plain in this range
        return b.append(format(x));
    }
}
