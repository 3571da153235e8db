package capsim.study;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data list of practice mechanisms: what each switches off, read against a scenario; bad entries fail at load. */
class PracticeMechanismsTest {

    @Test
    void theShippedListSwitchesEachMechanismOffInTheScenario() {
        Scenario s = ScenarioLoader.load("strengths-based", List.of("agencies.asc.assessment_hours=7.5"));
        List<PracticeMechanisms.Mechanism> ms = PracticeMechanisms.get();
        assertEquals(List.of("conversation_and_strengths", "dependency", "network", "community", "coproduced_package", "shared_lives", "conversation_time",
                "primary_care", "all_practice_effects"), ms.stream().map(PracticeMechanisms.Mechanism::name).toList());
        assertEquals(List.of("sba.strengths_gain=0"), ms.get(0).sets(s));
        assertEquals(List.of("sba.dependency_cut=0"), ms.get(1).sets(s));
        assertEquals(List.of("sba.network_tie_boost=0", "sba.network_mobilise=0"), ms.get(2).sets(s));
        assertEquals(List.of("sba.community_connection=0"), ms.get(3).sets(s));
        assertEquals(List.of("sba.package_dependency_factor=1"), ms.get(4).sets(s));
        assertEquals(List.of("sba.shared_lives_share=0.1"), ms.get(5).sets(s), "the usual assessment's share");
        assertEquals(List.of("agencies.csc.conversation_hours=20", "agencies.asc.conversation_hours=7.5", "agencies.mh.conversation_hours=3",
                        "agencies.housing.conversation_hours=2"), ms.get(6).sets(s), "the scenario's own assessment hours");
        assertEquals(List.of("agencies.gp.pathway=deficit"), ms.get(7).sets(s));
        assertEquals(ms.subList(0, 8).stream().flatMap(m -> m.sets(s).stream()).toList(), ms.get(8).sets(s));
        Scenario off = ms.get(8).switchedOff(s);
        assertEquals(0.0, off.params().num("sba.strengths_gain"));
        assertEquals(7.5, off.params().num("agencies.asc.conversation_hours"));
        assertEquals("deficit", off.params().str("agencies.gp.pathway"));
        assertEquals("strengths", off.params().str("agencies.asc.pathway"), "only what the list names changes");
        assertEquals(s.params().get("sba.training_cost"), off.params().get("sba.training_cost"), "the training bill stays");
    }

    @Test
    void badEntriesFailNamingTheEntry() {
        assertMessage("mechanisms:\n  - {name: a, switch_off: {sba.nope: 0}}\n", "mechanisms.a.switch_off.sba.nope", "a parameter of the registry");
        assertMessage("mechanisms:\n  - {name: a, switch_off: {sba.strengths_gain: 2}}\n", "mechanisms.a.switch_off.sba.strengths_gain", "[0, 1]");
        assertMessage("mechanisms:\n  - {name: a, switch_off: {agencies.gp.pathway: none}}\n", "agencies.gp.pathway", "one of deficit, strengths");
        assertMessage("mechanisms:\n  - {name: a, switch_off: {sba.strengths_gain: {same_as: agencies.gp.pathway}}}\n", "same_as", "same type");
        assertMessage("mechanisms:\n  - {name: a, switch_off: all_above}\n", "mechanisms.a.switch_off", "only after other entries");
        assertMessage("mechanisms:\n  - {name: a, switch_off: {sba.strengths_gain: 0}}\n  - {name: b, switch_off: {sba.strengths_gain: 0.5}}\n"
                + "  - {name: c, switch_off: all_above}\n", "mechanisms.c.switch_off", "sba.strengths_gain is set two ways");
        assertMessage("mechanisms:\n  - {name: a, switch_off: {sba.strengths_gain: 0}}\n  - {name: a, switch_off: {sba.dependency_cut: 0}}\n",
                "mechanisms.a", "each name once");
        assertMessage("mechanisms:\n  - {name: 'a b', switch_off: {sba.strengths_gain: 0}}\n", "name", "letters, digits and _");
        assertMessage("mechanisms:\n  - {name: a, off: {sba.strengths_gain: 0}}\n", "one of name, doc, switch_off");
        assertMessage("mechanisms: []\n", "mechanisms", "a list");
        List<PracticeMechanisms.Mechanism> ok = PracticeMechanisms.parse(
                "mechanisms:\n  - {name: a, switch_off: {sba.ramp_weeks: 26}}\n  - {name: b, switch_off: all_above}\n");
        assertEquals(List.of("sba.ramp_weeks=26"), ok.get(1).sets(ScenarioLoader.load("strengths-based")));
    }

    private static void assertMessage(String yaml, String... parts) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PracticeMechanisms.parse(yaml));
        for (String p : parts) assertTrue(e.getMessage().contains(p), e.getMessage() + " lacks " + p);
    }
}
