package capsim.study;

import capsim.experiment.RunResult;
import capsim.model.Measures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CalibrationByYearTest {
    static final String CLA = "childrens_social_care.children_looked_after_per_10k_at_31_march";
    static final String REF = "childrens_social_care.referrals_per_10k_children_per_year";

    /**
     * Replication r of three years: 2,000 children; looked-after children 10 x (year + r) during
     * a year but 20 x (year + r) in its last week (a stock is read there, not averaged);
     * referrals (year + r) a week (a flow is the year's total).
     */
    static RunResult run(int r) {
        double[][] rows = new double[3 * 52][Measures.count()];
        for (int w = 0; w < rows.length; w++) {
            int year = w / 52 + 1;
            double[] row = rows[w];
            row[Measures.index("children")] = 2_000;
            row[Measures.index("children_looked_after")] = (w % 52 == 51 ? 20 : 10) * (year + r);
            row[Measures.index("csc_referrals")] = year + r;
        }
        return new RunResult("t", r, r, rows);
    }

    record Row(String target, int year, double mean) {}

    @Test
    void eachYearIsThatYearsStockOrFlowAndAllIsTheirMean() {
        List<RunResult> runs = List.of(run(0), run(1), run(2));
        // CLA per 10k in year y, replication r: 20 (y + r) / 2000 x 1e4 = 100 (y + r); mean over r = 100 (y + 1)
        // referrals per 10k: 52 (y + r) / 2000 x 1e4 = 260 (y + r); mean over r = 260 (y + 1)
        List<Row> expected = List.of(
                new Row(CLA, 1, 200), new Row(CLA, 2, 300), new Row(CLA, 3, 400), new Row(CLA, Calibration.ALL_YEARS, 300),
                new Row(REF, 1, 520), new Row(REF, 2, 780), new Row(REF, 3, 1040), new Row(REF, Calibration.ALL_YEARS, 780));
        List<TargetFile.Target> targets = List.of(new TargetFile.Target(CLA, 300, 0.2, "", ""), new TargetFile.Target(REF, 780, 0.2, "", ""));
        for (Row e : expected) {
            Calibration.Fit f = Calibration.fits(targets, runs, e.year()).get(e.target().equals(CLA) ? 0 : 1);
            assertEquals(e.mean(), f.mean(), 1e-9, e.toString());
            // the replications differ by 100 (CLA) or 260 (referrals) a step: sd = step, half width t(0.975, 2) x step / sqrt 3
            double step = e.target().equals(CLA) ? 100 : 260, half = 4.302652729911275 * step / Math.sqrt(3);
            assertEquals(e.mean() - half, f.low(), 1e-6, e.toString());
            assertEquals(e.mean() + half, f.high(), 1e-6, e.toString());
            // within 20% of the target: only the middle year and the whole horizon (1/3 off in years 1 and 3)
            assertEquals(e.year() == 2 || e.year() == Calibration.ALL_YEARS, f.within(), e.toString());
        }
    }
}
