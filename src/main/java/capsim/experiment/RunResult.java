package capsim.experiment;

import capsim.model.Measures;

/**
 * The weekly measures of one replication after burn-in: {@code rows[w][c]} is reported week
 * {@code w + 1}, column {@code Measures.columns().get(c)}.
 */
public record RunResult(String scenario, int replication, long seed, double[][] rows) {

    public int weeks() { return rows.length; }

    public double value(int week0, String measure) { return rows[week0][Measures.index(measure)]; }

    /** Sum of a measure over a 1-based year of the reported period (for flows). */
    public double yearSum(int year, String measure) {
        int c = Measures.index(measure);
        double s = 0;
        for (int w = (year - 1) * 52; w < year * 52 && w < rows.length; w++) s += rows[w][c];
        return s;
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
    public double total(String measure) {
        int c = Measures.index(measure);
        double s = 0;
        for (double[] r : rows) s += r[c];
        return s;
    }
}
