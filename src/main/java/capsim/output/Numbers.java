package capsim.output;

import capsim.scenario.Literals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The one place capsim turns a number into text, always independent of locale. For files:
 * {@link #format} (compact and exact: whole numbers have no ".0", others are the shortest
 * decimal that reads back to the same double, in plain notation, never an exponent). For a
 * reader: money, quantities and shares on the report page, the run summary on the console, six
 * significant digits for sensitivity indices and calibration tables, and parameter bounds in
 * messages.
 */
public final class Numbers {
    private Numbers() {}

    /** {@link Literals#number}: the file format, shared with {@code scenario.yaml}. */
    public static String format(double x) { return Literals.number(x); }

    /** Appends {@link #format(double)} without building a BigDecimal in the common cases. */
    public static StringBuilder append(StringBuilder b, double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return b.append((long) x);
        double a = Math.abs(x);
        if (a >= 1e-3 && a < 1e7) return b.append(x);   // Double.toString is already plain in this range
        return b.append(format(x));
    }

    /** A number in a data file: {@link #format} (exact, locale-free, {@code -0} as {@code 0}); NaN as the empty string. */
    public static String data(double d) {
        return Double.isNaN(d) ? "" : format(d);
    }

    /** Six significant digits: more would be noise in indices and fits, and fixed formatting keeps files comparable. */
    public static String sixDigits(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : format(d);
    }

    /** A value on the console: grouped whole pounds or people from 1,000, else four significant digits. */
    public static String human(double x) {
        if (Double.isNaN(x)) return "n/a";
        if (Math.abs(x) >= 1000) return String.format(Locale.ROOT, "%,.0f", x);
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.4g", x);
    }

    /** Pounds, short: £1.23m, £45.6k, £780; a minus sign for negatives. */
    public static String money(double d) {
        if (Double.isNaN(d)) return "n/a";
        double a = Math.abs(d);
        String body;
        if (a >= 1e9) body = String.format(Locale.ROOT, "%.2fbn", a / 1e9);
        else if (a >= 1e6) body = String.format(Locale.ROOT, "%.2fm", a / 1e6);
        else if (a >= 1e3) body = String.format(Locale.ROOT, "%.1fk", a / 1e3);
        else body = String.format(Locale.ROOT, "%.0f", a);
        boolean zero = body.matches("[0.]+(bn|m|k)?");
        return (d < 0 && !zero ? "\u2212" : "") + "\u00a3" + body;
    }

    /** A signed amount of money: +£1.2m, −£3.4k, £0. */
    public static String signedMoney(double d) {
        String m = money(d);
        return d > 0 && !m.equals(money(0)) ? "+" + m : m;
    }

    /** A plain quantity, three significant figures, grouped for reading. */
    public static String number(double d) {
        if (Double.isNaN(d)) return "n/a";
        double a = Math.abs(d);
        String s;
        if (a == 0) s = "0";
        else if (a >= 100) s = String.format(Locale.ROOT, "%,.0f", d);
        else if (a >= 1) s = String.format(Locale.ROOT, "%.2f", d);
        else s = new BigDecimal(d).round(new MathContext(3)).stripTrailingZeros().toPlainString(); // small changes keep their digits
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    public static String signedNumber(double d) {
        String s = number(d);
        return d > 0 && !s.matches("[0.,]+") ? "+" + s : s;
    }

    /** A share as a whole percentage. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
