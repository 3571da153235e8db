package capsim.report;

import capsim.output.Numbers;

import java.util.Locale;

/**
 * Number formats: {@link #data} for CSV (the project's one file format for numbers, so files are
 * byte-identical across machines), and the short forms a reader sees on the page.
 */
public final class Format {
    private Format() {}

    /** A number in a data file: {@link Numbers#format} (exact, locale-free, {@code -0} as {@code 0}); NaN as the empty string. */
    public static String data(double d) {
        return Double.isNaN(d) ? "" : Numbers.format(d);
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
        else s = new java.math.BigDecimal(d).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString(); // small changes keep their digits
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
