package capsim.analysis;

import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.model.Measures;
import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/** Hand-made run results with known costs, so the paired statistics can be checked by arithmetic. */
public final class SyntheticRuns {
    private SyntheticRuns() {}

    /** Weekly cost of an agency in replication r at 0-based week w. */
    public interface WeeklyCost { double of(int replication, Agency agency, int week); }

    public static List<RunResult> runs(String name, int replications, int years, long baseSeed, WeeklyCost cost) {
        List<RunResult> out = new ArrayList<>();
        int weeks = years * Scenario.WEEKS_PER_YEAR;
        for (int r = 0; r < replications; r++) {
            double[][] rows = new double[weeks][Measures.count()];
            for (int w = 0; w < weeks; w++) {
                double total = 0;
                for (Agency a : Agency.values()) {
                    double v = cost.of(r, a, w);
                    rows[w][Measures.agency(a, "cost")] = v;
                    rows[w][Measures.agency(a, "contacts")] = v / 10;
                    total += v;
                }
                rows[w][Measures.index("total_cost")] = total;
                rows[w][Measures.index("wellbeing")] = 0.5 + 0.001 * r;
            }
            out.add(new RunResult(name, r, capsim.model.Seeds.replicationSeed(baseSeed, r), rows));
        }
        return out;
    }
}
