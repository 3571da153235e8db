package capsim.experiment;

import capsim.model.Measures;

/**
 * The weekly measures of one replication after burn-in: {@code rows[w][c]} is reported week
 * {@code w + 1}, column {@code Measures.columns().get(c)}. A missing week (NaN: a quintile's mean
 * when nobody lives in it) is left out of sums and means; a sum or mean over no present week is NaN.
 */
public record RunResult(String scenario, int replication, long seed, double[][] rows) {

    public int weeks() { return rows.length; }

    public double value(int week0, String measure) { return rows[week0][Measures.index(measure)]; }

    /** Sum of a measure over a 1-based year of the reported period (for flows). */
    public double yearSum(int year, String measure) {
        return sum(Measures.index(measure), (year - 1) * 52, Math.min(year * 52, rows.length), false);
    }

    /** Value of a measure at the last week of a 1-based year (for stocks). */
    public double yearEnd(int year, String measure) {
        return rows[Math.min(year * 52, rows.length) - 1][Measures.index(measure)];
    }

    /** A year's value: sum for a flow, year-end level for a stock. */
    public double yearValue(int year, String measure) {
        return Measures.kind(measure) == Measures.Kind.FLOW ? yearSum(year, measure) : yearEnd(year, measure);
    }

    /** Sum of a flow over the whole reported period. */
    public double total(String measure) { return sum(Measures.index(measure), 0, rows.length, false); }

    /** Mean weekly value over the whole reported period, over the weeks present. */
    public double mean(String measure) { return sum(Measures.index(measure), 0, rows.length, true); }

    /** Sum (or mean) of column c over weeks [from, to), leaving missing weeks out; NaN when every week is missing. */
    public double sum(int c, int from, int to, boolean mean) {
        double s = 0;
        int n = 0;
        for (int w = from; w < to; w++) {
            double x = rows[w][c];
            if (Double.isNaN(x)) continue;
            s += x;
            n++;
        }
        if (n == 0 && to > from) return Double.NaN;
        return mean ? s / n : s;
    }
}
