package capsim.analysis;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterDifferencesTest {

    @Test
    void listsExactlyTheParametersThatDifferWithSourcesSwitchesFirst() {
        Scenario b = ScenarioLoader.load("baseline-deficit"), s = ScenarioLoader.load("family-group-conferencing");
        List<ParameterDifferences.Difference> d = ParameterDifferences.between(b, s);
        List<String> keys = d.stream().map(ParameterDifferences.Difference::key).toList();
        assertTrue(keys.contains("agencies.csc.pathway"), keys.toString());
        for (ParameterDifferences.Difference x : d) {
            assertTrue(!b.params().get(x.key()).equals(s.params().get(x.key())), "differs: " + x);
            assertTrue(!x.source().isBlank(), "every difference carries its registry source: " + x);
        }
        ParameterDifferences.Difference first = d.get(0);
        assertEquals(1.0, first.relativeChange(), "a switch of pathway ranks as the whole range");
        for (int i = 1; i < d.size(); i++) assertTrue(d.get(i - 1).relativeChange() >= d.get(i).relativeChange(), "ranked");
    }

    @Test
    void aScenarioDoesNotDifferFromItself() {
        Scenario s = ScenarioLoader.load("strengths-based");
        assertEquals(List.of(), ParameterDifferences.between(s, s));
    }

    @Test
    void assumptionSourcesAreFlagged() {
        Scenario b = ScenarioLoader.load("baseline-deficit");
        Scenario s = b.withParams(b.params().with("sba.fidelity", 0.4));
        ParameterDifferences.Difference d = ParameterDifferences.between(b, s).get(0);
        assertEquals("sba.fidelity", d.key());
        assertTrue(d.isAssumption(), d.source());
        assertEquals(Math.abs(0.4 - b.params().num("sba.fidelity")), d.relativeChange(), 1e-12);
    }

    @Test
    void aPathwaySwitchPutsItsOwnParametersToWork() {
        Scenario b = ScenarioLoader.load("baseline-deficit");
        List<String> fgc = keys(ParameterDifferences.putToWork(b, ScenarioLoader.load("family-group-conferencing")));
        assertTrue(fgc.contains("sba.fidelity") && fgc.contains("agencies.csc.conversation_hours"), fgc.toString());
        assertTrue(!fgc.contains("agencies.asc.conversation_hours"), "adult social care does not switch: " + fgc);
        assertTrue(fgc.stream().noneMatch(k -> k.startsWith("sba.cuts_")), "cuts parameters only under SBA as cuts: " + fgc);
        List<String> cuts = keys(ParameterDifferences.putToWork(b, ScenarioLoader.load("sba-as-cuts")));
        assertTrue(cuts.contains("sba.cuts_package_cut"), cuts.toString());
        assertEquals(List.of(), ParameterDifferences.putToWork(b, b));
        assertEquals(List.of(), ParameterDifferences.putToWork(b, ScenarioLoader.load("resource-led-eligibility")), "no switch, nothing put to work");
    }

    static List<String> keys(List<ParameterDifferences.Difference> d) {
        return d.stream().map(ParameterDifferences.Difference::key).toList();
    }
}
