package capsim.report;

import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report cites the evidence rows of the mechanisms a scenario switches on, and says what no trial checks. */
class TrialChecksTest {
    private static List<String> titles(String baseline, String scenario) {
        return TrialChecks.of(ScenarioLoader.load(baseline), ScenarioLoader.load(scenario)).stream().map(c -> c[0]).toList();
    }

    @Test
    void eachSwitchedAgencyCitesItsTrialAndTheRestIsSaidToGoBeyond() {
        assertEquals(List.of("Children's practice against the trials", "Where the model goes beyond any trial"),
                titles("baseline-deficit", "family-group-conferencing"));
        assertEquals(List.of("Adults' practice against the trials", "Where the model goes beyond any trial"),
                titles("baseline-deficit", "community-led-support"));
        List<String> all = titles("baseline-deficit", "strengths-based");
        assertTrue(all.containsAll(List.of("Children's practice against the trials", "Adults' practice against the trials",
                "Where the model goes beyond any trial")), all.toString());
    }

    @Test
    void noSwitchNoClaim() {
        assertEquals(List.of(), titles("baseline-deficit", "baseline-deficit"));
        assertEquals(List.of(), titles("baseline-deficit", "low-community-capacity-deficit"));
    }
}
