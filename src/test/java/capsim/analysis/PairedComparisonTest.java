package capsim.analysis;

import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.scenario.Scenario;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedComparisonTest {
    static final Scenario BASE = Scenario.defaults().withYears(3).withPopulation(1000);

    /** Every agency costs 100 a week, plus a replication-specific shift both scenarios share (the common random numbers). */
    static double baseCost(int r, Agency a, int w) { return 100 + 7 * r + (a.ordinal() == 0 ? w % 5 : 0); }

    @Test
    void identicalRunsGiveExactlyZeroEverywhere() {
        List<RunResult> b = SyntheticRuns.runs("b", 4, 3, 1, PairedComparisonTest::baseCost);
        List<RunResult> s = SyntheticRuns.runs("s", 4, 3, 1, PairedComparisonTest::baseCost);
        PairedComparison c = PairedComparison.analyse(BASE, BASE, b, s, 0.035, true);
        for (PairedComparison.Delta d : c.deltas()) {
            assertEquals(0.0, d.change().mean(), d.toString());
            assertEquals(0.0, d.change().low(), d.toString());
            assertEquals(0.0, d.change().high(), d.toString());
        }
        assertEquals(Verdict.IDENTICAL, c.verdict());
        assertEquals(1.0, c.breakEvenShare(0), "nothing to break even on");
        assertEquals(0.0, c.npvSaving().mean());
    }

    @Test
    void investThenSaveGivesKnownChangesBreakEvenAndNpv() {
        // adult social care spends 10 a week more in year 1; acute spends (20 + r) a week less from year 2
        List<RunResult> b = SyntheticRuns.runs("b", 5, 3, 1, PairedComparisonTest::baseCost);
        List<RunResult> s = SyntheticRuns.runs("s", 5, 3, 1, (r, a, w) -> baseCost(r, a, w)
                + (a == Agency.ASC && w < 52 ? 10 : 0) - (a == Agency.ACUTE && w >= 52 ? 20 + r : 0));
        PairedComparison c = PairedComparison.analyse(BASE, BASE, b, s, 0.035, true);

        assertEquals(520.0, c.delta("asc", "cost", 1).change().mean(), 1e-9);
        assertEquals(0.0, c.delta("asc", "cost", 2).change().mean());
        assertEquals(-52.0 * 22, c.delta("acute", "cost", 2).change().mean(), 1e-9);
        assertEquals(52.0, c.delta("asc", "contacts", 1).change().mean(), 1e-9, "demand is paired too");

        // saving per replication over 3 years: -520 + 2 * 52 * (20 + r), r = 0..4
        double[] saving = new double[5];
        for (int r = 0; r < 5; r++) saving[r] = -520 + 2 * 52 * (20 + r);
        double mean = 0;
        for (double x : saving) mean += x / 5;
        assertEquals(mean, c.netSaving().mean(), 1e-9);
        assertEquals(-mean, c.netCostChange().mean(), 1e-9);
        double sd = 52 * 2 * Math.sqrt(2.5); // sd of 104 * r over r = 0..4
        double half = new TDistribution(4).inverseCumulativeProbability(0.975) * sd / Math.sqrt(5);
        assertEquals(mean - half, c.netSaving().low(), 1e-6);
        assertEquals(mean + half, c.netSaving().high(), 1e-6);
        assertEquals(Verdict.SAVING, c.verdict());

        // cumulative saving: year 1 -520, year 2 -520 + 52 (20 + r) > 0: break-even in year 2 for every replication
        assertEquals(-520.0, c.cumulativeSaving().get(1).mean(), 1e-9);
        assertEquals(List.of(2, 2, 2, 2, 2), c.breakEvenYears());
        assertEquals(2, c.medianBreakEvenYear());

        // NPV: year 1 undiscounted, year t divided by 1.035^(t - 1)
        double npv0 = -520 + 52 * 20 / 1.035 + 52 * 20 / (1.035 * 1.035);
        double npvMean = npv0 + 52 * 2 * (1 / 1.035 + 1 / (1.035 * 1.035));
        assertEquals(npvMean, c.npvSaving().mean(), 1e-6);
    }

    @Test
    void breakEvenMustLastToTheHorizon() {
        assertEquals(1, PairedComparison.breakEvenYear(new double[]{0, 1, 2, 3}));
        assertEquals(3, PairedComparison.breakEvenYear(new double[]{0, 5, -1, 3}));
        assertEquals(0, PairedComparison.breakEvenYear(new double[]{0, 5, 6, -1}));
        assertEquals(0, PairedComparison.breakEvenYear(new double[]{0, 0, 0, 0}));
    }

    @Test
    void extraCostIsNotASaving() {
        List<RunResult> b = SyntheticRuns.runs("b", 6, 2, 1, PairedComparisonTest::baseCost);
        List<RunResult> s = SyntheticRuns.runs("s", 6, 2, 1, (r, a, w) -> baseCost(r, a, w) + (a == Agency.POLICE ? 3 + r % 2 : 0));
        PairedComparison c = PairedComparison.analyse(BASE, BASE, b, s, 0.035, true);
        assertEquals(Verdict.EXTRA_COST, c.verdict());
        assertTrue(c.netSaving().high() < 0);
        assertEquals(1.0, c.breakEvenShare(0));
    }

    @Test
    void refusesUnpairedInput() {
        List<RunResult> b = SyntheticRuns.runs("b", 3, 2, 1, PairedComparisonTest::baseCost);
        List<RunResult> other = SyntheticRuns.runs("s", 3, 2, 99, PairedComparisonTest::baseCost);
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.analyse(BASE, BASE, b, other, 0.035, true));
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.analyse(BASE, BASE, b, b.subList(0, 2), 0.035, true));
        PairedComparison.analyse(BASE, BASE, b, other, 0.035, false); // allowed when declared unpaired
    }
}
