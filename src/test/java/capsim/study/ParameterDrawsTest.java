package capsim.study;

import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import capsim.scenario.Uncertainty;
import capsim.scenario.Uncertainty.Dist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parameter draws: each distribution stays in its bounds and has its shape; draws are keyed, so reproducible. */
class ParameterDrawsTest {

    @Test
    void everyDistributionStaysWithinItsBoundsAndIsMonotone() {
        for (Dist d : List.of(Dist.UNIFORM, Dist.TRIANGULAR, Dist.BETA, Dist.LOGNORMAL)) {
            Uncertainty u = new Uncertainty(d, 0.2, 0.5, 1.4, "test");
            double prev = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 1000; i++) {
                double q = u.quantile(i / 1000.0);
                assertTrue(q >= 0.2 && q <= 1.4, d + " at " + i + ": " + q);
                assertTrue(q >= prev, d + " not monotone at " + i);
                prev = q;
            }
        }
        Uncertainty uni = new Uncertainty(Dist.UNIFORM, 2, 3, 4, "t");
        assertEquals(3.0, uni.quantile(0.5), 1e-12);
        // triangular: the mode at its cumulative share (mode - low) / (high - low)
        Uncertainty tri = new Uncertainty(Dist.TRIANGULAR, 0, 1, 4, "t");
        assertEquals(1.0, tri.quantile(0.25), 1e-12);
        assertEquals(4 - Math.sqrt(0.5 * 4 * 3), tri.quantile(0.5), 1e-12);
        // beta (PERT) peaks at the mode: its median lies between the mode and the middle of the range
        Uncertainty beta = new Uncertainty(Dist.BETA, 0, 0.2, 1, "t");
        assertTrue(beta.quantile(0.5) > 0.2 && beta.quantile(0.5) < 0.5, "beta median " + beta.quantile(0.5));
        // lognormal: low and high are the 2.5% and 97.5% points, the median their geometric mean
        Uncertainty ln = new Uncertainty(Dist.LOGNORMAL, 1, 2, 16, "t");
        assertEquals(4.0, ln.quantile(0.5), 1e-9);
        assertEquals(16.0, ln.quantile(0.975), 1e-6);
        assertEquals(0.7, Uncertainty.fixed(0.7, "t").quantile(0.3));
    }

    @Test
    void drawsAreKeyedToSeedDrawAndParameterAlone() {
        Scenario b = ScenarioLoader.load("baseline-deficit", List.of()), s = ScenarioLoader.load("strengths-based", List.of());
        ParameterDraws d = ParameterDraws.of(ParameterDraws.Scope.EFFECTS, b, s, null, 11);
        ParameterDraws again = ParameterDraws.of(ParameterDraws.Scope.EFFECTS, b, s, null, 11);
        ParameterDraws all = ParameterDraws.of(ParameterDraws.Scope.ALL, b, s, null, 11);
        ParameterDraws otherSeed = ParameterDraws.of(ParameterDraws.Scope.EFFECTS, b, s, null, 12);
        assertTrue(d.keys().contains("sba.fidelity") && d.keys().contains("sba.strengths_gain"), d.keys().toString());
        assertFalse(d.keys().contains("sba.trained_share"), "a policy choice is not drawn");
        assertFalse(d.keys().contains("agencies.csc.pathway"), "a choice is not drawn");
        assertTrue(all.keys().size() > d.keys().size());
        for (int i = 0; i < 5; i++) {
            // the same draw of a parameter whichever others are drawn with it
            assertEquals(d.u(i, "sba.fidelity"), all.u(i, "sba.fidelity"));
            assertEquals(d.apply(s, i).params(), again.apply(s, i).params());
            assertNotEquals(d.u(i, "sba.fidelity"), otherSeed.u(i, "sba.fidelity"));
            assertNotEquals(d.u(i, "sba.fidelity"), d.u(i + 1, "sba.fidelity"));
        }
        // every drawn value lies in its range and in the parameter's valid range; both arms draw the same position
        ParamRegistry reg = ParamRegistry.get();
        for (int i = 0; i < 50; i++) {
            Scenario ds = all.apply(s, i), db = all.apply(b, i);
            for (String k : all.keys()) {
                ParamSpec p = reg.spec(k);
                double v = ((Number) ds.params().get(k)).doubleValue();
                if (p.min() != null) assertTrue(v >= p.min(), k + " " + v);
                if (p.max() != null) assertTrue(v <= p.max(), k + " " + v);
                if (s.params().get(k).equals(p.defaultValue())) {
                    // a whole number is the rounded draw: within the range's bounds, rounded
                    double slack = p.type() == ParamSpec.Type.INTEGER ? 0.5 : 1e-9;
                    assertTrue(v >= p.uncertainty().low() - slack && v <= p.uncertainty().high() + slack, k + " " + v);
                    assertEquals(db.params().get(k), ds.params().get(k), k + ": same value in both arms where both files agree");
                }
            }
        }
    }

    @Test
    void wholeNumberParametersAreDrawnToWholeNumbersWithinTheirRange() {
        Scenario b = ScenarioLoader.load("baseline-deficit", List.of()), s = ScenarioLoader.load("strengths-based", List.of());
        ParameterDraws all = ParameterDraws.of(ParameterDraws.Scope.ALL, b, s, null, 11);
        ParameterDraws again = ParameterDraws.of(ParameterDraws.Scope.ALL, b, s, null, 11);
        ParameterDraws effects = ParameterDraws.of(ParameterDraws.Scope.EFFECTS, b, s, null, 11);
        ParamRegistry reg = ParamRegistry.get();
        List<String> ints = all.keys().stream().filter(k -> reg.spec(k).type() == ParamSpec.Type.INTEGER).toList();
        for (String k : List.of("agencies.asc.short_term_weeks", "agencies.csc.repeat_referral_weeks", "crisis.cooldown_weeks",
                "area.neighbourhood_size", "households.children_max"))
            assertTrue(ints.contains(k), k + " is a claim about the world, so drawn: " + ints);
        // the switch puts the roll-out length to work: an effect assumption now, drawn by default
        assertTrue(effects.keys().contains("sba.ramp_weeks"), effects.keys().toString());
        for (String k : ints) {
            ParamSpec p = reg.spec(k);
            Uncertainty u = p.uncertainty();
            java.util.TreeSet<Long> seen = new java.util.TreeSet<>();
            for (int i = 0; i < 60; i++) {
                Scenario ds = all.apply(s, i);
                Object v = ds.params().get(k);
                assertTrue(v instanceof Long, k + ": a whole number for the ParamSet, got " + v.getClass().getSimpleName());
                long x = (Long) v;
                assertEquals(x, ds.params().integer(k), k + ": ParamSet.integer reads the drawn value");
                assertTrue(x >= Math.round(u.low()) && x <= Math.round(u.high()), k + " " + x + " outside " + u.shortForm());
                if (p.min() != null) assertTrue(x >= p.min(), k + " " + x);
                if (p.max() != null) assertTrue(x <= p.max(), k + " " + x);
                // the same (seed, draw, key) gives the same value, whichever scope drew it
                assertEquals(v, again.apply(s, i).params().get(k), k + " draw " + i);
                if (effects.keys().contains(k)) assertEquals(v, effects.apply(s, i).params().get(k), k + " draw " + i);
                seen.add(x);
            }
            assertTrue(seen.size() >= 2, k + ": drawn, so more than one value in 60 draws: " + seen);
        }
        // a wide range reaches most of its whole numbers: short-term support of 4 to 12 weeks
        java.util.TreeSet<Long> weeks = new java.util.TreeSet<>();
        for (int i = 0; i < 200; i++) weeks.add((Long) all.apply(s, i).params().get("agencies.asc.short_term_weeks"));
        assertTrue(weeks.first() <= 5 && weeks.last() >= 11 && weeks.size() >= 7, weeks.toString());
        // rounded, not truncated: the value at a position is the nearest whole number to the quantile
        ParamSpec st = reg.spec("agencies.asc.short_term_weeks");
        for (double at : new double[]{0.05, 0.3, 0.5, 0.77, 0.95})
            assertEquals(Math.round(st.uncertainty().quantile(at)), ParameterDraws.value(st, 8L, at), "at " + at);
        assertEquals(Math.round(1.5 * st.uncertainty().quantile(0.3)), ParameterDraws.value(st, 12L, 0.3),
                "an arm's own value moves the range, then the draw is rounded");
    }

    @Test
    void countsThatAreNotClaimsAboutTheWorldAreNeverDrawn() {
        Scenario b = ScenarioLoader.load("baseline-deficit", List.of()), s = ScenarioLoader.load("strengths-based", List.of());
        ParameterDraws all = ParameterDraws.of(ParameterDraws.Scope.ALL, b, s, null, 11);
        ParamRegistry reg = ParamRegistry.get();
        List<String> counts = List.of("demography.spin_up_years", "demography.spin_up_network_years", "costs.price_year",
                "costs.police_year", "costs.foster_care_week_year", "costs.childrens_social_worker_hour_year");
        for (String k : counts) {
            assertTrue(reg.spec(k).uncertainty().isFixed(), k + ": " + reg.spec(k).uncertainty());
            assertFalse(all.keys().contains(k), k);
        }
        for (String k : reg.specs().keySet())
            if (reg.spec(k).type() == ParamSpec.Type.INTEGER && Uncertainty.isFixedCount(k))
                assertFalse(all.keys().contains(k), k);
        // the run settings are never drawn either: a draw changes parameters only
        for (String k : List.of("seed", "population", "years", "burn_in_years")) {
            assertTrue(Uncertainty.isFixedCount(k), k);
            assertTrue(Uncertainty.rule(ScenarioLoader.SETTINGS.get(k)).isFixed(), k);
        }
        assertTrue(Uncertainty.isFixedCount("trial.follow_up_weeks") && Uncertainty.isFixedCount("costs.any_thing_year"));
        assertFalse(Uncertainty.isFixedCount("agencies.asc.short_term_weeks") || Uncertainty.isFixedCount("costs.year_of_x"));
        for (int i = 0; i < 20; i++) {
            Scenario ds = all.apply(s, i);
            assertEquals(s.years(), ds.years());
            assertEquals(s.burnInYears(), ds.burnInYears());
            assertEquals(s.population(), ds.population());
            assertEquals(s.seed(), ds.seed());
            for (String k : counts) assertEquals(s.params().get(k), ds.params().get(k), k + " draw " + i);
            // a lever and a switched-off mechanism stay as set
            assertEquals(s.params().get("sba.start_year"), ds.params().get("sba.start_year"));
            assertEquals(s.params().get("services.dependency_gain"), ds.params().get("services.dependency_gain"));
        }
    }

    @Test
    void anArmThatSetsItsOwnValueHasTheRangeMovedToIt() {
        ParamSpec p = ParamRegistry.get().spec("sba.fidelity"); // triangular(0.4, 0.8, 1)
        double atMode = 2.0 / 3; // (mode - low) / (high - low)
        assertEquals(0.8, ((Number) ParameterDraws.value(p, 0.8, atMode)).doubleValue(), 1e-9, "mode at its cumulative share");
        double moved = ((Number) ParameterDraws.value(p, 0.4, atMode)).doubleValue();
        assertEquals(0.4, moved, 1e-9, "scaled by 0.4 / 0.8: the same position in a range moved to the arm's value");
        assertTrue(((Number) ParameterDraws.value(p, 0.9, 0.999)).doubleValue() <= 1.0, "clamped to the valid range");
    }

    @Test
    void chanceWithinDrawsAndParametersBetweenThem() {
        // five draws of two replications each (replication i runs draw i mod 5): the pairs differ by chance
        // (about 1), the draws by parameters (about 3)
        double[] y = {10, 14, 6, 12, 8, 11, 13, 7, 12, 9};
        ProbabilisticAnswer.Saving s = ProbabilisticAnswer.saving("all", y, DrawLayout.balanced(5, 2), 1);
        double varC = 2.0 / 5, varBetween = 30.8 / 4; // pooled within pairs (5 degrees of freedom); of the draws' means
        assertEquals(10.2, s.mean(), 1e-12);
        assertEquals(Math.sqrt(varC), s.sdChance(), 1e-12);
        assertEquals(Math.sqrt(varBetween - varC / 2), s.sdParameters(), 1e-12);
        assertEquals(Math.sqrt(varBetween - varC / 2 + varBetween / 5), s.sdOfAnswer(), 1e-12);
        assertTrue(s.high() - s.low() > 5 * (s.chanceHigh() - s.chanceLow()), "parameters widen the interval");
        assertEquals(1.0, s.shareOfDrawsSaving());
        assertTrue(s.probability() > 0.97 && s.probability() < 1);
        assertEquals(0.5, s.probabilityAtLeast(10.2), 1e-12);
        assertEquals(0.975, s.probabilityAtLeast(s.low()), 1e-9, "the probability and the interval are one model");
        assertTrue(s.probabilityAtLeast(12) < s.probabilityAtLeast(8), "the acceptability curve falls as X rises");
        // no spread between draws beyond chance: the parameters' share is zero, and the intervals nearly coincide
        ProbabilisticAnswer.Saving flat = ProbabilisticAnswer.saving("all", new double[]{-1, 1, -1, 1, -1, 1}, DrawLayout.balanced(3, 2), 1);
        assertEquals(0.0, flat.sdParameters());
        assertEquals(0.5, flat.probability(), 1e-12);
        // nothing drawn: all the spread is chance, and the two intervals are the same
        ProbabilisticAnswer.Saving none = ProbabilisticAnswer.saving("all", y, DrawLayout.none(y.length), 1);
        assertEquals(none.chanceLow(), none.low(), 1e-9);
        assertEquals(none.chanceHigh(), none.high(), 1e-9);
    }

    @Test
    void unequalDrawsSplitByMoments() {
        // four draws, the first two run twice (replications 4 and 5): chance from those two pairs only
        double[] y = {10, 20, 30, 40, 12, 18};
        DrawLayout layout = new DrawLayout(4, 6);
        ProbabilisticAnswer.Saving s = ProbabilisticAnswer.saving("all", y, layout, 7);
        double varC = (2 + 2) / 2.0, varBetween = 482 / 3.0, inv = (0.5 + 0.5 + 1 + 1) / 4;
        double varP = varBetween - varC * inv, varOfMean = (varP * 10 + varC * 6) / 36;
        assertEquals(130 / 6.0, s.mean(), 1e-12, "the mean over every replication, as the comparison's own");
        assertEquals(Math.sqrt(varC), s.sdChance(), 1e-12);
        assertEquals(Math.sqrt(varP), s.sdParameters(), 1e-12);
        assertEquals(Math.sqrt(varP + varOfMean), s.sdOfAnswer(), 1e-12);
        assertEquals(3, s.degreesOfFreedom(), "draws - 1");
        // balanced, the general formula is the one for groups of equal size
        double[] b = {10, 14, 6, 12, 8, 11, 13, 7, 12, 9};
        ProbabilisticAnswer.Saving e = ProbabilisticAnswer.saving("all", b, DrawLayout.balanced(5, 2), 1);
        assertEquals(Math.sqrt(30.8 / 4 - 0.2 + 30.8 / 4 / 5), e.sdOfAnswer(), 1e-12);
    }

    @Test
    void theProbabilitysErrorIsABootstrapOverDrawsKeyedToTheSeed() {
        double[] y = new double[48];
        for (int i = 0; i < y.length; i++) y[i] = Math.sin(i % 40 * 1.7) * 3 + 0.5 + (i >= 40 ? 0.2 : 0);
        DrawLayout layout = new DrawLayout(40, 48);
        ProbabilisticAnswer.Saving a = ProbabilisticAnswer.saving("all", y, layout, 11), b = ProbabilisticAnswer.saving("all", y, layout, 11);
        assertEquals(a.probabilityStandardError(), b.probabilityStandardError(), 0, "the same seed, the same error");
        double p = a.probability(), binomial = Math.sqrt(p * (1 - p) / 40);
        assertTrue(a.probabilityStandardError() > binomial / 4 && a.probabilityStandardError() < binomial * 2,
                "of the order of a proportion's from 40 draws: " + a.probabilityStandardError() + " vs " + binomial);
        // four times the draws of the same kind: about half the error
        double[] y4 = new double[160 + 8];
        for (int i = 0; i < y4.length; i++) y4[i] = Math.sin(i % 160 * 1.7) * 3 + 0.5;
        ProbabilisticAnswer.Saving c = ProbabilisticAnswer.saving("all", y4, new DrawLayout(160, 168), 11);
        assertTrue(c.probabilityStandardError() < 0.75 * a.probabilityStandardError(), c.probabilityStandardError() + " vs " + a.probabilityStandardError());
    }

    @ParameterizedTest
    @CsvSource({
            // draws, replications, replication, its draw, runs of draw 0, runs of the last draw, chance df
            "40, 48, 0, 0, 2, 1, 8",
            "40, 48, 39, 39, 2, 1, 8",
            "40, 48, 40, 0, 2, 1, 8",
            "40, 48, 47, 7, 2, 1, 8",
            "10, 20, 13, 3, 2, 2, 10",
            "3, 5, 4, 1, 2, 1, 2",
            "0, 20, 13, 0, 1, 1, 19"})
    void whichDrawEachReplicationRuns(int draws, int replications, int replication, int draw, int runs0, int runsLast, int df) {
        DrawLayout l = new DrawLayout(draws, replications);
        assertEquals(draw, l.drawOf(replication));
        assertEquals(runs0, l.runsOf(0));
        assertEquals(runsLast, l.runsOf(l.groups() - 1));
        assertEquals(df, l.chanceDegreesOfFreedom());
        int total = 0;
        for (int g = 0; g < l.groups(); g++) total += l.runsOf(g);
        assertEquals(replications, total, "every replication in one group");
    }

    @Test
    void rankCorrelationFindsTheDriver() {
        int n = 40;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = ((i * 0.618) % 1);
            x[i][1] = ((i * 0.754) % 1);
            x[i][2] = ((i * 0.569) % 1);
            y[i] = 5 * x[i][1] - Math.pow(x[i][2], 3) * 0.5 + 0.01 * Math.sin(i);
        }
        RankCorrelation rc = RankCorrelation.of(x, y);
        assertTrue(rc.partial());
        double[] c = rc.coefficients();
        assertTrue(c[1] > 0.9, "the driver: " + c[1]);
        assertTrue(c[2] < -0.3, "a weaker negative one: " + c[2]);
        assertTrue(Math.abs(c[0]) < 0.3, "no effect: " + c[0]);
        assertFalse(RankCorrelation.of(java.util.Arrays.copyOf(x, 6), java.util.Arrays.copyOf(y, 6)).partial(), "too few draws for PRCC");
    }
}
