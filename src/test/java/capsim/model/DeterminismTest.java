package capsim.model;

import capsim.experiment.Replications;
import capsim.experiment.RunResult;
import capsim.experiment.Simulation;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same scenario and seed, same numbers, whatever the thread count; another seed, other numbers. */
class DeterminismTest {
    private final Scenario s = ScenarioLoader.load("strengths-based").withPopulation(3000).withYears(1).withBurnInYears(1);

    @Test
    void sameSeedSameRows() {
        RunResult a = Simulation.run(s, 0, null), b = Simulation.run(s, 0, null);
        for (int w = 0; w < a.weeks(); w++) assertArrayEquals(a.rows()[w], b.rows()[w], 0.0);
    }

    @Test
    void threadCountDoesNotMatter() {
        List<RunResult> one = Replications.run(s, 3, 1, null), two = Replications.run(s, 3, 2, null);
        for (int r = 0; r < 3; r++)
            for (int w = 0; w < one.get(r).weeks(); w++) assertArrayEquals(one.get(r).rows()[w], two.get(r).rows()[w], 0.0);
    }

    @Test
    void otherSeedOtherRows() {
        RunResult a = Simulation.run(s, 0, null), b = Simulation.run(s.withSeed(s.seed() + 1), 0, null);
        boolean differ = false;
        for (int w = 0; w < a.weeks() && !differ; w++) differ = !java.util.Arrays.equals(a.rows()[w], b.rows()[w]);
        assertTrue(differ);
        assertFalse(a.seed() == b.seed());
    }
}
