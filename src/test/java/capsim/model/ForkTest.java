package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pair's arms share a burn-in: the scenario arm forked from the baseline's burned-in model is,
 * week for week, the scenario's own run from scratch (the plain twin), and the keys a fork may
 * differ on leave the burn-in as it was.
 */
class ForkTest {
    static Scenario small(String name) {
        return ScenarioLoader.load(name).withPopulation(2000).withYears(2).withBurnInYears(2).withSeed(11);
    }

    /** Every row of a run of {@code s} from scratch (burn-in included). */
    static List<double[]> fromScratch(Scenario s, long seed) {
        CommunityModel m = new CommunityModel(s, seed);
        List<double[]> rows = new ArrayList<>();
        m.addWeekListener((w, row) -> rows.add(row.clone()));
        m.start();
        for (int w = 0; w < s.burnInWeeks() + s.reportedWeeks(); w++) m.schedule.step(m);
        return rows;
    }

    @Test
    void aForkedArmIsTheArmRunFromScratch() {
        Scenario b = small("baseline-deficit"), s = small("strengths-based");
        assertTrue(CommunityModel.canShareBurnIn(b, s), "strengths-based differs from the baseline in policy alone");
        CommunityModel m = new CommunityModel(b, 5);
        List<double[]> base = new ArrayList<>(), forked = new ArrayList<>();
        m.addWeekListener((w, row) -> base.add(row.clone()));
        m.start();
        for (int w = 0; w < b.burnInWeeks(); w++) m.schedule.step(m);
        CommunityModel f = m.forkAs(s);
        for (double[] r : base) forked.add(r);
        f.addWeekListener((w, row) -> forked.add(row.clone()));
        for (int w = 0; w < b.reportedWeeks(); w++) { m.schedule.step(m); f.schedule.step(f); }
        List<double[]> plainB = fromScratch(b, 5), plainS = fromScratch(s, 5);
        assertEquals(plainS.size(), forked.size());
        for (int w = 0; w < plainS.size(); w++) {
            assertArrayEquals(plainB.get(w), base.get(w), "baseline, week " + (w + 1));
            assertArrayEquals(plainS.get(w), forked.get(w), "scenario, week " + (w + 1));
        }
        boolean differ = false;
        for (int w = b.burnInWeeks(); w < plainS.size(); w++) differ |= !java.util.Arrays.equals(plainB.get(w), plainS.get(w));
        assertTrue(differ, "the arms part after the switch: the test can fail");
    }

    @ParameterizedTest
    @CsvSource({
            // key, another value
            "agencies.asc.pathway, strengths",
            "agencies.csc.pathway, strengths",
            "agencies.gp.pathway, strengths",
            "sba.trained_share, 0.3",
            "investment.community_per_year, 900000",
            "sba.as_cuts, true"})
    void aKeyAForkMayDifferOnLeavesTheBurnInAsItWas(String key, String value) {
        assertTrue(CommunityModel.forkSafe(key));
        Scenario b = small("baseline-deficit");
        Object was = b.params().get(key);
        Object to = was instanceof Boolean ? (Object) Boolean.valueOf(value) : was instanceof Number ? (Object) Double.valueOf(value) : value;
        Scenario moved = b.withParams(b.params().with(key, to));
        assertFalse(was.equals(to), "the value moves");
        assertTrue(CommunityModel.canShareBurnIn(b, moved));
        List<double[]> x = fromScratch(b.withYears(1), 3), y = fromScratch(moved.withYears(1), 3);
        for (int w = 0; w < b.burnInWeeks(); w++) assertArrayEquals(x.get(w), y.get(w), key + ", week " + (w + 1));
    }

    @ParameterizedTest
    @CsvSource({
            "baseline-deficit, low-community-capacity, false",
            "baseline-deficit, resource-led-eligibility, false",
            "baseline-deficit, strengths-based-no-practice-effects, false",
            "baseline-deficit, strengths-based, true",
            "baseline-deficit, strengths-based-with-investment, true",
            "low-community-capacity-deficit, low-community-capacity, true",
            "baseline-deficit, baseline-deficit, true"})
    void whichPairsShareABurnIn(String baseline, String scenario, boolean shared) {
        assertEquals(shared, CommunityModel.canShareBurnIn(small(baseline), small(scenario)));
    }

    @Test
    void aForkIsMadeAtTheEndOfTheBurnInOnly() {
        Scenario b = small("baseline-deficit");
        CommunityModel m = new CommunityModel(b, 5);
        m.start();
        m.schedule.step(m);
        assertThrows(IllegalStateException.class, () -> m.forkAs(small("strengths-based")));
        assertThrows(IllegalArgumentException.class, () -> m.forkAs(small("low-community-capacity")));
    }
}
