package capsim.experiment;

import capsim.model.CommunityModel;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import capsim.study.ParameterDraws;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pairs that share a burn-in give the runs each arm makes on its own (the plain twin), drawn or
 * not, at any thread count, and count every week for the progress bar.
 */
class PairedRunsTest {
    static Scenario small(String name) {
        return ScenarioLoader.load(name).withPopulation(1500).withYears(1).withBurnInYears(1);
    }

    static void same(List<RunResult> a, List<RunResult> b, String what) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).seed(), b.get(i).seed());
            for (int w = 0; w < a.get(i).weeks(); w++)
                assertArrayEquals(a.get(i).rows()[w], b.get(i).rows()[w], what + ", replication " + i + ", week " + (w + 1));
        }
    }

    @Test
    void aSharedBurnInGivesEachArmsOwnRuns() {
        Scenario b = small("baseline-deficit"), s = small("strengths-based").withSeed(b.seed());
        assertTrue(CommunityModel.canShareBurnIn(b, s));
        AtomicLong weeks = new AtomicLong();
        PairedExperiment.Runs forked = PairedExperiment.commonRandomNumbers(b, s, 3, 2, weeks::addAndGet);
        assertEquals(PairedExperiment.totalWeeks(b, s, 3), weeks.get(), "the progress bar counts the shared burn-in for both arms");
        same(Replications.run(b, 3, 1, null), forked.baselineRuns(), "baseline");
        same(Replications.run(s, 3, 1, null), forked.scenarioRuns(), "scenario");
        same(forked.scenarioRuns(), PairedExperiment.commonRandomNumbers(b, s, 3, 1, null).scenarioRuns(), "1 thread against 2");
    }

    @Test
    void drawnPairsShareABurnInAndAgreeWithTheirTwins() {
        Scenario b = small("baseline-deficit"), s = small("strengths-based").withSeed(b.seed());
        ParameterDraws draws = ParameterDraws.of(ParameterDraws.Scope.EFFECTS, b, s, null, b.seed());
        assertFalse(draws.isEmpty());
        assertTrue(CommunityModel.canShareBurnIn(draws.apply(b, 1), draws.apply(s, 1)), "a draw moves both arms alike");
        PairedExperiment.Runs forked = PairedExperiment.drawn(b, s, 2, 2, null, (arm, i) -> draws.apply(arm, i));
        same(Replications.run(i -> draws.apply(b, i), 0, 2, 1, null), forked.baselineRuns(), "baseline");
        same(Replications.run(i -> draws.apply(s, i), 0, 2, 1, null), forked.scenarioRuns(), "scenario");
    }

    @Test
    void armsThatDifferInPlaceEachRunTheirOwnBurnIn() {
        Scenario b = small("baseline-deficit"), s = small("low-community-capacity").withSeed(b.seed());
        assertFalse(CommunityModel.canShareBurnIn(b, s));
        PairedExperiment.Runs runs = PairedExperiment.commonRandomNumbers(b, s, 2, 2, null);
        same(Replications.run(s, 2, 1, null), runs.scenarioRuns(), "scenario");
    }
}
