package capsim.experiment;

import capsim.model.CommunityModel;
import capsim.model.Measures;
import capsim.model.Seeds;
import capsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs that read no burn-in row skip observing the burn-in (CommunityModel#observeBurnIn):
 * every reported row equals the plain twin's, which observes every week, and a burn-in row
 * read by mistake is NaN, never a stale number.
 */
class BurnInObservationTest {
    /** Every week's row of a run observed throughout, reported weeks first-to-last. */
    static List<double[]> observedThroughout(Scenario s, List<double[]> burnIn) {
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        List<double[]> rows = new ArrayList<>();
        m.addWeekListener((week, row) -> (week >= 1 ? rows : burnIn).add(row.clone()));
        m.start();
        for (int i = 0; i < s.burnInWeeks() + s.reportedWeeks(); i++) m.schedule.step(m);
        return rows;
    }

    @Test
    void skippingTheBurnInsObservationLeavesEveryReportedRowAsItWas() {
        for (String name : new String[]{"baseline-deficit", "strengths-based"}) {
            Scenario s = PairedRunsTest.small(name);
            List<double[]> burnIn = new ArrayList<>();
            List<double[]> twin = observedThroughout(s, burnIn);
            assertEquals(s.burnInWeeks(), burnIn.size());
            assertFalse(Double.isNaN(burnIn.get(burnIn.size() - 1)[Measures.index("population")]), "the twin observes the burn-in");
            RunResult fast = Simulation.run(s, 0, null);
            assertEquals(twin.size(), fast.weeks());
            for (int w = 0; w < twin.size(); w++) assertArrayEquals(twin.get(w), fast.rows()[w], name + ", week " + (w + 1));
        }
    }

    @Test
    void anUnobservedBurnInWeekIsNaN() {
        Scenario s = PairedRunsTest.small("baseline-deficit");
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        m.observeBurnIn(false);
        int[] told = {0};
        m.addWeekListener((week, row) -> {
            told[0]++;
            if (week < 1) assertTrue(Double.isNaN(row[Measures.index("population")]), "burn-in week " + week);
            else assertEquals(1500, row[Measures.index("population")], 100, "reported week " + week);
        });
        m.start();
        for (int i = 0; i < s.burnInWeeks() + 2; i++) m.schedule.step(m);
        assertEquals(s.burnInWeeks() + 2, told[0], "listeners are told every week, for progress");
    }
}
