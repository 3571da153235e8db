package capsim.study;

import capsim.study.HistoryMatching.Output;
import capsim.study.HistoryMatching.Result;
import capsim.study.HistoryMatching.Settings;
import capsim.study.HistoryMatching.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * History matching on a cheap simulator whose non-implausible region is known: two outputs,
 * x + y and x - y^2, observed at (0.3, 0.6) with small errors. The waves must shrink onto that
 * region, and keep it.
 */
class HistoryMatchingTest {
    static final double SD = 0.02, NOISE = 0.01;
    static final List<Target> TARGETS = List.of(
            new Target("sum", 0.3 + 0.6, SD * SD, 0),
            new Target("curve", 0.3 - 0.36, SD * SD, 0));

    /** Exact outputs plus a small seeded wobble (a stochastic simulator's replications' mean). */
    static final HistoryMatching.Simulator SIM = (points, progress) -> {
        List<Output> out = new ArrayList<>();
        for (double[] p : points) {
            double w = Math.sin(1000 * p[0] + 7 * p[1]) * NOISE;
            out.add(new Output(new double[]{p[0] + p[1] + w, p[0] - p[1] * p[1] - w}, new double[]{NOISE * NOISE, NOISE * NOISE}));
        }
        return out;
    };

    /** The true implausibility measure (largest) of a point, without noise. */
    static double truth(double[] p) {
        double v = Math.sqrt(SD * SD + NOISE * NOISE);
        return Math.max(Math.abs(p[0] + p[1] - 0.9) / v, Math.abs(p[0] - p[1] * p[1] + 0.06) / v);
    }

    @Test
    void wavesConvergeOnTheNonImplausibleRegion() {
        Result r = HistoryMatching.run(TARGETS, 2, SIM, new Settings(4, 30, 4000, 3, false, 42), null);
        assertEquals(4, r.waves().size());
        // the share of space kept shrinks wave by wave (each wave's share is estimated from its own
        // candidates, so allow three binomial standard errors)
        double previous = 1;
        for (HistoryMatching.Wave w : r.waves().subList(1, r.waves().size())) {
            double se = Math.sqrt(previous * (1 - previous) / w.candidates());
            assertTrue(w.share() <= previous + 3 * se + 1e-9, "wave " + w.wave() + " kept " + w.share() + " after " + previous);
            previous = w.share();
        }
        assertTrue(r.waves().get(1).share() < 0.5, "wave 1 rules out most of the square: " + r.waves().get(1).share());
        // the true region (largest implausibility <= 3) covers about this share of the square
        int in = 0, n = 200_000;
        for (int i = 0; i < n; i++) {
            double[] p = {((i * 0.6180339887) % 1), ((i * 0.7548776662) % 1)};
            if (truth(p) <= 3) in++;
        }
        double trueShare = (double) in / n;
        double kept = r.finalSpace().share();
        assertTrue(kept < 0.1, "the final space is small: " + kept);
        assertTrue(kept > trueShare / 3 && kept < trueShare * 3, "kept " + kept + " vs true " + trueShare);
        // the last wave's runs sit in (or at the edge of) the true region, and the first wave's mostly did not
        List<HistoryMatching.Run> last = r.waves().get(3).runs();
        long lastIn = last.stream().filter(x -> truth(x.unit()) <= 3.5).count();
        long firstIn = r.waves().get(0).runs().stream().filter(x -> truth(x.unit()) <= 3.5).count();
        assertTrue(lastIn >= 0.8 * last.size(), lastIn + " of " + last.size());
        assertTrue(firstIn <= 0.3 * r.waves().get(0).runs().size(), firstIn + " in the first wave");
        // the region is never ruled out: the true point survives every wave's emulators
        assertFalse(r.plausible(3).isEmpty());
        for (HistoryMatching.Run p : r.plausible(3)) assertTrue(truth(p.unit()) <= 4.5, "plausible run far from the region: " + truth(p.unit()));
        assertTrue(r.finalSpace().keptLow()[0] <= 0.3 && r.finalSpace().keptHigh()[0] >= 0.3, "x = 0.3 kept");
        assertTrue(r.finalSpace().keptLow()[1] <= 0.6 && r.finalSpace().keptHigh()[1] >= 0.6, "y = 0.6 kept");
    }

    @Test
    void sameSeedSameWaves() {
        Result a = HistoryMatching.run(TARGETS, 2, SIM, new Settings(2, 12, 500, 3, false, 7), null);
        Result b = HistoryMatching.run(TARGETS, 2, SIM, new Settings(2, 12, 500, 3, false, 7), null);
        assertEquals(a.runs().size(), b.runs().size());
        for (int i = 0; i < a.runs().size(); i++) assertTrue(java.util.Arrays.equals(a.runs().get(i).unit(), b.runs().get(i).unit()));
    }

    @Test
    void secondLargestForgivesOneTarget() {
        assertEquals(5.0, HistoryMatching.measure(new double[]{1, 5, 2}, false));
        assertEquals(2.0, HistoryMatching.measure(new double[]{1, 5, 2}, true));
        assertEquals(2.0, HistoryMatching.implausibility(new Target("t", 10, 0.5, 0.5), 8, 0));
    }
}
