package capsim.scenario;

import java.math.BigDecimal;

/**
 * How a number or a string is written in a file: {@code scenario.yaml} here, and through
 * {@code capsim.output.Numbers} and {@code JsonWriter} every CSV and JSON file. Locale-free;
 * the lowest layer, so the scenario needs nothing above it to write itself.
 */
public final class Literals {
    private Literals() {}

    /** Whole numbers without ".0", others the shortest decimal that reads back exactly, never an exponent. */
    public static String number(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    /** Whole numbers without ".0", others as {@code Double.toString} (a parameter's bounds in a message). */
    public static String compact(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** A JSON string literal; YAML's double-quoted style takes the same escapes. */
    public static String quoted(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) q.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }
}
