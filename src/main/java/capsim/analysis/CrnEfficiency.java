package capsim.analysis;

import capsim.experiment.RunResult;

import java.util.List;

/**
 * What common random numbers buy: the variance of the estimated mean difference in a measure's
 * horizon total when replication i of both scenarios shares a seed (paired), against the same
 * estimate from independent seeds (unpaired, the two sample variances added). Their ratio is
 * how many times more replications independent seeds would need for the same precision.
 */
public record CrnEfficiency(String measure, Interval paired, Interval independent, double pairedVariance,
                            double independentVariance) {

    public double ratio() { return independentVariance / pairedVariance; }

    /**
     * @param pairedScenario   scenario runs from the baseline's seed
     * @param independentScenario scenario runs from an unrelated seed
     */
    public static CrnEfficiency of(String measure, List<RunResult> baseline, List<RunResult> pairedScenario,
                                   List<RunResult> independentScenario) {
        int n = baseline.size();
        double[] d = new double[n], b = new double[n], s = new double[n], u = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = baseline.get(i).total(measure);
            s[i] = independentScenario.get(i).total(measure);
            d[i] = pairedScenario.get(i).total(measure) - b[i];
            u[i] = s[i] - b[i];
        }
        Interval paired = Interval.of(d), ib = Interval.of(b), is = Interval.of(s);
        double vp = paired.varianceOfMean(), vi = ib.varianceOfMean() + is.varianceOfMean();
        // the unpaired interval shown is on the differences of unrelated runs; its variance uses both samples
        return new CrnEfficiency(measure, paired, Interval.of(u), vp, vi);
    }
}
